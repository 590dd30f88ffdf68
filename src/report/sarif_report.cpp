#include "report/sarif_report.h"

#include <fmt/format.h>

#include <array>
#include <nlohmann/json.hpp>

#include "core/version.h"
#include "report/json_text.h"
#include "report/sha256.h"
#include "report/source_map.h"
#include "report/stable_names.h"

namespace driftcheck {
namespace {

using Json = nlohmann::ordered_json;

struct RuleText {
  const char* name;
  const char* description;
};

// Indexed by Category; the wording of docs/design.md's category table.
constexpr std::array<RuleText, 16> kRules = {{
    {"NumberChanged", "A quantity's value or unit changed."},
    {"DateChanged", "A date or time changed."},
    {"EntityChanged", "A person, place, institution or product changed."},
    {"NegationChanged", "A negator was added or dropped."},
    {"AntonymSubstituted", "A word was replaced by its opposite."},
    {"WordSubstituted", "A content word was replaced by a word that is not a synonym."},
    {"ModalityChanged", "Hedging or certainty changed."},
    {"AttributionChanged", "Who says it, how, or whether anyone does, changed."},
    {"QuoteChanged", "Words inside quotation marks changed in meaning."},
    {"ApproximatorChanged", "An approximator (about, almost, more than, at least) changed."},
    {"QuantifierChanged", "A quantifier (some, all, everything) changed."},
    {"ContentOmitted", "Content of the original (a sentence or clause) is missing."},
    {"ContentAdded", "Content that is not in the original (a sentence or clause) was added."},
    {"Rewritten", "Aligned, but reworded so much that the words no longer show the change."},
    {"SentenceMoved", "A sentence moved out of order."},
    {"FormatChanged", "Same meaning in another form: number format, spelling, case, synonyms."},
}};

Json region(const SourceMap& map, const Span& span) {
  const TextPosition start = map.position(span.start);
  const TextPosition end = map.position(std::max(span.start, span.end));
  Json j;
  j["startLine"] = start.line;
  j["startColumn"] = start.column;
  j["endLine"] = end.line;
  j["endColumn"] = end.column;
  j["charOffset"] = span.start;
  j["charLength"] = std::max(span.start, span.end) - span.start;
  j["snippet"] = {{"text", span.text}};
  return j;
}

Json location(const Document& doc, const SourceMap& map, const Span& span, int artifact) {
  Json j;
  j["physicalLocation"]["artifactLocation"] = {{"uri", sarif_uri(doc.path)}, {"index", artifact}};
  j["physicalLocation"]["region"] = region(map, span);
  return j;
}

Json rules() {
  Json list = Json::array();
  for (size_t c = 0; c < kRules.size(); ++c) {
    const auto category = static_cast<Category>(c);
    Json rule;
    rule["id"] = to_string(category);
    rule["name"] = kRules[c].name;
    rule["shortDescription"] = {{"text", kRules[c].description}};
    rule["properties"] = {{"tags", Json::array({"drift", to_string(category)})}};
    list.push_back(std::move(rule));
  }
  return list;
}

}  // namespace

const char* sarif_level(Severity severity) {
  switch (severity) {
    case Severity::critical:
    case Severity::major:
      return "error";
    case Severity::minor:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "note";
}

std::string sarif_uri(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) != 0 || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xf];
    }
  }
  return out;
}

nlohmann::ordered_json sarif_run(const CheckResult& result) {
  const SourceMap original_map(result.original.text);
  const SourceMap rendition_map(result.rendition.text);
  constexpr int kOriginal = 0, kRendition = 1;  // indices into run.artifacts

  Json run;
  run["tool"]["driver"] = {{"name", "driftcheck"},
                           {"version", kVersion},
                           {"semanticVersion", kVersion},
                           {"rules", rules()}};
  run["artifacts"] = Json::array({{{"location", {{"uri", sarif_uri(result.original.path)}}},
                                   {"encoding", result.original.encoding},
                                   {"sourceLanguage", result.original.language},
                                   {"roles", Json::array({"analysisTarget"})}},
                                  {{"location", {{"uri", sarif_uri(result.rendition.path)}}},
                                   {"encoding", result.rendition.encoding},
                                   {"sourceLanguage", result.rendition.language},
                                   {"roles", Json::array({"analysisTarget"})}}});
  run["columnKind"] = kSarifColumnKind;
  // Fingerprints follow the finding's words and sentences, not its place, so that an alert
  // keeps its identity when sentences are inserted or deleted elsewhere.
  const std::vector<std::string> keys = finding_keys(result);
  Json results = Json::array();
  for (const Finding& f : result.findings) {
    Json r;
    r["ruleId"] = to_string(f.category);
    r["ruleIndex"] = static_cast<int>(f.category);
    r["level"] = sarif_level(f.severity);
    r["message"] = {{"text", f.message}};
    // Where code-scanning annotates: the rendition, unless the words are only in the original.
    const bool at_original = !f.rendition || (f.category == Category::omission && f.original);
    Json locations = Json::array();
    Json related = Json::array();
    if (f.rendition) {
      Json l = location(result.rendition, rendition_map, *f.rendition, kRendition);
      (at_original ? related : locations).push_back(std::move(l));
    }
    if (f.original) {
      Json l = location(result.original, original_map, *f.original, kOriginal);
      (at_original ? locations : related).push_back(std::move(l));
    }
    for (size_t i = 0; i < related.size(); ++i) {
      related[i]["id"] = i;
      related[i]["message"] = {
          {"text", at_original ? "where the rendition would have it" : "the original's wording"}};
    }
    r["locations"] = std::move(locations);
    if (!related.empty()) r["relatedLocations"] = std::move(related);
    r["partialFingerprints"] = {
        {"driftcheckFinding/v2", sha256_hex(keys[results.size()]).substr(0, 32)}};
    r["properties"] = {
        {"id", f.id}, {"severity", to_string(f.severity)}, {"category", to_string(f.category)}};
    results.push_back(std::move(r));
  }
  run["results"] = std::move(results);
  return run;
}

std::string render_sarif_log(std::vector<nlohmann::ordered_json> runs) {
  Json log;
  log["$schema"] = kSarifSchema;
  log["version"] = "2.1.0";
  log["runs"] = Json::array();
  for (Json& run : runs) log["runs"].push_back(std::move(run));
  std::string text;
  append_json(text, log, 2);
  text += '\n';
  return text;
}

std::string render_sarif_report(const CheckResult& result) {
  std::vector<Json> runs;
  runs.push_back(sarif_run(result));
  return render_sarif_log(std::move(runs));
}

}  // namespace driftcheck
