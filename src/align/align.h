#pragma once
// Sentence alignment of two renditions of one report.
//
//   Alignment a = align_documents(original, rendition, AlignOptions{});
//   for (const Bead& b : a.beads) if (b.kind == BeadKind::moved) ...
//
// The stages, one file each: zones.h (page chrome), similarity.h (sentence features and
// scores), bead_search.h (candidate band and the monotone dynamic program), moves.h
// (out-of-order matches); their thresholds are in align_options.h. align.cpp runs the
// phases in order, each a function of align_phases.h.
#include "align/align_options.h"
#include "align/alignment.h"

namespace driftcheck {

// Beads covering every body sentence of both sides exactly once, and each sentence's zone.
// Deterministic; no shared state, so pairs may be aligned on many threads at once.
Alignment align_documents(const Document& original, const Document& rendition,
                          const AlignOptions& options);

}  // namespace driftcheck
