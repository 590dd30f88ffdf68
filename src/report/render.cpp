#include "report/render.h"

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
