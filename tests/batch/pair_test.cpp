#include "batch/pair.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "text/segment.h"

using namespace driftcheck;

namespace {

BatchPair pair_named(std::string id) {
  BatchPair p;
  p.id = std::move(id);
  p.original = "o.txt";
  p.rendition = "r.txt";
  p.index = 4;
  return p;
}

DocumentLoader texts(std::string original, std::string rendition) {
  return [=](const std::string& path, PairSide) -> Result<Document> {
    Document d = segment_text(path == "o.txt" ? original : rendition, SegmentOptions{"en"});
    d.path = path;
    return d;
  };
}

}  // namespace

TEST_CASE("records: a report is one line with the pair first", "[batch]") {
  const std::string record =
      report_record(pair_named("p\"1"), nlohmann::ordered_json{{"schema", "s"}}, 2);
  CHECK(record ==
        "{\"pair\":{\"id\":\"p\\\"1\",\"index\":4,\"original\":\"o.txt\",\"rendition\":\"r.txt\"},"
        "\"baselined\":2,\"schema\":\"s\"}");
  CHECK(error_record(pair_named("x"), "o.txt: no such file") ==
        "{\"pair\":{\"id\":\"x\",\"index\":4,\"original\":\"o.txt\",\"rendition\":\"r.txt\"},"
        "\"error\":\"o.txt: no such file\"}");
}

TEST_CASE("records: the report's members follow the pair as one merged object's would", "[batch]") {
  const BatchPair pair = pair_named("p");
  const auto merged = [&](nlohmann::ordered_json report, int baselined) {
    nlohmann::ordered_json record;
    record["pair"] = {{"id", "p"}, {"index", 4}, {"original", "o.txt"}, {"rendition", "r.txt"}};
    record["baselined"] = baselined;
    for (auto& [key, value] : report.items()) record[key] = value;
    return record.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  };
  const nlohmann::ordered_json report = {
      {"schema", "s"},
      {"findings", {{{"message", "\u201cfired\u201d \xff became \"produced\""}, {"score", 0.25}}}},
      {"summary", {{"counts", {0, 1, 2, 3}}, {"empty", nlohmann::ordered_json::object()}}}};
  CHECK(report_record(pair, report, -3) == merged(report, -3));
  // A report that names a record's own key keeps it where the pair's record has it.
  const nlohmann::ordered_json naming = {{"schema", "s"}, {"baselined", 9}};
  CHECK(report_record(pair, naming, 1) == merged(naming, 1));
  CHECK(report_record(pair, nlohmann::ordered_json::object(), 0) ==
        merged(nlohmann::ordered_json::object(), 0));
}

TEST_CASE("check_pair: a checked pair's record is its JSON report", "[batch]") {
  PairSettings settings;
  settings.report_format = "text";
  const PairOutcome out =
      check_pair(pair_named("p"),
                 texts("Production began in March.\n\nCNN has been unable to verify this.\n",
                       "Production began in March.\n"),
                 settings);
  REQUIRE(out.error.empty());
  CHECK(out.record.find('\n') == std::string::npos);
  const nlohmann::json j = nlohmann::json::parse(out.record);
  CHECK(j["pair"]["id"] == "p");
  CHECK(j["schema"] == "driftcheck.report/1");
  CHECK(j["summary"]["verdict"] == (out.summary.failed ? "fail" : "pass"));
  CHECK_FALSE(out.report.empty());
  CHECK_FALSE(out.sarif_run.has_value());
  CHECK_FALSE(out.review.has_value());
}

TEST_CASE("check_pair: a combined format gets the pair's part as a value, not as text", "[batch]") {
  const DocumentLoader load =
      texts("Production began in March.\n\nCNN has been unable to verify this.\n",
            "Production began in March.\n");
  PairSettings sarif;
  sarif.report_format = "sarif";
  const PairOutcome s = check_pair(pair_named("p"), load, sarif);
  REQUIRE(s.sarif_run.has_value());
  CHECK(s.report.empty());
  CHECK((*s.sarif_run)["artifacts"][0]["location"]["uri"] == "o.txt");
  // SARIF lists from minor up by default: the omission (major) is there.
  const auto& counts = s.summary.counts;
  CHECK((*s.sarif_run)["results"].size() == static_cast<size_t>(counts[1] + counts[2] + counts[3]));
  PairSettings junit;
  junit.report_format = "junit";
  const PairOutcome j = check_pair(pair_named("p"), load, junit);
  REQUIRE(j.junit_suite.has_value());
  CHECK(j.junit_suite->element.rfind("<testsuite name=\"r.txt against o.txt\"", 0) == 0);
  CHECK(j.junit_suite->failures == 1);
  CHECK(j.report.empty());
}

TEST_CASE("check_pair: unreadable files and exceptions become error records", "[batch]") {
  const DocumentLoader missing = [](const std::string& path, PairSide) -> Result<Document> {
    Error e;
    e.file = path;
    e.cause = "no such file\nreally";
    return e;
  };
  const PairOutcome a = check_pair(pair_named("a"), missing, PairSettings{});
  CHECK(a.error == "o.txt: no such file really");
  CHECK(nlohmann::json::parse(a.record)["error"] == a.error);

  const DocumentLoader throws = [](const std::string&, PairSide) -> Result<Document> {
    throw std::runtime_error("out of memory");
  };
  const PairOutcome b = check_pair(pair_named("b"), throws, PairSettings{});
  CHECK(b.error == "o.txt: internal error: out of memory");
}
