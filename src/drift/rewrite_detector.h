#pragma once
// The rewrite detector: a bead reworded beyond what a word diff explains.
//
//   detect_rewrite(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// One major finding when a side has no content left, when the words are the same but
// scrambled, or when too few content words have a counterpart; then every word is claimed.
// Its finding ends the bead (detectors.cpp): word findings would only repeat it.
void detect_rewrite(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
