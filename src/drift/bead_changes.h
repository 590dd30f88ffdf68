#pragma once
// The words the word diff found changed in one bead, as document ranges: what the detectors
// judged, carried to the reports so that they highlight the same change.
//
//   const BeadChanges& c = result.changes[bead_index];
//   for (const CodePointRange& r : c.rendition) mark(r.start, r.end);
#include <cstdint>
#include <vector>

namespace driftcheck {

struct CodePointRange {
  uint32_t start = 0;  // code points into the document, end exclusive
  uint32_t end = 0;
};

// Runs of changed words on each side of a bead (document code point ranges, ascending, none
// crossing a sentence boundary). Empty where no word diff ran: omitted and added beads,
// boilerplate, groups too long to diff, and texts in different languages.
struct BeadChanges {
  std::vector<CodePointRange> original;   // words the rendition no longer has
  std::vector<CodePointRange> rendition;  // words the original did not have
};

}  // namespace driftcheck
