#include "config/batch_pair.h"

#include <exception>
#include <new>
#include <nlohmann/json.hpp>
#include <utility>

#include "report/render.h"

namespace driftcheck {
namespace {

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

std::string compact_json(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < json.size()) {
        out += json[++i];
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
      out += c;
    } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
      out += c;
    }
  }
  return out;
}

std::string pair_json(const BatchPair& pair) {
  nlohmann::ordered_json j;
  j["id"] = pair.id;
  j["index"] = pair.index;
  j["original"] = pair.original;
  j["rendition"] = pair.rendition;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string report_record(const BatchPair& pair, std::string_view json_report, int baselined) {
  const std::string compact = compact_json(json_report);
  std::string record =
      "{\"pair\":" + pair_json(pair) + ",\"baselined\":" + std::to_string(baselined);
  if (compact.size() > 2) record += ',';
  record.append(compact, 1);  // everything after the report's opening brace
  return record;
}

std::string error_record(const BatchPair& pair, std::string_view error) {
  return "{\"pair\":" + pair_json(pair) + ",\"error\":" +
         nlohmann::json(std::string(error))
             .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
         "}";
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
                                     settings.fail_on, deadline);
    out.summary = review.summary;
    out.suppressed = review.suppressed;
    // A kept review is written as a baseline, from every finding: never trimmed.
    const bool trim = !settings.keep_review;
    if (trim && settings.min_severity)
      hide_below(*settings.min_severity, review.result, review.summary);
    RenderOptions json;
    json.format = "json";
    out.record =
        report_record(pair, render_report(review.result, review.summary, json), out.suppressed);
    if (!settings.report_format.empty()) {
      RenderOptions render;
      render.format = settings.report_format;
      if (trim)
        hide_below(settings.min_severity.value_or(default_min_severity(render.format)),
                   review.result, review.summary);
      out.report = render_report(review.result, review.summary, render);
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
