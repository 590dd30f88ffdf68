// --min-severity trims what a report lists; it never changes the counts or the exit status,
// which --fail-on alone decides.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/process.h"

namespace {

using namespace cli_test;

const fs::path kFlagship = fs::path(DRIFTCHECK_SOURCE_DIR) / "corpora" / "cnn-alabuga";

size_t count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("min severity: the text report lists from the level up, counts and exit unchanged",
          "[cli][report]") {
  Scratch s;
  const std::string o = kFlagship / "original.txt";
  const std::string r = kFlagship / "rendition.txt";
  const Outcome all = run({"check", o, r, "--no-color"}, s);
  const Outcome major = run({"check", o, r, "--no-color", "--min-severity", "major"}, s);
  REQUIRE(all.exit_code == 1);
  CHECK(major.exit_code == 1);
  // The first line (verdict and counts) is the same; the listing is not.
  CHECK(all.out.substr(0, all.out.find('\n')) == major.out.substr(0, major.out.find('\n')));
  CHECK(all.out.find("\nINFO (") != std::string::npos);
  CHECK(major.out.find("\nINFO (") == std::string::npos);
  CHECK(major.out.find("\nMINOR (") == std::string::npos);
  CHECK(major.out.find("\nMAJOR (") != std::string::npos);
  CHECK(major.out.find("findings below major not shown") != std::string::npos);
  CHECK(major.out.size() * 3 < all.out.size());
  // Even with nothing listed, the gate still fails on what it counted.
  const Outcome none =
      run({"check", o, r, "--no-color", "--min-severity", "critical", "--fail-on", "minor"}, s);
  CHECK(none.exit_code == 1);
}

TEST_CASE("min severity: SARIF leaves notes out by default, JSON says what it hid",
          "[cli][report][sarif]") {
  Scratch s;
  const std::string o = kFlagship / "original.txt";
  const std::string r = kFlagship / "rendition.txt";
  const auto sarif = nlohmann::json::parse(run({"check", o, r, "--format", "sarif"}, s).out);
  const auto every = nlohmann::json::parse(
      run({"check", o, r, "--format", "sarif", "--min-severity", "info"}, s).out);
  size_t notes = 0;
  for (const auto& result : sarif["runs"][0]["results"]) notes += result["level"] == "note";
  CHECK(notes == 0);
  CHECK(every["runs"][0]["results"].size() > sarif["runs"][0]["results"].size());

  const auto json = nlohmann::json::parse(
      run({"check", o, r, "--format", "json", "--min-severity", "minor"}, s).out);
  const int info = json["summary"]["counts"]["info"];
  CHECK(info > 0);
  CHECK(json["summary"]["hidden"] == info);
  CHECK(json["summary"]["min_severity"] == "minor");
  for (const auto& f : json["findings"]) CHECK(f["severity"] != "info");
}

TEST_CASE("min severity: batch SARIF has no notes by default", "[cli][batch][sarif]") {
  Scratch s;
  s.write("pairs.tsv", (kFlagship / "original.txt").string() + "\t" +
                           (kFlagship / "rendition.txt").string() + "\tflagship\n");
  const Outcome out = run({"batch", (s.dir / "pairs.tsv").string(), "--format", "sarif",
                           "--allow-outside", "--no-progress"},
                          s);
  REQUIRE(out.exit_code == 1);
  CHECK(count(out.out, "\"level\": \"note\"") == 0);
  CHECK(count(out.out, "\"level\": \"error\"") > 0);
  const Outcome every = run({"batch", (s.dir / "pairs.tsv").string(), "--format", "sarif",
                             "--allow-outside", "--no-progress", "--min-severity", "info"},
                            s);
  CHECK(count(every.out, "\"level\": \"note\"") > 0);
}
