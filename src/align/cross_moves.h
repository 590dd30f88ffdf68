#pragma once
// Moves across languages: sentences the monotone path (cross_language.h) left over, paired
// out of order with leftovers of the other side or with the edge of a match.
//
//   std::vector<SearchBead> moved = find_cross_moves(profiles, matches, omitted, added, options);
#include <vector>

#include "align/align_options.h"
#include "align/bead_search.h"
#include "align/cross_features.h"

namespace driftcheck {

// Pairs stretches of one paragraph (leftover sentences, or the first or last paragraph or the
// whole side of a match) with stretches of the other side, at least one of the two leftover,
// when their cosine is at least `cross.move_threshold`, beats what the path gave either by
// `cross.move_margin`, and their lengths fit; greedily, most similar first. A match that gives
// up a stretch shrinks, or, if it gave its whole side, leaves its other side over. Updates
// `matches`, `omitted` and `added` (which stay sorted) and returns the moves in original order.
std::vector<SearchBead> find_cross_moves(const CrossProfiles& p, std::vector<SearchBead>& matches,
                                         std::vector<int>& omitted, std::vector<int>& added,
                                         const AlignOptions& options);

}  // namespace driftcheck
