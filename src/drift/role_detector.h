#pragma once
// The role detector: the doer and the done-to of one verb changed places ("Demand continues to
// outstrip supply" / "Supply continues to exceed demand", "The police fined the driver" /
// "The driver fined the police"). Every word is still there, so the word diff sees at most a
// word moved; the claim is reversed.
//
//   detect_roles(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// One major finding where two nouns both sides keep stand on opposite sides of the same verb
// (or one of its synonyms) in the two texts, and neither text is passive. Claims the nouns.
void detect_roles(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
