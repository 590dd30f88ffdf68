#pragma once
// Sentence alignment of two renditions of one report.
//
//   Alignment a = align_documents(original, rendition, AlignOptions{});
#include "align/alignment.h"

namespace driftcheck {

struct AlignOptions {};

// Beads covering every body sentence of both sides exactly once, and each sentence's zone.
Alignment align_documents(const Document& original, const Document& rendition,
                          const AlignOptions& options);

}  // namespace driftcheck
