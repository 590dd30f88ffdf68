#pragma once
// Terms that must survive a translation: when the original names a glossary term, the
// rendition must carry one of its accepted forms, or the miss is an entity finding.
//
//   GlossaryTerm t = make_glossary_term("Shahed-136", {"Shahed-136", "Geran-2"});
//   std::vector<Finding> missed = check_glossary({t}, original, rendition, alignment);
//
// Matching is case-insensitive (NFKC case folding, as tokens are folded) and tolerant of
// hyphens and spaces: "Shahed-136", "shahed 136" and "Shahed136" are one term.
#include <string>
#include <vector>

#include "align/alignment.h"
#include "drift/finding.h"
#include "text/document.h"

namespace driftcheck {

struct GlossaryTerm {
  std::string term;                // as written in the configuration
  std::vector<std::string> forms;  // accepted renderings, as written
  std::string key;                 // the term's folded letters and digits, no hyphens or spaces
  std::vector<std::string> form_keys;
};

// Folds the term and its forms into match keys once, when the configuration is read.
GlossaryTerm make_glossary_term(std::string term, std::vector<std::string> forms);

// One major entity finding per term that the original's body names and the rendition
// never renders in an accepted form; the original span is the term's first mention and
// the rendition span, when that sentence is aligned, the sentence it became.
std::vector<Finding> check_glossary(const std::vector<GlossaryTerm>& glossary,
                                    const Document& original, const Document& rendition,
                                    const Alignment& alignment);

}  // namespace driftcheck
