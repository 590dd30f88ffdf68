#pragma once
// The question detector: a statement turned into a question, or back.
//
//   detect_question(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// One major modality finding over the whole bead when one side ends with '?' and the other
// does not.
void detect_question(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
