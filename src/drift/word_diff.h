#pragma once
// The word diff of one bead, run once by make_bead_view: its hunks are what the detectors
// judge, and changed_ranges() hands the same hunks to the reports.
//
//   BeadView view = make_bead_view(original, rendition, bead, index);  // calls diff_bead
//   BeadChanges shown = changed_ranges(view);
//
// Words compare by diff key (stem; numbers by value), so an inflection or a misspelling is no
// change here; the detectors that care (tense, misspelling) look at the words themselves.
#include "drift/bead_changes.h"
#include "drift/bead_view.h"

namespace driftcheck {

// Fills view.misspellings, view.common, view.hunks and the overlap figures (overlap, tight,
// changed_content) from the two filled sides, and claims words that are only split, joined
// or hyphenated differently (dropping hunks left with nothing else).
void diff_bead(BeadView& view);

// The words of every hunk, one range per hunk side and sentence. A common function word the
// hunks were merged across is inside the range: the detectors saw it as part of the change.
BeadChanges changed_ranges(const BeadView& view);

}  // namespace driftcheck
