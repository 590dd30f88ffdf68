#pragma once
// Where to search for the alignment path: anchors (sentence pairs that share rare features,
// each the other's best, on one increasing chain) and a band of cells around them.
//
//   Band band = find_band(profiles, options);
//   for (int j = band.lo[i]; j <= band.hi[i]; ++j) ...   // cells of row i
#include <utility>
#include <vector>

#include "align/align_options.h"
#include "align/similarity.h"

namespace driftcheck {

// Cells (i, j) of the dynamic program: i original sentences and j rendition sentences
// consumed. Row i holds j in [lo[i], hi[i]]; lo and hi never decrease, lo[0] = 0,
// hi[n] = m, and consecutive rows overlap, so a path from (0, 0) to (n, m) always exists.
struct Band {
  std::vector<int> lo;
  std::vector<int> hi;
  std::vector<std::pair<int, int>> anchors;  // (original, rendition) sentence pairs
  size_t cells() const;
};

Band find_band(const PairProfiles& profiles, const AlignOptions& options);

}  // namespace driftcheck
