#pragma once
// The JSON report, `driftcheck.report/1` (docs: report-schema.md). A public contract:
// add fields freely, never rename or drop one.
//
//   std::string json = render_json_report(result, summarize(result, Severity::major));
#include <nlohmann/json.hpp>
#include <string>

#include "drift/check.h"

namespace driftcheck {

inline constexpr const char* kReportSchema = "driftcheck.report/1";

// {"path", "encoding", "language",
//  "sentences": [{"id", "start", "end", "text", "zone", "paragraph", "standalone"}]}
nlohmann::ordered_json document_json(const Document& doc);

// [{"original": [..], "rendition": [..], "kind", "score"}]; score omitted for omitted/added.
nlohmann::ordered_json alignment_json(const Alignment& alignment);

// {"id", "category", "severity", "original"?, "rendition"?, "message", "evidence", "bead"?};
// a side's span is present when the finding names one, "bead" when it belongs to one.
nlohmann::ordered_json finding_json(const Finding& finding);

// The whole report as a value, for reports that hold many pairs (batch's JSONL records).
nlohmann::ordered_json report_json(const CheckResult& result, const Summary& summary);

// The whole report, pretty-printed, ending in a newline. Same input, same bytes.
std::string render_json_report(const CheckResult& result, const Summary& summary);

}  // namespace driftcheck
