#include "report/render.h"

#include "report/json_report.h"
#include "report/text_report.h"

namespace driftcheck {

std::vector<std::string> report_format_names() { return {"text", "json"}; }

std::string render_report(const CheckResult& result, const Summary& summary,
                          const RenderOptions& options) {
  if (options.format == "json") return render_json_report(result, summary);
  return render_text_report(result, summary, options.color);
}

}  // namespace driftcheck
