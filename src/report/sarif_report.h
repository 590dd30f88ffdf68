#pragma once
// SARIF 2.1.0 for code-scanning views: one rule per category, one result per finding located
// at the rendition file's line and column (omissions at the original's), columns in code points.
//
//   write_output("drift.sarif", render_sarif_report(result));
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "drift/check.h"

namespace driftcheck {

// The schema URI and column unit every driftcheck SARIF log names, single-pair or merged.
inline constexpr const char* kSarifSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
inline constexpr const char* kSarifColumnKind = "unicodeCodePoints";

// critical and major → "error", minor → "warning", info → "note".
const char* sarif_level(Severity severity);

// The whole log, pretty-printed, ending in a newline. Same input, same bytes.
std::string render_sarif_report(const CheckResult& result);

// The pair's run alone (tool with every rule, its two artifacts, results indexing both), for
// a log that merges many pairs' runs (batch).
nlohmann::ordered_json sarif_run(const CheckResult& result);

// A log around `runs`, pretty-printed, ending in a newline.
std::string render_sarif_log(std::vector<nlohmann::ordered_json> runs);

// `path` as a SARIF artifact URI: relative paths stay relative, absolute ones become file:///;
// bytes outside RFC 3986's unreserved set and '/' are percent-encoded.
std::string sarif_uri(std::string_view path);

}  // namespace driftcheck
