#pragma once
// Out-of-order matches: sentences the monotone path left omitted and added that are, on
// strong evidence, the same sentence moved elsewhere.
//
//   std::vector<SearchBead> moved = find_moves(profiles, omitted, added, options);
#include <vector>

#include "align/align_options.h"
#include "align/bead_search.h"
#include "align/similarity.h"

namespace driftcheck {

// Pairs leftover original sentences (`omitted`, profile indices, ascending) with leftover
// rendition sentences (`added`): each pair is each other's best with cosine of at least
// `move_threshold`, or of at least `mutual_move_threshold` when each is the other's best
// among all the article's sentences (`body_*[k]`, by profile index); a neighbour that is also left
// over joins when it raises the cosine (a moved sentence split or merged on the way). Candidates
// come through an inverted index, so cost is linear in the leftovers. Beads are in original order.
std::vector<SearchBead> find_moves(const PairProfiles& profiles, const std::vector<int>& omitted,
                                   const std::vector<int>& added, const std::vector<bool>& body_o,
                                   const std::vector<bool>& body_r, const AlignOptions& options);

// Takes sentences back from weak in-order matches: when a leftover sentence on one side is
// much more similar (by `steal_margin` in cosine, and at least `move_threshold`) to a
// sentence of the other side that the path paired 1:1 with a weaker partner, that match is
// dissolved, the two strong partners become a bead (returned, for the caller to place as
// moved or in order), and the weaker partner becomes leftover (appended to `omitted` /
// `added`, which stay sorted). `matches` loses the dissolved beads.
std::vector<SearchBead> steal_matches(const PairProfiles& profiles,
                                      std::vector<SearchBead>& matches, std::vector<int>& omitted,
                                      std::vector<int>& added, const std::vector<SearchBead>& moves,
                                      const AlignOptions& options);

}  // namespace driftcheck
