#pragma once
// The broken-sentence detector: a word cut out of the rendition leaves a clause hanging.
//
//   detect_broken_sentence(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// A determiner or preposition before a full stop or comma, or an article before an auxiliary,
// on more places in the rendition than in the original: one major omission, with the
// original words of the hunk around it claimed.
void detect_broken_sentence(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
