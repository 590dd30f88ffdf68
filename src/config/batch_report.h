#pragma once
// What `batch --format F` writes: how the pairs' own reports combine into one.
//
//   switch (batch_layout(format)) {
//     case BatchLayout::sarif: write(out, merge_sarif(outcomes)); break;   // one run per pair
//     case BatchLayout::folder: ...   // pair_report_file() per pair + render_batch_index()
//   }
// A report format added to render.h later works in a batch unchanged: sarif, junit and md
// have combined forms; any other format gets a folder of per-pair reports and an index.
#include <string>
#include <string_view>
#include <vector>

#include "config/batch_pair.h"

namespace driftcheck {

enum class BatchLayout {
  jsonl,     // one record per pair, streamed in manifest order
  markdown,  // one table, a row per pair
  sarif,     // one SARIF log, one run per pair
  junit,     // one <testsuites>, one <testsuite> per pair
  folder,    // each pair's report in a file and an index.html (html, json, text, ...)
};

// "jsonl", "md" and every report format; the first is the default.
std::vector<std::string> batch_format_names();
BatchLayout batch_layout(std::string_view format);

// Where a pair's report goes inside the output folder: "pairs/0007-name.html".
std::string pair_report_file(const BatchPair& pair, std::string_view format);

// The index page: one row per pair with its verdict, counts and a link to its report.
std::string render_batch_index(const std::vector<PairOutcome>& outcomes, std::string_view format);

// One Markdown table: pair, verdict, counts by severity (or the error).
std::string render_batch_markdown(const std::vector<PairOutcome>& outcomes);

// One SARIF 2.1.0 log holding every run of every pair's log (PairOutcome::report), and
// for a pair that failed to load a run whose invocation says why.
std::string merge_sarif(const std::vector<PairOutcome>& outcomes);

// One <testsuites> holding every pair's <testsuite> elements (PairOutcome::report), and
// for a pair that failed to load a suite with one errored test case.
std::string merge_junit(const std::vector<PairOutcome>& outcomes);

}  // namespace driftcheck
