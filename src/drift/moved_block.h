#pragma once
// The order of a sentence one block of which moved from one end to the other: an attribution
// ("The hospital said the patient was stable" / "The patient is stable, the hospital said") or
// a subordinate clause ("were injured when the roof collapsed" / "When the roof collapsed,
// ... were injured"). The rewrite detector does not call such a sentence scrambled.
//
//   if (order_with_moved_block(view) >= 0.5) /* the claim is in order */;
#include "drift/bead_view.h"

namespace driftcheck {

// Share of content words kept in order (as BeadView::overlap) when the moved block and the
// rest of the sentence are each compared in order on their own; -1 if no block moved.
double order_with_moved_block(const BeadView& view);

}  // namespace driftcheck
