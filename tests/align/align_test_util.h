#pragma once
// What the align tests share: documents from text, every sentence a candidate, beads as short
// strings, search beads compared by their ranges, and one six-sentence story.
#include <string>
#include <vector>

#include "align/align.h"
#include "align/align_phases.h"
#include "text/segment.h"

namespace driftcheck::testing {

inline Document doc(const std::string& text, const std::string& language = "en") {
  return segment_text(text, SegmentOptions{language});
}

// Every sentence a candidate: profile index k is sentence k.
inline Candidates all_candidates(size_t original, size_t rendition) {
  Candidates c;
  c.chrome_o.assign(original, false);
  c.chrome_r.assign(rendition, false);
  for (size_t k = 0; k < original; ++k) c.ids_o.push_back(static_cast<int>(k));
  for (size_t k = 0; k < rendition; ++k) c.ids_r.push_back(static_cast<int>(k));
  return c;
}

// Beads as "o0,o1>r0" strings (sentence ids; empty side for omitted / added), with "~" for
// moved beads, in the alignment's order.
inline std::vector<std::string> beads(const Alignment& a) {
  std::vector<std::string> out;
  for (const Bead& b : a.beads) {
    std::string s;
    for (size_t k = 0; k < b.original.size(); ++k)
      s += (k ? "," : "") + std::to_string(b.original[k]);
    s += b.kind == BeadKind::moved ? "~" : ">";
    for (size_t k = 0; k < b.rendition.size(); ++k)
      s += (k ? "," : "") + std::to_string(b.rendition[k]);
    out.push_back(s);
  }
  return out;
}

inline bool same(const SearchBead& a, const SearchBead& b) {
  return a.original_begin == b.original_begin && a.original_end == b.original_end &&
         a.rendition_begin == b.rendition_begin && a.rendition_end == b.rendition_end;
}

// A council story of six sentences, each with its own facts.
inline const std::string kStory =
    "The council approved a new budget for the harbour district on Monday.\n"
    "Mayor Elena Novak said the plan would cost 4.2 million euros over three years.\n"
    "Fishermen had protested against the closure of the northern pier since March.\n"
    "The new budget reopens the pier and repairs the breakwater damaged by winter storms.\n"
    "Opposition councillors called the spending reckless and demanded an audit.\n"
    "A final vote on the audit is expected in September.\n";

}  // namespace driftcheck::testing
