#include "report/json_report.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "report/report_fixture.h"
#include "report/text_checks.h"

namespace driftcheck {
namespace {

using nlohmann::json;

void require_sentence(const json& s) {
  REQUIRE(s.at("id").is_number_integer());
  REQUIRE(s.at("start").is_number_unsigned());
  REQUIRE(s.at("end").is_number_unsigned());
  REQUIRE(s.at("text").is_string());
  REQUIRE(s.at("zone").is_string());
  REQUIRE((s["zone"] == "body" || s["zone"] == "boilerplate"));
}

void require_document(const json& d) {
  for (const char* key : {"path", "encoding", "language"}) REQUIRE(d.at(key).is_string());
  REQUIRE(d.at("sentences").is_array());
  for (const json& s : d["sentences"]) require_sentence(s);
}

void require_span(const json& span, const json& doc) {
  REQUIRE(span.at("sentence").is_number_integer());
  REQUIRE(span.at("start").is_number_unsigned());
  REQUIRE(span.at("end").is_number_unsigned());
  REQUIRE(span.at("text").is_string());
  REQUIRE(span["start"].get<uint32_t>() <= span["end"].get<uint32_t>());
  (void)doc;
}

// Every field report-schema.md documents, with its type and its allowed values.
void require_schema(const json& j) {
  REQUIRE(j.at("schema") == "driftcheck.report/1");
  REQUIRE(j.at("tool").at("name") == "driftcheck");
  REQUIRE(j["tool"].at("version").is_string());
  require_document(j.at("original"));
  require_document(j.at("rendition"));
  REQUIRE(j.at("alignment").is_array());
  for (const json& b : j["alignment"]) {
    REQUIRE(b.at("original").is_array());
    REQUIRE(b.at("rendition").is_array());
    const std::string kind = b.at("kind");
    REQUIRE((kind == "match" || kind == "moved" || kind == "omitted" || kind == "added"));
    if (kind == "match" || kind == "moved") {
      REQUIRE(b.at("score").is_number());
      REQUIRE(b["score"].get<double>() >= 0.0);
      REQUIRE(b["score"].get<double>() <= 1.0);
    }
  }
  REQUIRE(j.at("findings").is_array());
  for (const json& f : j["findings"]) {
    REQUIRE(f.at("id").is_string());
    REQUIRE(parse_category(f.at("category").get<std::string>()).has_value());
    REQUIRE(parse_severity(f.at("severity").get<std::string>()).has_value());
    REQUIRE((f.contains("original") || f.contains("rendition")));
    if (f.contains("original")) require_span(f["original"], j["original"]);
    if (f.contains("rendition")) require_span(f["rendition"], j["rendition"]);
    REQUIRE(f.at("message").is_string());
    REQUIRE(f.at("evidence").is_object());
    for (const auto& [key, value] : f["evidence"].items()) REQUIRE(value.is_string());
  }
  const json& s = j.at("summary");
  for (const char* level : {"critical", "major", "minor", "info"})
    REQUIRE(s.at("counts").at(level).is_number_integer());
  for (const char* key : {"aligned", "omitted", "added", "moved"})
    REQUIRE(s.at(key).is_number_integer());
  REQUIRE((s.at("verdict") == "pass" || s.at("verdict") == "fail"));
  REQUIRE(s.at("fail_on").is_string());
}

std::string read_report_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_CASE("json: every field report-schema.md documents is present with its type",
          "[report][json]") {
  const CheckResult r = test::sample_result();
  const json j = json::parse(render_json_report(r, summarize(r, Severity::major)));
  require_schema(j);
  CHECK(j["findings"].size() == 6);
  CHECK(j["alignment"].size() == 6);
  CHECK(j["alignment"][1]["score"] == 0.812);  // rounded to three places
  CHECK_FALSE(j["alignment"][2].contains("score"));
  CHECK(j["alignment"][2]["kind"] == "omitted");
  CHECK(j["original"]["sentences"][5]["zone"] == "boilerplate");
  CHECK(j["findings"][0]["evidence"]["wordnet"] == "no shared synset");
  CHECK(j["findings"][0]["bead"] == 1);
  CHECK(j["summary"]["counts"]["critical"] == 1);
  CHECK(j["summary"]["counts"]["major"] == 3);
  CHECK(j["summary"]["verdict"] == "fail");
  CHECK(j["summary"]["fail_on"] == "major");
}

TEST_CASE("json: span offsets are code points and text repeats the covered text",
          "[report][json]") {
  const CheckResult r = test::hostile_result();
  const json j = json::parse(render_json_report(r, summarize(r, std::nullopt)));
  require_schema(j);
  const json& f = j["findings"][0];
  CHECK(f["original"]["text"] == "日本語 😀");
  // "Ünïcødé “quotes” " is 17 code points (but 24 bytes).
  CHECK(f["original"]["start"] == 17);
  CHECK(f["original"]["end"] == 22);
  CHECK(j["summary"]["verdict"] == "pass");
  CHECK(j["summary"]["fail_on"] == "never");
}

TEST_CASE("json: same input, same bytes", "[report][json]") {
  const CheckResult a = test::sample_result();
  const CheckResult b = test::sample_result();
  CHECK(render_json_report(a, summarize(a, Severity::major)) ==
        render_json_report(b, summarize(b, Severity::major)));
}

TEST_CASE("json: the CLI writes byte-identical reports of the flagship pair", "[report][json]") {
  const std::string dir = DRIFTCHECK_SOURCE_DIR "/corpora/cnn-alabuga/";
  const std::string out = std::string(DRIFTCHECK_BINARY) + ".json-test";
  for (int run = 0; run < 2; ++run) {
    const std::string cmd = std::string("'") + DRIFTCHECK_BINARY + "' check '" + dir +
                            "original.txt' '" + dir + "rendition.txt' --format json -o '" + out +
                            std::to_string(run) + "'";
    const int status = std::system(cmd.c_str());
    REQUIRE(status != -1);
    REQUIRE(WEXITSTATUS(status) <= 1);  // 0 pass, 1 findings at or above --fail-on
  }
  const std::string first = read_report_file(out + "0");
  CHECK(first == read_report_file(out + "1"));
  require_schema(json::parse(first));
  std::remove((out + "0").c_str());
  std::remove((out + "1").c_str());
}

TEST_CASE("json: paths with bytes that are not UTF-8 give valid JSON with U+FFFD",
          "[report][json]") {
  CheckResult r = test::sample_result();
  r.original.path = "caf\xE9/original.txt";
  const std::string text = render_json_report(r, summarize(r, Severity::major));
  CHECK(test::valid_utf8(text));
  CHECK(json::parse(text)["original"]["path"] == "caf\xEF\xBF\xBD/original.txt");
}

}  // namespace
}  // namespace driftcheck
