#pragma once
// The moved detector: a bead the alignment found out of order.
//
//   detect_moved(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// One info finding over the whole bead when view.moved; runs on unchanged beads too.
void detect_moved(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
