#include "config/batch_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "core/version.h"
#include "report/escape.h"
#include "report/render.h"

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
void remap_indices(Json& node, const std::vector<size_t>& rule_map, size_t artifact_offset) {
  if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (it.key() == "ruleIndex" && it->is_number_integer()) {
        const auto old = it->get<int64_t>();
        if (old >= 0 && static_cast<size_t>(old) < rule_map.size()) *it = rule_map[old];
      } else if (it.key() == "artifactLocation" && it->is_object() && it->contains("index") &&
                 (*it)["index"].is_number_integer()) {
        (*it)["index"] = (*it)["index"].get<int64_t>() + static_cast<int64_t>(artifact_offset);
      } else {
        remap_indices(*it, rule_map, artifact_offset);
      }
    }
  } else if (node.is_array()) {
    for (Json& item : node) remap_indices(item, rule_map, artifact_offset);
  }
}

Json error_notification(const PairOutcome& o) {
  Json n;
  n["level"] = "error";
  n["message"]["text"] = o.pair.id + ": " + o.error;
  return n;
}

// Appends one pair's run to `merged`: rules by id, artifacts, results, invocations.
void absorb_run(Json& merged, Json run, std::map<std::string, size_t>& rule_ids) {
  Json& driver = merged["tool"]["driver"];
  std::vector<size_t> rule_map;
  if (run.contains("tool") && run["tool"].contains("driver") &&
      run["tool"]["driver"].contains("rules")) {
    for (Json& rule : run["tool"]["driver"]["rules"]) {
      const std::string id = rule.value("id", "");
      auto [it, fresh] = rule_ids.emplace(id, driver["rules"].size());
      if (fresh) driver["rules"].push_back(std::move(rule));
      rule_map.push_back(it->second);
    }
  }
  const size_t artifact_offset = merged["artifacts"].size();
  if (run.contains("artifacts"))
    for (Json& a : run["artifacts"]) merged["artifacts"].push_back(std::move(a));
  if (run.contains("results")) {
    for (Json& r : run["results"]) {
      remap_indices(r, rule_map, artifact_offset);
      merged["results"].push_back(std::move(r));
    }
  }
  if (run.contains("originalUriBaseIds"))
    for (auto& [key, value] : run["originalUriBaseIds"].items())
      if (!merged["originalUriBaseIds"].contains(key)) merged["originalUriBaseIds"][key] = value;
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
      md += fmt::format("| {} | {} | **error** | {} |||||\n", o.pair.index + 1,
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

std::string merge_sarif(const std::vector<PairOutcome>& outcomes) {
  Json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  Json merged;
  merged["tool"]["driver"]["name"] = "driftcheck";
  merged["tool"]["driver"]["version"] = kVersion;
  merged["tool"]["driver"]["rules"] = Json::array();
  merged["artifacts"] = Json::array();
  merged["results"] = Json::array();
  Json notifications = Json::array();
  std::map<std::string, size_t> rule_ids;
  bool driver_taken = false;
  for (const PairOutcome& o : outcomes) {
    if (!o.error.empty()) {
      notifications.push_back(error_notification(o));
      continue;
    }
    const Json pair_log = Json::parse(o.report, nullptr, /*allow_exceptions=*/false);
    if (!pair_log.is_object() || !pair_log.contains("runs")) continue;
    for (const Json& run : pair_log["runs"]) {
      if (!driver_taken && run.contains("tool") && run["tool"].contains("driver")) {
        // The first pair's driver description (name, version, informationUri...) stands
        // for all; rules are merged by id below.
        for (auto& [key, value] : run["tool"]["driver"].items())
          if (key != "rules") merged["tool"]["driver"][key] = value;
        driver_taken = true;
      }
      absorb_run(merged, run, rule_ids);
    }
  }
  Json invocation;
  invocation["executionSuccessful"] = notifications.empty();
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;
  merged["invocations"] = Json::array({invocation});
  if (merged["artifacts"].empty()) merged.erase("artifacts");
  log["runs"] = Json::array({merged});
  return log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string merge_junit(const std::vector<PairOutcome>& outcomes) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"driftcheck\">\n";
  for (const PairOutcome& o : outcomes) {
    if (!o.error.empty()) {
      xml += fmt::format(
          "<testsuite name=\"{}\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
          "  <testcase name=\"{}\" classname=\"driftcheck\">\n"
          "    <error message=\"{}\"/>\n  </testcase>\n</testsuite>\n",
          xml_escape(o.pair.id), xml_escape(o.pair.id), xml_escape(o.error));
      continue;
    }
    std::string_view body = o.report;
    if (const size_t decl = body.find("?>"); body.substr(0, 5) == "<?xml" && decl != body.npos)
      body.remove_prefix(decl + 2);
    if (const size_t open = body.find("<testsuites"); open != body.npos) {
      const size_t open_end = body.find('>', open);
      if (open_end == body.npos || body[open_end - 1] == '/') continue;  // <testsuites/>
      const size_t close = body.rfind("</testsuites>");
      body = body.substr(open_end + 1, close == body.npos ? body.npos : close - open_end - 1);
    }
    while (!body.empty() && (body.front() == '\n' || body.front() == ' ')) body.remove_prefix(1);
    while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.remove_suffix(1);
    if (!body.empty()) xml += std::string(body) + "\n";
  }
  xml += "</testsuites>\n";
  return xml;
}

}  // namespace driftcheck
