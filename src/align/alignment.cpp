#include "align/alignment.h"

namespace driftcheck {

const char* to_string(BeadKind kind) {
  switch (kind) {
    case BeadKind::match:
      return "match";
    case BeadKind::moved:
      return "moved";
    case BeadKind::omitted:
      return "omitted";
    case BeadKind::added:
      return "added";
  }
  return "match";
}

void apply_zones(Document& doc, const std::vector<Zone>& zones) {
  for (size_t i = 0; i < doc.sentences.size() && i < zones.size(); ++i)
    doc.sentences[i].zone = zones[i];
}

}  // namespace driftcheck
