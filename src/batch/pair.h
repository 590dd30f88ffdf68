#pragma once
// One pair of a batch, start to finish: load both files, review them under the policy,
// and produce its JSONL record and, if asked, its part of the batch's report: its SARIF run
// or JUnit suite as values that merge.h joins, or its own report for a folder of reports.
//
//   PairOutcome out = check_pair(pair, load, PairSettings{.config = &config});
//   if (!out.error.empty()) ...;   // the record is then {"pair": {...}, "error": "..."}
//   puts(out.record.c_str());
#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "batch/manifest.h"
#include "config/config.h"
#include "config/review.h"
#include "core/error.h"
#include "report/junit_report.h"
#include "text/document.h"

namespace driftcheck {

// Reads, decodes and segments one file; the CLI passes load_document with its options. The
// side matters where each file has its own language (--lang-original, --lang-rendition).
enum class PairSide { original, rendition };
using DocumentLoader = std::function<Result<Document>(const std::string& path, PairSide side)>;

struct PairSettings {
  const Config* config = nullptr;                     // nullptr = the defaults
  std::optional<Severity> fail_on = Severity::major;  // nullopt = never fail
  // Also build each pair's part of the batch report in this format (see batch_layout): a
  // SARIF run, a JUnit suite, or for any other report format the pair's own report; empty =
  // none (JSONL and md need only the record and the summary).
  std::string report_format;
  // Findings below this are left out of the record and the report (see hide_below);
  // nullopt = all in the record, the report format's default in the report.
  std::optional<Severity> min_severity;
  bool keep_review = false;  // keep the whole Review (e.g. to write a baseline)
  // Each pair's time, from reading its files to its report; past it the pair is an error
  // record (see core/deadline.h). nullopt = no limit.
  std::optional<std::chrono::milliseconds> time_limit;
  // Synonym keys, word judgements and WordNet senses kept across the pairs
  // (drift/check_options.h), shared by the workers; none = each pair looks its words up afresh.
  CheckMemos memos;
};

struct PairOutcome {
  BatchPair pair;
  std::string error;  // one line when the pair could not be checked; then no summary
  Summary summary;
  int suppressed = 0;  // findings the baseline accepted
  std::string record;  // the JSONL record, one line without the newline
  // The pair's part of the batch report, by PairSettings::report_format, when checked:
  std::optional<nlohmann::ordered_json> sarif_run;  // sarif (report/sarif_report.h sarif_run)
  std::optional<JunitSuite> junit_suite;            // junit
  std::string report;            // any other format: the pair's own report, whole
  std::optional<Review> review;  // when PairSettings::keep_review
};

// Never throws: an unreadable file, or anything else that goes wrong, is an error record.
PairOutcome check_pair(const BatchPair& pair, const DocumentLoader& load,
                       const PairSettings& settings);

// {"id", "index", "original", "rendition"} of a pair, as every record carries it.
std::string pair_json(const BatchPair& pair);

// The JSON report (report/json_report.h report_json) on one line, after the pair and how
// many findings the baseline hid: {"pair": {...}, "baselined": 0, "schema": ...}.
std::string report_record(const BatchPair& pair, nlohmann::ordered_json report, int baselined);

// {"pair": {...}, "error": "<one-line reason>"}
std::string error_record(const BatchPair& pair, std::string_view error);

}  // namespace driftcheck
