#pragma once
// The comparative detector: a hunk that lists fewer comparatives than before.
//
//   detect_comparatives(view, findings);  // "deadlier and harder" -> "more difficult"
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// Each original comparative in a hunk that no rendition comparative matches in meaning, when
// the rendition lists fewer: a minor omission ("one of the listed qualities is gone"); the
// word is claimed.
void detect_comparatives(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
