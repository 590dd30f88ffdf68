#pragma once
// The number detector: quantities and dates compared by value over the whole bead.
//
//   detect_numbers(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// Numbers whose value or unit changed (critical), dates that changed (critical), and numbers
// dropped or added (major); "200,000 US dollars" = "$200,000" is format at info. Claims the
// words of every number and date it compared.
void detect_numbers(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
