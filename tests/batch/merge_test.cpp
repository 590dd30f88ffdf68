#include "batch/merge.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/text_checks.h"

using namespace driftcheck;

namespace {

PairOutcome outcome(size_t index, std::string id, bool failed = true) {
  PairOutcome o;
  o.pair.index = index;
  o.pair.id = std::move(id);
  o.summary.failed = failed;
  o.summary.counts = {3, 2, 1, 0};
  return o;
}

// A pair whose SARIF run is `run`.
PairOutcome with_run(size_t index, std::string id, nlohmann::ordered_json run) {
  PairOutcome o = outcome(index, std::move(id));
  o.sarif_run = std::move(run);
  return o;
}

PairOutcome with_suite(size_t index, std::string id, JunitSuite suite) {
  PairOutcome o = outcome(index, std::move(id));
  o.junit_suite = std::move(suite);
  return o;
}

PairOutcome broken(size_t index, std::string id) {
  PairOutcome o;
  o.pair.index = index;
  o.pair.id = std::move(id);
  o.error = "o.txt: no such file";
  return o;
}

// A pair id a contributor could put in a manifest to post an image, a link, HTML, a code span
// and a mention into the pull-request comment.
const std::string kHostileId =
    "![x](http://e/x.png) <img src=x onerror=alert(1)> @org/team | [link](http://e) `code`";

}  // namespace

TEST_CASE("batch formats: jsonl first, md always, then every report format", "[batch][format]") {
  const std::vector<std::string> names = batch_format_names();
  REQUIRE(names.size() >= 3);
  CHECK(names[0] == "jsonl");
  CHECK(names[1] == "md");
  CHECK(std::find(names.begin(), names.end(), "json") != names.end());
  CHECK(batch_layout("sarif") == BatchLayout::sarif);
  CHECK(batch_layout("junit") == BatchLayout::junit);
  CHECK(batch_layout("html") == BatchLayout::folder);
  CHECK(batch_layout("some-future-format") == BatchLayout::folder);
}

TEST_CASE("batch formats: per-pair file names are numbered and safe", "[batch][format]") {
  BatchPair p;
  p.index = 6;
  p.id = "../news/2024 März|x";
  CHECK(pair_report_file(p, "html") == "pairs/0007-_news_2024_M__rz_x.html");
}

TEST_CASE("batch formats: the index has a row per pair with a link", "[batch][format]") {
  const std::string html = render_batch_index({outcome(0, "a<b"), broken(1, "gone")}, "html");
  CHECK(html.find("<td>a&lt;b</td><td class=\"fail\">fail</td>") != std::string::npos);
  CHECK(html.find("href=\"pairs/0001-a_b.html\"") != std::string::npos);
  CHECK(html.find("<td class=\"error\">error</td><td colspan=\"6\">o.txt: no such file</td>") !=
        std::string::npos);
  CHECK(html.find("2 pairs: 1 fail, 0 pass, 1 could not be checked.") != std::string::npos);
}

TEST_CASE("batch formats: markdown is one table", "[batch][format]") {
  CHECK(render_batch_markdown({outcome(0, "a|b", false), broken(1, "c")}) ==
        "| # | pair | verdict | critical | major | minor | info | baselined |\n"
        "|--:|------|---------|--:|--:|--:|--:|--:|\n"
        "| 1 | a\\|b | pass | 0 | 1 | 2 | 3 | 0 |\n"
        "| 2 | c | **error**: o.txt: no such file | – | – | – | – | – |\n");
}

TEST_CASE("batch formats: SARIF runs merge into one run with re-indexed rules and artifacts",
          "[batch][format]") {
  const auto pair_run = [](const std::string& rule, const std::string& uri) {
    return nlohmann::ordered_json{
        {"tool",
         {{"driver", {{"name", "driftcheck"}, {"rules", {{{"id", "x"}}, {{"id", rule}}}}}}}},
        {"artifacts", {{{"location", {{"uri", uri}}}}}},
        {"results",
         {{{"ruleId", rule},
           {"ruleIndex", 1},
           {"locations",
            {{{"physicalLocation", {{"artifactLocation", {{"uri", uri}, {"index", 0}}}}}}}}}}}};
  };
  const nlohmann::json merged = nlohmann::json::parse(
      merge_sarif({with_run(0, "a", pair_run("omission", "a.txt")), broken(1, "b"),
                   with_run(2, "c", pair_run("entity", "c.txt"))}));
  CHECK(merged["version"] == "2.1.0");
  REQUIRE(merged["runs"].size() == 1);
  const nlohmann::json& run = merged["runs"][0];
  REQUIRE(run["tool"]["driver"]["rules"].size() == 3);  // x, omission, entity
  REQUIRE(run["results"].size() == 2);
  CHECK(run["results"][1]["ruleId"] == "entity");
  CHECK(run["results"][1]["ruleIndex"] == 2);
  CHECK(run["tool"]["driver"]["rules"][2]["id"] == "entity");
  CHECK(run["results"][1]["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == 1);
  CHECK(run["artifacts"][1]["location"]["uri"] == "c.txt");
  CHECK(run["invocations"][0]["executionSuccessful"] == false);
  CHECK(run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] ==
        "b: o.txt: no such file");
}

TEST_CASE("batch formats: JUnit suites are gathered under one testsuites with the totals",
          "[batch][format]") {
  const std::string xml = merge_junit(
      {with_suite(0, "a", {2, 1, 0, "<testsuite name=\"a\"><testcase name=\"F1\"/></testsuite>"}),
       broken(1, "b&c"),
       with_suite(2, "d", {0, 0, 0, "<testsuite name=\"d\"><testcase name=\"F1\"/></testsuite>"})});
  CHECK(xml ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"driftcheck\" tests=\"3\" failures=\"1\" errors=\"1\">\n"
        "<testsuite name=\"a\"><testcase name=\"F1\"/></testsuite>\n"
        "<testsuite name=\"b&amp;c\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
        "  <testcase name=\"b&amp;c\" classname=\"driftcheck\">\n"
        "    <error message=\"o.txt: no such file\"/>\n  </testcase>\n</testsuite>\n"
        "<testsuite name=\"d\"><testcase name=\"F1\"/></testsuite>\n"
        "</testsuites>\n");
}

namespace {

// A pair's SARIF run: one original, one rendition, `results` results of `level` each.
nlohmann::ordered_json pair_sarif(const std::string& original, const std::string& rendition,
                                  int results, const std::string& level = "error") {
  nlohmann::ordered_json run;
  run["tool"]["driver"] = {{"name", "driftcheck"}, {"rules", {{{"id", "entity"}}}}};
  run["artifacts"] = {{{"location", {{"uri", original}}}}, {{"location", {{"uri", rendition}}}}};
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = nlohmann::json::array();
  for (int i = 0; i < results; ++i)
    run["results"].push_back(
        {{"ruleId", "entity"},
         {"ruleIndex", 0},
         {"level", level},
         {"message", {{"text", rendition + " " + std::to_string(i)}}},
         {"locations",
          {{{"physicalLocation", {{"artifactLocation", {{"uri", rendition}, {"index", 1}}}}}}}},
         {"relatedLocations",
          {{{"physicalLocation", {{"artifactLocation", {{"uri", original}, {"index", 0}}}}}}}}});
  return run;
}

}  // namespace

TEST_CASE("batch formats: one original with several renditions is one SARIF artifact",
          "[batch][format]") {
  const nlohmann::json merged =
      nlohmann::json::parse(merge_sarif({with_run(0, "de", pair_sarif("en.txt", "de.txt", 1)),
                                         with_run(1, "fr", pair_sarif("en.txt", "fr.txt", 1)),
                                         with_run(2, "ru", pair_sarif("en.txt", "ru.txt", 1))}));
  CHECK(merged["$schema"] ==
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
        "sarif-schema-2.1.0.json");
  const nlohmann::json& run = merged["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  REQUIRE(run["artifacts"].size() == 4);  // en, de, fr, ru
  CHECK(run["artifacts"][0]["location"]["uri"] == "en.txt");
  CHECK(run["artifacts"][3]["location"]["uri"] == "ru.txt");
  REQUIRE(run["results"].size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    const nlohmann::json& r = run["results"][i];
    const size_t at = r["locations"][0]["physicalLocation"]["artifactLocation"]["index"];
    const size_t related =
        r["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["index"];
    CHECK(run["artifacts"][at]["location"]["uri"] ==
          r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]);
    CHECK(related == 0);
  }
  CHECK(run["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("batch formats: merged SARIF keeps the most severe results within the run limit",
          "[batch][format]") {
  const nlohmann::json merged = nlohmann::json::parse(
      merge_sarif({with_run(0, "a", pair_sarif("a.txt", "a2.txt", 5, "note")),
                   with_run(1, "b", pair_sarif("b.txt", "b2.txt", 3, "error")),
                   with_run(2, "c", pair_sarif("c.txt", "c2.txt", 2, "warning"))},
                  6));
  const nlohmann::json& run = merged["runs"][0];
  REQUIRE(run["results"].size() == 6);
  CHECK(run["results"][0]["level"] == "error");
  CHECK(run["results"][2]["level"] == "error");
  CHECK(run["results"][3]["level"] == "warning");
  CHECK(run["results"][5]["level"] == "note");
  CHECK(run["results"][5]["message"]["text"] == "a2.txt 0");  // notes kept in pair order
  const std::string notice =
      run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"];
  CHECK(notice.find("4 results of the lowest severities were left out") == 0);
  CHECK(run["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("batch formats: markdown rows show hostile ids and errors as plain text",
          "[batch][format]") {
  PairOutcome gone = broken(1, kHostileId + "\r\n# two");
  gone.error = "caf\xE9/\xC0\xAF.txt: no such file | " + kHostileId;
  const std::string md =
      render_batch_markdown({outcome(0, kHostileId + " \xFF"), gone, outcome(2, "plain", false)});
  INFO(md);
  CHECK(test::live_markdown(md).empty());
  CHECK(test::valid_utf8(md));
  std::istringstream lines(md);
  std::string line;
  int rows = 0;
  while (std::getline(lines, line)) {
    INFO(line);
    CHECK(test::markdown_cell_separators(line) == 9);  // 8 cells, every row
    ++rows;
  }
  CHECK(rows == 2 + 3);  // header, rule, one row per pair
  CHECK(md.find("| 3 | plain | pass |") != std::string::npos);
}

TEST_CASE("batch formats: merged JUnit is valid UTF-8 whatever bytes ids and errors hold",
          "[batch][format]") {
  PairOutcome gone = broken(0, "caf\xE9 \xC0\xAF\x01");
  gone.error = "corpora/\xFF\xFE/o.txt: no such file \x1b\xEF\xBF\xBF";
  const std::string xml = merge_junit({gone});
  CHECK(test::valid_utf8(xml));
  CHECK(test::xml_forbidden_chars(xml) == 0);
  CHECK(xml.find("<testsuite name=\"caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\"") !=
        std::string::npos);
}
