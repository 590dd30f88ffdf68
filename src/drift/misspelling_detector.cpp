// Misspellings: the diff compares a misspelt word as the word it misspells ("aslo" / "also"),
// so the bead reads as unchanged; this detector still says at info what was written.
#include "drift/misspelling_detector.h"

#include "drift/detector.h"
#include "lexicon/spelling.h"

namespace driftcheck {

void detect_misspellings(BeadView& view, std::vector<Finding>& out) {
  for (auto [o, r] : view.misspellings) {
    const bool variant =
        spelling_variant(view.original.words[o].folded, view.rendition.words[r].folded);
    out.push_back(make_finding(view, Category::format, Severity::info, o, o + 1, r, r + 1,
                               quoted(view.original.words[o].token->text) + " became " +
                                   quoted(view.rendition.words[r].token->text) +
                                   (variant ? ": same meaning (British and American spelling)"
                                            : ": same meaning (a misspelling)")));
  }
  for (auto [rendition_side, i] : view.repaired) {
    const BeadSide& side = rendition_side ? view.rendition : view.original;
    const std::string note = quoted(side.words[i].token->text) + " read as " +
                             quoted(side.words[i].folded) + ": a misspelling";
    out.push_back(rendition_side
                      ? make_finding(view, Category::format, Severity::info, 0, 0, i, i + 1, note)
                      : make_finding(view, Category::format, Severity::info, i, i + 1, 0, 0, note));
  }
}

}  // namespace driftcheck
