#pragma once
// The tense detector: the same verb in another tense, or auxiliaries that move it in time.
//
//   detect_tense(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// "announced" -> "announces", "is" -> "was", "are" -> "will be". Runs on unchanged beads too:
// the diff compares stems, so an inflection alone leaves no hunk.
void detect_tense(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
