#include "report/render.h"

#include <algorithm>

#include "report/html_report.h"
#include "report/json_report.h"
#include "report/junit_report.h"
#include "report/markdown_report.h"
#include "report/sarif_report.h"
#include "report/text_report.h"

namespace driftcheck {

std::vector<std::string> report_format_names() {
  return {"text", "json", "html", "md", "sarif", "junit"};
}

Severity default_min_severity(std::string_view format) {
  return format == "sarif" ? Severity::minor : Severity::info;
}

void hide_below(Severity floor, CheckResult& result, Summary& summary) {
  if (floor <= summary.shown_from) return;
  auto& findings = result.findings;
  const auto kept = std::stable_partition(
      findings.begin(), findings.end(), [floor](const Finding& f) { return f.severity >= floor; });
  summary.hidden += static_cast<int>(findings.end() - kept);
  findings.erase(kept, findings.end());
  summary.shown_from = floor;
}

std::string render_report(const CheckResult& result, const Summary& summary,
                          const RenderOptions& options) {
  if (options.format == "json") return render_json_report(result, summary);
  if (options.format == "html") return render_html_report(result, summary);
  if (options.format == "md") return render_markdown_report(result, summary);
  if (options.format == "sarif") return render_sarif_report(result);
  if (options.format == "junit") return render_junit_report(result, summary);
  return render_text_report(result, summary, options.color);
}

}  // namespace driftcheck
