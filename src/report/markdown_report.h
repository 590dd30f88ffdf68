#pragma once
// The Markdown summary for a pull-request comment: verdict, counts, and a table of the major
// and critical findings with both excerpts.
//
//   post_comment(render_markdown_report(result, summarize(result, Severity::major)));
#include <string>
#include <string_view>

#include "drift/check.h"

namespace driftcheck {

std::string render_markdown_report(const CheckResult& result, const Summary& summary);

// `text` made safe for one GitHub-flavoured Markdown table cell: | ` \ * _ [ ] and friends
// backslash-escaped, < > & as entities, line breaks as spaces, @mentions defused.
std::string markdown_cell(std::string_view text);

}  // namespace driftcheck
