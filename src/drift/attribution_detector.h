#pragma once
// The attribution detector: who says it, and how.
//
//   detect_attribution(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// A reporting verb dropped with no replacement (major), a neutral verb turned doubting or one
// source turned several (minor). Runs on unchanged beads too: "sources" / "source" share a
// stem.
void detect_attribution(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
