#pragma once
// The main alignment path: a monotone dynamic program over beads (1:0, 0:1, 1:1, 1:2, 2:1,
// 2:2, 1:3, 3:1), as Gale-Church, hunalign and vecalign do, searched only in a band around
// anchors found through an inverted index of rare features, so cost grows about linearly.
//
//   PairProfiles profiles(original, o_ids, rendition, r_ids, options);
//   std::vector<SearchBead> path = search_beads(profiles, options);
#include <vector>

#include "align/align_options.h"
#include "align/similarity.h"

namespace driftcheck {

// A bead over the profiled sentences (indices into PairProfiles::original()/rendition()),
// half-open ranges; one side may be empty (omitted or added).
struct SearchBead {
  int original_begin = 0;
  int original_end = 0;
  int rendition_begin = 0;
  int rendition_end = 0;
  double score = 0.0;  // cosine of the joined sentences; 0 for omitted/added
};

// The best monotone path, in order, covering every profiled sentence once.
std::vector<SearchBead> search_beads(const PairProfiles& profiles, const AlignOptions& options);

// Cosine of two groups of profiled sentences (any ids, summed vectors).
double group_similarity(const PairProfiles& profiles, const std::vector<int>& original,
                        const std::vector<int>& rendition);

// A bead's gain in the dynamic program (exposed for moves and tests): size-weighted cosine
// above the match threshold, minus the shape and length penalties.
double bead_gain(double cosine, int original_count, int rendition_count, double original_length,
                 double rendition_length, double length_ratio, const AlignOptions& options);

}  // namespace driftcheck
