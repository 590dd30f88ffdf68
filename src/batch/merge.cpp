#include "batch/merge.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "core/version.h"
#include "report/escape.h"
#include "report/render.h"
#include "report/sarif_report.h"

namespace driftcheck {
namespace {

using Json = nlohmann::ordered_json;

std::string verdict(const PairOutcome& o) {
  if (!o.error.empty()) return "error";
  return o.summary.failed ? "fail" : "pass";
}

int count(const PairOutcome& o, Severity s) { return o.summary.counts[static_cast<size_t>(s)]; }

// A file name part from an id: letters, digits, '-', '_' and '.' kept, the rest '_'.
std::string file_safe(std::string_view id) {
  std::string out;
  for (const char c : id.substr(0, 60)) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
    out += keep ? c : '_';
  }
  while (!out.empty() && out.front() == '.') out.erase(0, 1);
  return out.empty() ? "pair" : out;
}

// Re-points a result's ruleIndex and artifact indices into the merged run.
void remap_indices(Json& node, const std::vector<size_t>& rule_map,
                   const std::vector<size_t>& artifact_map) {
  if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (it.key() == "ruleIndex" && it->is_number_integer()) {
        const auto old = it->get<int64_t>();
        if (old >= 0 && static_cast<size_t>(old) < rule_map.size()) *it = rule_map[old];
      } else if (it.key() == "artifactLocation" && it->is_object() && it->contains("index") &&
                 (*it)["index"].is_number_integer()) {
        const auto old = (*it)["index"].get<int64_t>();
        if (old >= 0 && static_cast<size_t>(old) < artifact_map.size())
          (*it)["index"] = artifact_map[old];
      } else {
        remap_indices(*it, rule_map, artifact_map);
      }
    }
  } else if (node.is_array()) {
    for (Json& item : node) remap_indices(item, rule_map, artifact_map);
  }
}

Json error_notification(const PairOutcome& o) {
  Json n;
  n["level"] = "error";
  n["message"]["text"] = o.pair.id + ": " + o.error;
  return n;
}

// What a merged run has collected so far, by the keys that make its entries unique.
struct MergedRun {
  Json run;
  std::map<std::string, size_t> rule_ids;
  std::map<std::string, size_t> artifact_uris;  // an original checked against several
                                                // renditions is one artifact, not several
};

// Appends one pair's run to `merged`: rules by id, artifacts by URI, results, base ids. A
// pair's results index its own rules and artifacts; remap_indices points them at the merged.
void absorb_run(MergedRun& merged, Json run) {
  Json& driver = merged.run["tool"]["driver"];
  std::vector<size_t> rule_map;
  if (run.contains("tool") && run["tool"].contains("driver") &&
      run["tool"]["driver"].contains("rules")) {
    for (Json& rule : run["tool"]["driver"]["rules"]) {
      const std::string id = rule.value("id", "");
      auto [it, fresh] = merged.rule_ids.emplace(id, driver["rules"].size());
      if (fresh) driver["rules"].push_back(std::move(rule));
      rule_map.push_back(it->second);
    }
  }
  std::vector<size_t> artifact_map;
  if (run.contains("artifacts")) {
    for (Json& artifact : run["artifacts"]) {
      const std::string uri =
          artifact.contains("location") ? artifact["location"].value("uri", "") : std::string();
      auto [it, fresh] = merged.artifact_uris.emplace(uri, merged.run["artifacts"].size());
      if (fresh) merged.run["artifacts"].push_back(std::move(artifact));
      artifact_map.push_back(it->second);
    }
  }
  if (run.contains("results")) {
    for (Json& r : run["results"]) {
      remap_indices(r, rule_map, artifact_map);
      merged.run["results"].push_back(std::move(r));
    }
  }
  if (run.contains("originalUriBaseIds"))
    for (auto& [key, value] : run["originalUriBaseIds"].items())
      if (!merged.run["originalUriBaseIds"].contains(key))
        merged.run["originalUriBaseIds"][key] = value;
}

int level_rank(const Json& result) {
  const std::string level = result.value("level", "warning");
  return level == "error" ? 0 : level == "warning" ? 1 : 2;
}

// Keeps at most `limit` results, the most severe first and otherwise in pair order; returns
// how many were left out.
size_t cap_results(Json& results, size_t limit) {
  if (results.size() <= limit) return 0;
  std::vector<Json> sorted(std::make_move_iterator(results.begin()),
                           std::make_move_iterator(results.end()));
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Json& a, const Json& b) { return level_rank(a) < level_rank(b); });
  const size_t dropped = sorted.size() - limit;
  sorted.resize(limit);
  results = Json::array();
  for (Json& r : sorted) results.push_back(std::move(r));
  return dropped;
}

}  // namespace

std::vector<std::string> batch_format_names() {
  std::vector<std::string> names = {"jsonl", "md"};
  for (std::string& f : report_format_names())
    if (std::find(names.begin(), names.end(), f) == names.end()) names.push_back(std::move(f));
  return names;
}

BatchLayout batch_layout(std::string_view format) {
  if (format == "jsonl") return BatchLayout::jsonl;
  if (format == "md") return BatchLayout::markdown;
  if (format == "sarif") return BatchLayout::sarif;
  if (format == "junit") return BatchLayout::junit;
  return BatchLayout::folder;
}

std::string pair_report_file(const BatchPair& pair, std::string_view format) {
  return fmt::format("pairs/{:04}-{}.{}", pair.index + 1, file_safe(pair.id), format);
}

std::string render_batch_index(const std::vector<PairOutcome>& outcomes, std::string_view format) {
  int failed = 0;
  int errors = 0;
  for (const PairOutcome& o : outcomes) {
    failed += o.error.empty() && o.summary.failed ? 1 : 0;
    errors += o.error.empty() ? 0 : 1;
  }
  std::string html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>driftcheck batch: {} pairs</title>\n<style>\n"
      "body{{font:15px/1.4 system-ui,sans-serif;margin:2em;color:#222}}\n"
      "table{{border-collapse:collapse}}th,td{{padding:.3em .8em;border-bottom:1px solid #ddd;"
      "text-align:left}}\ntd.n{{text-align:right;font-variant-numeric:tabular-nums}}\n"
      ".fail{{color:#b00020;font-weight:600}}.pass{{color:#1b7f3b}}.error{{color:#8a5a00;"
      "font-weight:600}}\n</style>\n</head>\n<body>\n<h1>driftcheck batch</h1>\n"
      "<p>{} pairs: {} fail, {} pass, {} could not be checked.</p>\n<table>\n<thead><tr>"
      "<th>#</th><th>pair</th><th>verdict</th><th>critical</th><th>major</th><th>minor</th>"
      "<th>info</th><th>baselined</th><th>report</th></tr></thead>\n<tbody>\n",
      outcomes.size(), outcomes.size(), failed, static_cast<int>(outcomes.size()) - failed - errors,
      errors);
  for (const PairOutcome& o : outcomes) {
    const std::string v = verdict(o);
    html += fmt::format("<tr><td class=\"n\">{}</td><td>{}</td><td class=\"{}\">{}</td>",
                        o.pair.index + 1, html_escape(o.pair.id), v, v);
    if (!o.error.empty()) {
      html += fmt::format("<td colspan=\"6\">{}</td></tr>\n", html_escape(o.error));
      continue;
    }
    const std::string file = pair_report_file(o.pair, format);
    html += fmt::format(
        "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>"
        "<td class=\"n\">{}</td><td class=\"n\">{}</td><td><a href=\"{}\">{}</a></td></tr>\n",
        count(o, Severity::critical), count(o, Severity::major), count(o, Severity::minor),
        count(o, Severity::info), o.suppressed, html_escape(file), html_escape(format));
  }
  html += "</tbody>\n</table>\n</body>\n</html>\n";
  return html;
}

std::string render_batch_markdown(const std::vector<PairOutcome>& outcomes) {
  std::string md =
      "| # | pair | verdict | critical | major | minor | info | baselined |\n"
      "|--:|------|---------|--:|--:|--:|--:|--:|\n";
  for (const PairOutcome& o : outcomes) {
    if (!o.error.empty()) {
      // A table cell cannot span the count columns, so the message goes with the verdict and
      // the counts, which do not exist, read as dashes.
      md += fmt::format("| {} | {} | **error**: {} | – | – | – | – | – |\n", o.pair.index + 1,
                        markdown_escape(o.pair.id), markdown_escape(o.error));
      continue;
    }
    md += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", o.pair.index + 1,
                      markdown_escape(o.pair.id), o.summary.failed ? "**fail**" : "pass",
                      count(o, Severity::critical), count(o, Severity::major),
                      count(o, Severity::minor), count(o, Severity::info), o.suppressed);
  }
  return md;
}

std::string merge_sarif(const std::vector<PairOutcome>& outcomes, size_t max_results) {
  MergedRun merged;
  merged.run["tool"]["driver"]["name"] = "driftcheck";
  merged.run["tool"]["driver"]["version"] = kVersion;
  merged.run["tool"]["driver"]["rules"] = Json::array();
  merged.run["artifacts"] = Json::array();
  merged.run["columnKind"] = kSarifColumnKind;
  merged.run["results"] = Json::array();
  Json notifications = Json::array();
  bool driver_taken = false;
  for (const PairOutcome& o : outcomes) {
    if (!o.error.empty()) {
      notifications.push_back(error_notification(o));
      continue;
    }
    if (!o.sarif_run) continue;
    const Json& run = *o.sarif_run;
    if (!driver_taken && run.contains("tool") && run["tool"].contains("driver")) {
      // The first pair's driver description (name, version, informationUri...) stands for
      // all; rules are merged by id below.
      for (auto& [key, value] : run["tool"]["driver"].items())
        if (key != "rules") merged.run["tool"]["driver"][key] = value;
      driver_taken = true;
    }
    absorb_run(merged, run);
  }
  if (const size_t dropped = cap_results(merged.run["results"], max_results); dropped > 0) {
    Json n;
    n["level"] = "warning";
    n["message"]["text"] = fmt::format(
        "{} results of the lowest severities were left out: a run may hold at most {} (raise "
        "--min-severity, or split the batch with --shard)",
        dropped, max_results);
    notifications.push_back(std::move(n));
  }
  Json invocation;
  invocation["executionSuccessful"] = std::none_of(
      outcomes.begin(), outcomes.end(), [](const PairOutcome& o) { return !o.error.empty(); });
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;
  merged.run["invocations"] = Json::array({invocation});
  if (merged.run["artifacts"].empty()) merged.run.erase("artifacts");
  std::vector<Json> runs;
  runs.push_back(std::move(merged.run));
  return render_sarif_log(std::move(runs));
}

std::string render_batch_report(std::string_view format, const std::vector<PairOutcome>& outcomes) {
  switch (batch_layout(format)) {
    case BatchLayout::jsonl:
      return {};
    case BatchLayout::markdown:
      return render_batch_markdown(outcomes);
    case BatchLayout::sarif:
      return merge_sarif(outcomes);
    case BatchLayout::junit:
      return merge_junit(outcomes);
    case BatchLayout::folder:
      return render_batch_index(outcomes, format);
  }
  return {};
}

std::string merge_junit(const std::vector<PairOutcome>& outcomes) {
  std::string suites;
  size_t tests = 0;
  size_t failures = 0;
  size_t errors = 0;
  for (const PairOutcome& o : outcomes) {
    if (!o.error.empty()) {
      suites += fmt::format(
          "<testsuite name=\"{}\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
          "  <testcase name=\"{}\" classname=\"driftcheck\">\n"
          "    <error message=\"{}\"/>\n  </testcase>\n</testsuite>\n",
          xml_escape(o.pair.id), xml_escape(o.pair.id), xml_escape(o.error));
      ++tests;
      ++errors;
      continue;
    }
    if (!o.junit_suite) continue;
    tests += o.junit_suite->tests;
    failures += o.junit_suite->failures;
    errors += o.junit_suite->errors;
    if (!o.junit_suite->element.empty()) suites += o.junit_suite->element + "\n";
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"driftcheck\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}"
      "</testsuites>\n",
      tests, failures, errors, suites);
}

}  // namespace driftcheck
