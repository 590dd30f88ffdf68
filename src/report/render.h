#pragma once
// One entry point for every report format.
//
//   std::string bytes = render_report(result, summary, RenderOptions{.format = "html"});
#include <string>
#include <string_view>
#include <vector>

#include "drift/check.h"

namespace driftcheck {

struct RenderOptions {
  std::string format = "text";  // one of report_format_names()
  bool color = false;           // ANSI colour in the text format
};

std::vector<std::string> report_format_names();

// The severity a format lists from when --min-severity is not given: minor for SARIF, whose
// consumers cap the results they take and show notes as noise; info for the rest.
Severity default_min_severity(std::string_view format);

// Removes the findings below `floor` from `result` (the finding ids stay as they were) and
// records in `summary` what was left out; counts and verdict are untouched.
void hide_below(Severity floor, CheckResult& result, Summary& summary);

// The report in `options.format`; deterministic: same input, same bytes.
std::string render_report(const CheckResult& result, const Summary& summary,
                          const RenderOptions& options);

}  // namespace driftcheck
