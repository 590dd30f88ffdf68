// Misspellings: the diff compares a misspelt word as the word it misspells ("aslo" / "also"),
// so the bead reads as unchanged; this detector still says at info what was written.
#include "drift/misspelling_detector.h"

#include "drift/detector.h"

namespace driftcheck {

void detect_misspellings(BeadView& view, std::vector<Finding>& out) {
  for (auto [o, r] : view.misspellings)
    out.push_back(make_finding(view, Category::format, Severity::info, o, o + 1, r, r + 1,
                               quoted(view.original.words[o].token->text) + " became " +
                                   quoted(view.rendition.words[r].token->text) +
                                   ": same meaning (a misspelling)"));
}

}  // namespace driftcheck
