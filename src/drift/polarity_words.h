#pragma once
// Polarity said by words other than negators: a negative prefix ("uninterrupted",
// "insufficient"), a quantifier that denies most of a claim ("few", "rarely"), a word traded
// for its opposite ("did not accept" / "rejected"). The negation detector weighs these
// against the negators it counts.
//
//   for (size_t k : prefix_negatives(view, /*original_side=*/true)) ...
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// A word negative by its prefix whose base WordNet lists as its opposite: "insufficient"
// (sufficient), "uninterrupted" (interrupted), "unable" (able); not "information".
bool negative_by_prefix(const Word& w);

// "few", "little", "rarely": quantifiers and adverbs that deny most of a claim, as "not many",
// "not much" and "not often" do. "a few" and "a little" affirm.
bool negative_quantifier(const BeadSide& side, size_t k);

// Changed words of one side negative by prefix: with the negators they say the polarity.
std::vector<size_t> prefix_negatives(const BeadView& view, bool original_side);

// WordNet lists the two words, or the adjectives of adverbs among them, as opposites:
// "not long after" / "shortly after".
bool opposites(const BeadView& view, const std::string& a, const std::string& b);

// Changed content words, one from each side, that WordNet lists as opposites. Quantifiers are
// left out: "not ... any" is "none", which "all" does not balance.
std::vector<std::pair<size_t, size_t>> opposite_pairs(const BeadView& view);

// Negators balanced, but a word negative by its prefix on one side is its stem without the
// prefix on the other: "goes on uninterrupted" / "continues with interruptions".
void report_prefix_dropped(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
