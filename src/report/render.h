#pragma once
// One entry point for every report format.
//
//   std::string bytes = render_report(result, summary, RenderOptions{.format = "html"});
#include <string>
#include <vector>

#include "drift/check.h"

namespace driftcheck {

struct RenderOptions {
  std::string format = "text";  // one of report_format_names()
  bool color = false;           // ANSI colour in the text format
};

std::vector<std::string> report_format_names();

// The report in `options.format`; deterministic: same input, same bytes.
std::string render_report(const CheckResult& result, const Summary& summary,
                          const RenderOptions& options);

}  // namespace driftcheck
