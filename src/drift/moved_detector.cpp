// Moved sentences: the alignment decides that a bead is out of order; the finding says so at
// info, over all words of the bead, whatever else changed in it.
#include "drift/moved_detector.h"

#include "drift/detector.h"

namespace driftcheck {

void detect_moved(BeadView& view, std::vector<Finding>& out) {
  if (!view.moved) return;
  out.push_back(make_finding(view, Category::moved, Severity::info, 0, view.original.words.size(),
                             0, view.rendition.words.size(),
                             "sentence moved: it appears elsewhere in the rendition"));
}

}  // namespace driftcheck
