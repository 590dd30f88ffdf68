#pragma once
// Word diff of every aligned group and the detectors that judge each change.
//
//   Drift d = detect_drift(original, rendition, alignment, CheckOptions{});
//   for (const Finding& f : d.findings) ...; d.changes[bead]  // what the diff found changed
#include <vector>

#include "align/alignment.h"
#include "drift/bead_changes.h"
#include "drift/check_options.h"
#include "drift/finding.h"

namespace driftcheck {

struct Drift {
  std::vector<Finding> findings;
  // Indexed like Alignment::beads: the words the bead's word diff found changed, the same
  // hunks the detectors judged; empty where no diff ran.
  std::vector<BeadChanges> changes;
};

// Findings for every bead: omissions and additions for unmatched sentences, and what the
// detectors find inside match and moved beads, in report order. Ids are left empty: the
// review numbers what its policy keeps.
Drift detect_drift(const Document& original, const Document& rendition, const Alignment& alignment,
                   const CheckOptions& options);

}  // namespace driftcheck
