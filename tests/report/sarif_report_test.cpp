#include "report/sarif_report.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/report_fixture.h"
#include "report/text_checks.h"

namespace driftcheck {
namespace {

using nlohmann::json;

TEST_CASE("sarif: a 2.1.0 log with one rule per category", "[report][sarif]") {
  const CheckResult r = test::sample_result();
  const json log = json::parse(render_sarif_report(r));
  CHECK(log.at("version") == "2.1.0");
  CHECK(log.at("$schema").get<std::string>().find("sarif-schema-2.1.0.json") != std::string::npos);
  REQUIRE(log.at("runs").size() == 1);
  const json& run = log["runs"][0];
  const json& driver = run.at("tool").at("driver");
  CHECK(driver.at("name") == "driftcheck");
  CHECK(driver.at("version").is_string());
  REQUIRE(driver.at("rules").size() == 16);
  for (size_t i = 0; i < 16; ++i) {
    CHECK(driver["rules"][i].at("id") == to_string(static_cast<Category>(i)));
    CHECK_FALSE(driver["rules"][i].at("shortDescription").at("text").get<std::string>().empty());
  }
  CHECK(run.at("columnKind") == "unicodeCodePoints");
  const json& results = run.at("results");
  REQUIRE(results.size() == r.findings.size());
  for (const json& res : results) {
    const int index = res.at("ruleIndex");
    CHECK(driver["rules"][static_cast<size_t>(index)]["id"] == res.at("ruleId"));
    CHECK(res.at("message").at("text").is_string());
  }
}

TEST_CASE("sarif: severities map to levels", "[report][sarif]") {
  CHECK(std::string(sarif_level(Severity::critical)) == "error");
  CHECK(std::string(sarif_level(Severity::major)) == "error");
  CHECK(std::string(sarif_level(Severity::minor)) == "warning");
  CHECK(std::string(sarif_level(Severity::info)) == "note");
}

TEST_CASE("sarif: results sit at the rendition's line and column; omissions at the original's",
          "[report][sarif]") {
  const CheckResult r = test::sample_result();
  const json results = json::parse(render_sarif_report(r))["runs"][0]["results"];
  const json& sub = results[0]["locations"][0]["physicalLocation"];
  CHECK(sub["artifactLocation"]["uri"] == "corpora/a/rendition.txt");
  CHECK(sub["region"]["startLine"] == 2);
  CHECK(sub["region"]["startColumn"] == 14);
  CHECK(sub["region"]["endColumn"] == 26);
  CHECK(sub["region"]["snippet"]["text"] == "'ve produced");
  CHECK(results[0]["level"] == "error");
  CHECK(results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "corpora/a/original.txt");
  const json& omission = results[1]["locations"][0]["physicalLocation"];
  CHECK(omission["artifactLocation"]["uri"] == "corpora/a/original.txt");
  CHECK(omission["region"]["startLine"] == 3);
  CHECK(omission["region"]["startColumn"] == 1);
  CHECK(results[2]["level"] == "note");
}

TEST_CASE("sarif: columns count code points, not bytes", "[report][sarif]") {
  const CheckResult r = test::hostile_result();
  const json results = json::parse(render_sarif_report(r))["runs"][0]["results"];
  const json& region = results[0]["locations"][0]["physicalLocation"]["region"];
  CHECK(region["startLine"] == 1);
  CHECK(region["startColumn"] == 18);  // after "Ünïcødé “quotes” " (17 code points, 24 bytes)
  CHECK(region["endColumn"] == 23);
  CHECK(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "rend%3Cscript%3E.txt");
}

TEST_CASE("sarif: artifact URIs", "[report][sarif]") {
  CHECK(sarif_uri("a/b c.txt") == "a/b%20c.txt");
  CHECK(sarif_uri("/abs/é.txt") == "file:///abs/%C3%A9.txt");
}

TEST_CASE("sarif: messages and paths with bytes that are not UTF-8 give valid JSON",
          "[report][sarif]") {
  CheckResult r = test::sample_result();
  r.rendition.path = "caf\xE9/rendition.txt";
  r.findings[0].message += " \xC0\xAF";
  const std::string text = render_sarif_report(r);
  CHECK(test::valid_utf8(text));
  CHECK_NOTHROW(nlohmann::json::parse(text));
}

}  // namespace
}  // namespace driftcheck
