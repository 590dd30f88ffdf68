#pragma once
// Fuzz target: the whole pipeline as the CLI runs it — two documents → review_documents
// (check, then the default policy, which numbers the findings) → every report format in
// report_format_names() (JSON and HTML among them).
//
// Input: as align_target.h (language byte, then original 0x1E rendition).
#include <nlohmann/json.hpp>

#include "config/review.h"
#include "drift/check.h"
#include "fuzz/align_target.h"
#include "report/render.h"

namespace driftcheck::fuzz {

inline void require_span_invariants(const std::optional<Span>& span, const Document& doc) {
  if (!span) return;
  FUZZ_REQUIRE(span->start <= span->end);
  FUZZ_REQUIRE(span->sentence >= -1 && span->sentence < static_cast<int>(doc.sentences.size()));
  FUZZ_REQUIRE(span->end <= code_points(doc.text));
  FUZZ_REQUIRE(valid_utf8(span->text));
}

inline int check(const uint8_t* data, size_t size) {
  std::optional<DocumentPair> pair = document_pair(data, size);
  if (!pair) return 0;
  const Review review = review_documents(std::move(pair->original), std::move(pair->rendition),
                                         Config{}, Severity::major);
  const CheckResult& result = review.result;
  require_alignment_invariants(result.alignment, result.original, result.rendition);
  for (const Finding& f : result.findings) {
    FUZZ_REQUIRE(!f.id.empty());
    FUZZ_REQUIRE(f.bead >= -1 && f.bead < static_cast<int>(result.alignment.beads.size()));
    FUZZ_REQUIRE(valid_utf8(f.message));
    require_span_invariants(f.original, result.original);
    require_span_invariants(f.rendition, result.rendition);
  }
  const Summary summary = summarize(result, Severity::major);
  for (const std::string& format : report_format_names()) {
    RenderOptions options;
    options.format = format;
    options.color = (data[0] & 0x80) != 0;
    const std::string report = render_report(result, summary, options);
    FUZZ_REQUIRE(!report.empty());
    FUZZ_REQUIRE(render_report(result, summary, options) == report);  // deterministic
    if (format == "json" || format == "sarif") {
      FUZZ_REQUIRE(nlohmann::json::accept(report));
    }
    if (format == "html" || format == "junit" || format == "sarif" || format == "json" ||
        format == "md") {
      FUZZ_REQUIRE(valid_utf8(report));
    }
  }
  return 0;
}

}  // namespace driftcheck::fuzz
