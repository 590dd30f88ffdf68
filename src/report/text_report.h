#pragma once
// The terminal report: verdict, counts, findings by severity with both sentences.
//
//   std::fputs(render_text_report(result, summary, /*color=*/true).c_str(), stdout);
#include <string>

#include "drift/check.h"

namespace driftcheck {

std::string render_text_report(const CheckResult& result, const Summary& summary, bool color);

}  // namespace driftcheck
