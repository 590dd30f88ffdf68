#pragma once
// Word diff of every aligned group and the detectors that judge each change.
//
//   std::vector<Finding> f = detect_drift(original, rendition, alignment, CheckOptions{});
#include <vector>

#include "align/alignment.h"
#include "drift/check.h"
#include "drift/finding.h"

namespace driftcheck {

// Findings for every bead: omissions and additions for unmatched sentences, and what the
// detectors find inside match and moved beads. Ids F1.. are assigned in report order.
std::vector<Finding> detect_drift(const Document& original, const Document& rendition,
                                  const Alignment& alignment, const CheckOptions& options);

}  // namespace driftcheck
