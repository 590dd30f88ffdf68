#pragma once
// The result of aligning two segmented documents: beads that cover every body sentence
// of both sides exactly once, plus each sentence's zone.
//
//   Alignment a = align_documents(original, rendition, AlignOptions{});
//   for (const Bead& b : a.beads) if (b.kind == BeadKind::omitted) ...
#include <vector>

#include "text/document.h"

namespace driftcheck {

enum class BeadKind { match, moved, omitted, added };

struct Bead {
  std::vector<int> original;   // sentence ids, ascending
  std::vector<int> rendition;  // sentence ids, ascending
  BeadKind kind = BeadKind::match;
  double score = 0.0;  // similarity in [0, 1]; 0 for omitted and added
};

// Per sentence of each side: an unmatched line of page chrome the zones left in the body
// (mark_unmatched_chrome, zones.h). Empty until marked.
struct ChromeLines {
  std::vector<bool> original;
  std::vector<bool> rendition;
};

struct Alignment {
  std::vector<Bead> beads;            // in the rendition's reading order, omissions interleaved
  std::vector<Zone> original_zones;   // one per original sentence
  std::vector<Zone> rendition_zones;  // one per rendition sentence
  ChromeLines unmatched_chrome;       // menu lines among omitted or added sentences
};

const char* to_string(BeadKind kind);

// Copies the zones an alignment decided onto the document's sentences.
void apply_zones(Document& doc, const std::vector<Zone>& zones);

}  // namespace driftcheck
