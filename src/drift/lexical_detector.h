#pragma once
// The lexical detector: the fallback that judges whatever the specialised detectors left
// unclaimed in each hunk, word by word, and claims every word of every hunk.
//
//   detect_lexical(view, findings);  // last row of the detector table
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// What is left of each hunk: antonyms (critical), substitutions, dropped or added content
// words, a rewritten stretch, and harmless changes (synonyms, spelling variants, typos,
// repeated words) at info. Inside quotation marks a changed word is a quote finding.
void detect_lexical(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
