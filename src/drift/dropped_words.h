#pragma once
// Content words one side of a hunk has and the other side does not, reported as runs: the
// lexical detector's rules for omissions and additions inside an aligned sentence.
//
//   for (const auto& run : runs_of_dropped_words)
//     report_run(view, /*original_side=*/true, run, hunk, out, reformed);
#include <cstddef>
#include <string_view>
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// Dropped or added content words in one hunk from this many on are a clause, not a word:
// major even in a free translation.
inline constexpr size_t kClauseWords = 4;
// Inside quotation marks the words are the speaker's own, so lone changes count from this
// in-order overlap of content words on.
inline constexpr double kLoneMinOverlapQuoted = 0.6;

// Degree and focus adverbs that change a claim although they are function words:
// "very different" -> "different", "I only saw" -> "I saw".
bool is_focus_word(std::string_view w);

// True if the word takes part in the comparison of a hunk: a content word, or in a tight
// bead a focus adverb ("very", "only") that changes a claim.
bool carries_content(const BeadView& view, const Word& w);

// Words of a hunk that the lexical detector paired with a word of the other side (a synonym,
// a spelling, a word by position): not dropped or added, and not empty places either.
struct PairedWords {
  std::vector<size_t> here;   // on the side of the run
  std::vector<size_t> there;  // on the other side
};

// Reports words `idx` (ascending, on one side of hunk `h`) as one omission or addition, at a
// severity from their number, the bead's overlap and what kind of words they are; reports
// nothing for light or emphasis words in a loose bead. `reformed` marks words whose
// derived form the other side has ("weightless" / "weightlessness").
void report_run(BeadView& view, bool original_side, const std::vector<size_t>& idx, const Hunk& h,
                std::vector<Finding>& out, const std::vector<bool>& reformed = {},
                const PairedWords& paired = {});

}  // namespace driftcheck
