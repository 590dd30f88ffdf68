#pragma once
// Alignment of two documents in two languages, which share almost no words: a length-based
// backbone (Gale-Church: character lengths of 1:1, 1:2, 2:1, 2:2, 1:0 and 0:1 beads, in a
// band around the diagonal, as hunalign does) refined by features that survive translation
// (cross_features.h), then a second pass that pairs sentences left over on both sides out of
// order (moves).
//
//   CrossAlignment a = align_across_languages(original, o_ids, rendition, r_ids, options);
//   for (const SearchBead& b : a.matches) ...   // in order; a.moves out of order
#include <vector>

#include "align/align_options.h"
#include "align/bead_search.h"
#include "text/document.h"

namespace driftcheck {

// Beads over the sentences named by the ids (indices into those lists), as the same-language
// path produces them: in-order matches, moves, and the leftover sentences of each side.
struct CrossAlignment {
  std::vector<SearchBead> matches;  // ascending on both sides; score = cosine of the features
  std::vector<SearchBead> moves;    // out of order
  std::vector<int> omitted;         // ascending
  std::vector<int> added;           // ascending
  bool used_dictionary = false;
};

// Every listed sentence of both sides lands in exactly one of the lists. Deterministic.
CrossAlignment align_across_languages(const Document& original,
                                      const std::vector<int>& original_ids,
                                      const Document& rendition,
                                      const std::vector<int>& rendition_ids,
                                      const AlignOptions& options);

}  // namespace driftcheck
