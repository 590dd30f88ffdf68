#include "report/text_report.h"

#include <fmt/format.h>

namespace driftcheck {

std::string render_text_report(const CheckResult& result, const Summary& summary, bool color) {
  (void)color;
  std::string out = fmt::format(
      "{}: {} critical, {} major, {} minor, {} info ({} aligned, {} omitted, {} added, {} moved)\n",
      summary.failed ? "FAIL" : "PASS", summary.counts[3], summary.counts[2], summary.counts[1],
      summary.counts[0], summary.aligned, summary.omitted, summary.added, summary.moved);
  for (int level = 3; level >= 0; --level) {
    for (const Finding& f : result.findings) {
      if (static_cast<int>(f.severity) != level) continue;
      out += fmt::format("\n{} {} [{}] {}\n", f.id, to_string(f.severity), to_string(f.category),
                         f.message);
      if (f.original) out += fmt::format("  original:  {}\n", f.original->text);
      if (f.rendition) out += fmt::format("  rendition: {}\n", f.rendition->text);
    }
  }
  return out;
}

}  // namespace driftcheck
