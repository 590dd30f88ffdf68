#pragma once
// The entity detector: names, acronyms and designations, and gendered pronouns.
//
//   detect_entities(view, findings);
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// Names changed, dropped or added, tolerating case, hyphens, abbreviation, demonyms and
// spelling variants; a gendered pronoun that flips (he -> she). Claims the names it compared.
void detect_entities(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
