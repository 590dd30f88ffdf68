#pragma once
// The misspelling detector: the misspellings make_bead_view compared as the words they misspell.
//
//   detect_misspellings(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// One format finding at info for each (original word, rendition word) in view.misspellings;
// runs on unchanged beads too, since the diff counts the pair as kept.
void detect_misspellings(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
