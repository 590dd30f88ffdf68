#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("lexical: harmless wording changes stay below minor", "[drift][lexical]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The firm manufactured the parts abroad.", "The firm produced the parts abroad."},
      {"The colour of the flag was changed.", "The color of the flag was changed."},
      {"The harbour was closed for repairs.", "The harbor was closed for repairs."},
      {"The village has a small school.", "The village has a small schol."},
      {"The village has a small school.", "The village has a small small school."},
      {"The village has a small school.", "The village has a small school"},
      {"The village has a small school.", "the village has a small school ."},
      {"Residents purchased the land in spring.", "Residents bought the land in spring."},
      {"The village has a small school.", "The village has a small school."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity() < kMinor);
}

TEST_CASE("lexical: antonyms are critical", "[drift][antonym]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"Prices rose sharply after the storm.", "Prices fell sharply after the storm."},
      {"The river level is high this week.", "The river level is low this week."},
      {"The team won the final match.", "The team lost the final match."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::antonym) == static_cast<int>(Severity::critical));
}

TEST_CASE("lexical: a changed action is a major substitution", "[drift][substitution]") {
  const Checked c = check_pair("Last year they fired many rockets at the port.",
                               "Last year they built many rockets at the port.");
  REQUIRE(c.max_severity(Category::substitution) >= kMajor);
}

TEST_CASE("lexical: content cut out of or slipped into a sentence is major",
          "[drift][omission][addition]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The museum reopened after a long renovation.", "The museum reopened after a renovation."},
      {"The museum reopened after a renovation.", "The museum reopened after a costly renovation."},
      {"Volunteers planted trees along the river.", "Volunteers trees along the river."},
      {"Volunteers planted trees along the river.", "Volunteers planted trees along the."},
      {"Volunteers planted trees along the river.", "Volunteers planted trees along the 川."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).flagged(Severity::major));
}

TEST_CASE("lexical: a dropped 'also' is not a finding", "[drift][omission]") {
  REQUIRE(check_pair("The mayor also opened the bridge.", "The mayor opened the bridge.")
              .max_severity() < kMinor);
}

TEST_CASE("lexical: a word replaced by one of another language is major (code-mixing)",
          "[drift][codemix]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The council approved the new budget on Friday.",
       "The council approved the nuevo budget on Friday."},
      {"Inspectors and engineers visited the bridge.",
       "Inspectors and ingenieros visited the bridge."},
      {"\"We will rebuild the library,\" the mayor said.",
       "\"We will rebuild the biblioteka,\" the mayor said."},
      {"The farmers sold their harvest at the market.",
       "The farmers sold their урожай at the market."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).flagged(Severity::major));
}

TEST_CASE("lexical: names, numbers and known words are not code-mixing", "[drift][codemix]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The council approved the budget on Friday.",
       "The council approved the budget on Friday in Valparaiso."},
      {"Sales rose to 300 units.", "Sales rose to 300 units."},
  }));
  CAPTURE(a, b);
  const Checked c = check_pair(a, b);
  for (const Finding& f : c.findings) CHECK(f.message.find("another language") == std::string::npos);
}
