#pragma once
// Pronouns that point to a person of another gender, or to a person instead of a thing. Part of
// the entity detector: it runs first there and claims the pronouns it reports.
//
//   detect_gender(view, out);  // "his race" / "her suspension": major
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

void detect_gender(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
