#pragma once
// The modality detector: hedges and certainty markers among the changed words.
//
//   detect_modality(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// A hedge dropped turns an impression into a fact (major); a hedge of another strength or a
// conditional turned future ("would" -> "will") is minor. Claims the markers.
void detect_modality(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
