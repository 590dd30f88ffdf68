#pragma once
// The HTML report for editors: one self-contained file (CSS and JS inline, no network), the two
// renditions side by side bead by bead, changed words and finding spans highlighted, findings
// inline with severity and category badges, filters, j/k navigation and a print layout.
//
//   write_output("report.html", render_html_report(result, summarize(result, Severity::major)));
//
// Every piece of input text is escaped, and a Content-Security-Policy allows only the report's
// own script and stylesheet (by SHA-256 hash): an article's <script> renders as text.
#include <string>

#include "drift/check.h"

namespace driftcheck {

// The whole page; deterministic: same input, same bytes.
std::string render_html_report(const CheckResult& result, const Summary& summary);

// The Content-Security-Policy the page carries for `script` and `style` (their hashes).
std::string html_report_csp(std::string_view script, std::string_view style);

}  // namespace driftcheck
