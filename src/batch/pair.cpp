#include "batch/pair.h"

#include <exception>
#include <new>
#include <utility>

#include "batch/merge.h"
#include "report/json_report.h"
#include "report/json_text.h"
#include "report/render.h"
#include "report/sarif_report.h"

namespace driftcheck {
namespace {

using Json = nlohmann::ordered_json;

// One line, bytes that are not UTF-8 replaced, as every record is written.
std::string dump_line(const Json& j) {
  std::string line;
  append_json(line, j, -1);
  return line;
}

Json pair_value(const BatchPair& pair) {
  Json j;
  j["id"] = pair.id;
  j["index"] = pair.index;
  j["original"] = pair.original;
  j["rendition"] = pair.rendition;
  return j;
}

const Config& default_config() {
  static const Config kDefaults;  // immutable after first use
  return kDefaults;
}

// An error message on one line, whatever the cause put in it.
std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return text;
}

PairOutcome failed(PairOutcome out, std::string error) {
  out.error = one_line(std::move(error));
  out.record = error_record(out.pair, out.error);
  return out;
}

}  // namespace

std::string pair_json(const BatchPair& pair) { return dump_line(pair_value(pair)); }

std::string report_record(const BatchPair& pair, Json report, int baselined) {
  // The record is {"pair", "baselined"} followed by the report's members, so its text is
  // theirs followed by the report's text after its '{': written so, without moving every
  // member into a new object (a fifth of writing a record). A report that names either key
  // itself, or is no object with members, is merged as an object would merge it.
  const bool disjoint = report.is_object() && !report.empty() && !report.contains("pair") &&
                        !report.contains("baselined");
  if (!disjoint) {
    Json record;
    record["pair"] = pair_value(pair);
    record["baselined"] = baselined;
    for (auto& [key, value] : report.items()) record[key] = std::move(value);
    return dump_line(record);
  }
  std::string line = "{\"pair\":";
  append_json(line, pair_value(pair), -1);
  line += ",\"baselined\":";
  line += std::to_string(baselined);
  line += ',';
  const size_t members = line.size();
  append_json(line, report, -1);
  line.erase(members, 1);  // the report's own '{'
  return line;
}

std::string error_record(const BatchPair& pair, std::string_view error) {
  Json record;
  record["pair"] = pair_value(pair);
  record["error"] = std::string(error);
  return dump_line(record);
}

PairOutcome check_pair(const BatchPair& pair, const DocumentLoader& load,
                       const PairSettings& settings) {
  PairOutcome out;
  out.pair = pair;
  const Deadline deadline =
      settings.time_limit ? Deadline::after(*settings.time_limit) : Deadline{};
  try {
    Result<Document> original = load(pair.original, PairSide::original);
    if (!original) return failed(std::move(out), original.error().to_string());
    Result<Document> rendition = load(pair.rendition, PairSide::rendition);
    if (!rendition) return failed(std::move(out), rendition.error().to_string());
    const Config& config = settings.config != nullptr ? *settings.config : default_config();
    Review review = review_documents(std::move(*original), std::move(*rendition), config,
                                     settings.fail_on, deadline, settings.memos);
    out.summary = review.summary;
    out.suppressed = review.suppressed;
    // A kept review is written as a baseline, from every finding: never trimmed.
    const bool trim = !settings.keep_review;
    if (trim && settings.min_severity)
      hide_below(*settings.min_severity, review.result, review.summary);
    out.record = report_record(pair, report_json(review.result, review.summary), out.suppressed);
    if (!settings.report_format.empty()) {
      const std::string& format = settings.report_format;
      if (trim)
        hide_below(settings.min_severity.value_or(default_min_severity(format)), review.result,
                   review.summary);
      switch (batch_layout(format)) {
        case BatchLayout::sarif:
          out.sarif_run = sarif_run(review.result);
          break;
        case BatchLayout::junit:
          out.junit_suite = junit_suite(review.result, review.summary);
          break;
        case BatchLayout::jsonl:
        case BatchLayout::markdown:
          break;  // the record and the summary are all they need
        case BatchLayout::folder: {
          RenderOptions render;
          render.format = format;
          out.report = render_report(review.result, review.summary, render);
          break;
        }
      }
    }
    if (settings.keep_review) out.review = std::move(review);
  } catch (const TimeLimitExceeded& e) {
    return failed(std::move(out), pair.rendition + ": " + e.what() +
                                      " (raise it with --time-limit, or split the files)");
  } catch (const std::bad_alloc&) {
    // The memory this pair held is free again by now, so the record can still be built.
    return failed(std::move(out),
                  pair.original + ": out of memory (give smaller files or fewer --jobs)");
  } catch (const std::exception& e) {
    // A bug or resource exhaustion in one pair must not take the other pairs down.
    return failed(std::move(out), pair.original + ": internal error: " + e.what());
  }
  return out;
}

}  // namespace driftcheck
