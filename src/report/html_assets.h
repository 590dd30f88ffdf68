#pragma once
// The HTML report's stylesheet and script, inlined into every report and allowed by the
// report's Content-Security-Policy through their SHA-256 hashes.
//
//   out += "<style>" + std::string(html_report_style()) + "</style>";
#include <string_view>

namespace driftcheck {

// Layout, badges, highlighting and the print layout. Contains no "</".
std::string_view html_report_style();

// Filters, j/k (n/p) navigation, click-to-finding. Reads only the report's own DOM: findings are
// `.finding[data-severity][data-category]`, marks `mark[data-f]`, rows `.row`, folded page
// chrome `details.chrome`; the severity filter is the count pills, `button[data-severity]`,
// whose aria-pressed in the page is the filter's starting state. Contains no "</".
std::string_view html_report_script();

}  // namespace driftcheck
