#include "drift/check.h"

#include <fmt/format.h>

#include "align/align.h"
#include "align/zones.h"
#include "drift/cross_language.h"
#include "drift/detect.h"

namespace driftcheck {

CheckResult check_documents(Document original, Document rendition, const CheckOptions& options) {
  CheckResult result;
  AlignOptions align_options = options.align;
  align_options.deadline = options.deadline;
  result.alignment = align_documents(original, rendition, align_options);
  options.deadline.check();
  apply_zones(original, result.alignment.original_zones);
  apply_zones(rendition, result.alignment.rendition_zones);
  mark_unmatched_chrome(original, rendition, result.alignment);
  Drift drift = detect_drift(original, rendition, result.alignment, options);
  result.findings = std::move(drift.findings);
  result.changes = std::move(drift.changes);
  result.original = std::move(original);
  result.rendition = std::move(rendition);
  return result;
}

Summary summarize(const CheckResult& result, std::optional<Severity> fail_on) {
  Summary s;
  s.fail_on = fail_on;
  for (const Finding& f : result.findings) {
    ++s.counts[static_cast<size_t>(f.severity)];
    if (fail_on && f.severity >= *fail_on) s.failed = true;
  }
  for (const Bead& b : result.alignment.beads) {
    switch (b.kind) {
      case BeadKind::match:
        ++s.aligned;
        break;
      case BeadKind::moved:
        ++s.moved;
        break;
      case BeadKind::omitted:
        ++s.omitted;
        break;
      case BeadKind::added:
        ++s.added;
        break;
    }
  }
  if (different_languages(result.original, result.rendition))
    s.scope_note = fmt::format(
        "across languages ({} -> {}): numbers, dates, names, negators, hedges, quotations, "
        "questions and omitted or added sentences are checked; word-level changes "
        "(substitution, antonym, tense, rewrite) are not",
        result.original.language, result.rendition.language);
  return s;
}

}  // namespace driftcheck
