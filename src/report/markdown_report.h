#pragma once
// The Markdown summary for a pull-request comment: verdict, counts, and a table of the major
// and critical findings with both excerpts. Every path, id, message and excerpt goes through
// markdown_escape (report/escape.h), so no input can add markup, links or @mentions.
//
//   post_comment(render_markdown_report(result, summarize(result, Severity::major)));
#include <string>

#include "drift/check.h"

namespace driftcheck {

std::string render_markdown_report(const CheckResult& result, const Summary& summary);

}  // namespace driftcheck
