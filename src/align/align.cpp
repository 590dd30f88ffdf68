// Scaffolding until the alignment stage lands: pairs sentences in order.
#include "align/align.h"

#include <algorithm>

namespace driftcheck {

Alignment align_documents(const Document& original, const Document& rendition,
                          const AlignOptions& /*options*/) {
  Alignment a;
  a.original_zones.assign(original.sentences.size(), Zone::body);
  a.rendition_zones.assign(rendition.sentences.size(), Zone::body);
  const size_t n = std::min(original.sentences.size(), rendition.sentences.size());
  for (size_t i = 0; i < n; ++i)
    a.beads.push_back({{static_cast<int>(i)}, {static_cast<int>(i)}, BeadKind::match, 1.0});
  for (size_t i = n; i < original.sentences.size(); ++i)
    a.beads.push_back({{static_cast<int>(i)}, {}, BeadKind::omitted, 0.0});
  for (size_t i = n; i < rendition.sentences.size(); ++i)
    a.beads.push_back({{}, {static_cast<int>(i)}, BeadKind::added, 0.0});
  return a;
}

}  // namespace driftcheck
