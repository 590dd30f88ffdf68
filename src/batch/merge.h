#pragma once
// What `batch --format F` writes: how the pairs' results combine into one report. The
// combined forms are built from each pair's structured part (PairOutcome::summary,
// sarif_run, junit_suite), never by parsing a pair's rendered report.
//
//   if (batch_layout(format) == BatchLayout::folder) ...   // pair_report_file() per pair
//   write(out, render_batch_report(format, outcomes));      // md, sarif, junit, or the index
// A report format added to render.h later works in a batch unchanged: sarif, junit and md
// have combined forms; any other format gets a folder of per-pair reports and an index.
#include <string>
#include <string_view>
#include <vector>

#include "batch/pair.h"

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

// Code-scanning services refuse a run with more results than this (GitHub: 25,000).
inline constexpr size_t kMaxSarifResults = 25000;

// One SARIF 2.1.0 log with one run: every pair's results (PairOutcome::sarif_run), each file
// one artifact however many pairs name it, and an invocation notification for each pair
// that failed to load. Past `max_results` the least severe results are left out, and a
// notification says how many.
std::string merge_sarif(const std::vector<PairOutcome>& outcomes,
                        size_t max_results = kMaxSarifResults);

// The batch's one report in `format` from every pair's outcome, in manifest order: md,
// sarif and junit combined (below), the index page for a folder of reports; empty for jsonl,
// whose records, streamed as they come, are the whole output.
std::string render_batch_report(std::string_view format, const std::vector<PairOutcome>& outcomes);

// One <testsuites> holding every pair's <testsuite> element (PairOutcome::junit_suite) and
// the totals, and for a pair that failed to load a suite with one errored test case.
std::string merge_junit(const std::vector<PairOutcome>& outcomes);

}  // namespace driftcheck
