// Scaffolding until the drift stage lands: omitted and added sentences only.
#include "drift/detect.h"

#include <string>

namespace driftcheck {

std::vector<Finding> detect_drift(const Document& original, const Document& rendition,
                                  const Alignment& alignment, const CheckOptions& /*options*/) {
  std::vector<Finding> findings;
  for (size_t i = 0; i < alignment.beads.size(); ++i) {
    const Bead& bead = alignment.beads[i];
    if (bead.kind != BeadKind::omitted && bead.kind != BeadKind::added) continue;
    const bool omitted = bead.kind == BeadKind::omitted;
    const Sentence& s = omitted ? original.sentences[static_cast<size_t>(bead.original.front())]
                                : rendition.sentences[static_cast<size_t>(bead.rendition.front())];
    if (s.zone == Zone::boilerplate) continue;
    Finding f;
    f.category = omitted ? Category::omission : Category::addition;
    f.severity = Severity::major;
    Span span{s.id, s.start, s.end, s.text};
    (omitted ? f.original : f.rendition) = span;
    f.message = omitted ? "sentence dropped" : "sentence added";
    f.bead = static_cast<int>(i);
    f.id = "F" + std::to_string(findings.size() + 1);
    findings.push_back(std::move(f));
  }
  return findings;
}

}  // namespace driftcheck
