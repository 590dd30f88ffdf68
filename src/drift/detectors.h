#pragma once
// The detector table: every same-language detector, in the order it runs on a bead, with when
// it runs and whether its finding ends the bead. detect_bead (detect.cpp) is one loop over it.
//
//   BeadView view = make_bead_view(original, rendition, bead, index);
//   run_detectors(view, findings);
//
// Order matters: a detector claims the words it explains, and the ones after it skip claimed
// words, so the specialised detectors come first and the lexical fallback last. Adding a
// detector is one file pair (NAME_detector.{h,cpp}) and one row in detectors.cpp;
// tests/drift/detectors_test.cpp checks that every such file has its row. Across languages
// the table does not run (no word diff): see cross_language.h.
#include <span>
#include <string_view>
#include <vector>

#include "drift/bead_view.h"
#include "drift/detector.h"
#include "drift/finding.h"

namespace driftcheck {

struct DetectorRow {
  std::string_view name;  // NAME of src/drift/NAME_detector.cpp
  Detector run;
  // Also runs when the word diff found nothing (no hunk, same mood): what it looks for
  // survives a diff of stems (an inflection, a misspelling) or is not in the words at all.
  bool on_unchanged = false;
  // A finding from it ends the bead: the rows after it would only repeat that finding.
  bool ends_bead = false;
};

// The rows in running order.
std::span<const DetectorRow> detector_table();

// True when the diff of the view found nothing for the word-level detectors: no hunk and the
// same mood (statement or question) on both sides.
bool unchanged(const BeadView& view);

// Runs the table on one bead: every row (only the on_unchanged ones on an unchanged bead),
// until a row marked ends_bead reports.
void run_detectors(BeadView& view, std::vector<Finding>& out);

}  // namespace driftcheck
