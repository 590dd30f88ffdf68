#pragma once
// The approximator detector: approximators (about, almost, more than) and quantifiers (some, all).
//
//   detect_approximators(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// An entry of another class in place of one ("about" -> "almost"), or one dropped or added;
// an approximator dropped makes an estimate exact and weighs more than one added.
void detect_approximators(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
