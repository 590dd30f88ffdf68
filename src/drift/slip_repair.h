#pragma once
// Misspellings of words the other side does not have: "the factory has aroind 3,000 staff",
// "the company dennied it", "raised" / "incresaed". mend_misspellings (word_diff.cpp) pairs a
// slip with the word it misspells on the other side; a slip of a paraphrase has no such word,
// and read as written it hides an approximator, a negator or a verb from every detector.
// The diff (word_diff.cpp) reads such a word as the English word repair_slip names.
//
//   repair_slip("dennied", function_words);  // "denied"
//   repair_slip("expaded", function_words);  // "expanded"
//   repair_slip("livestreamed", ...);        // "": two words run together, no slip
#include <string>
#include <string_view>

#include "drift/bead_view.h"

namespace driftcheck {

// The English word `slip` (lower-case ASCII, known neither to WordNet nor as a function word)
// most likely misspells, one keystroke away: two letters swapped, a letter typed twice or in
// excess, left out or mistyped. Function words first, then words the Moby thesaurus lists
// (common words), then other WordNet lemmas; within each, the edits in that order. Empty if
// there is none, or if the word is two English words run together.
std::string repair_slip(const std::string& slip, const FunctionWords& function_words);

}  // namespace driftcheck
