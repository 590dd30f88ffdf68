#pragma once
// The negation detector: polarity by counting negators on both sides.
//
//   detect_negation(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// Negators (not, never, no, without, fail to, unable ...) added or dropped, when the count of
// negators differs: "was unable to" = "could not" stays quiet. Claims the negators.
void detect_negation(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
