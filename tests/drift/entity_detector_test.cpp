#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("entity: spellings of one name are not flagged", "[drift][entity]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The plane was an Ilyushin-76 cargo jet.", "The plane was an Il-76 cargo jet."},
      {"The IL-76 landed in the evening.", "The Il-76 landed in the evening."},
      {"Troops from Ukraine joined the drill.", "Ukrainian troops joined the drill."},
      {"The statement came from Medecins Sans Frontieres.",
       "The statement came from Médecins Sans Frontières."},
      {"the senator spoke to reuters.", "The senator spoke to Reuters."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::entity) < kMinor);
}

TEST_CASE("entity: a changed or dropped name is major", "[drift][entity]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The talks were held in Geneva last week.", "The talks were held in Vienna last week."},
      {"Officials in the Finance Ministry denied the report.",
       "Officials in the Defence Ministry denied the report."},
      {"Professor Okafor presented the findings to the board.",
       "Professor presented the findings to the board."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::entity) >= kMajor);
}

TEST_CASE("entity: a gendered pronoun that flips is flagged, a case form is not",
          "[drift][entity]") {
  REQUIRE(
      check_pair("The director said his team would stay.", "The director said her team would stay.")
          .max_severity(Category::entity) >= kMajor);
  REQUIRE(
      check_pair("The director said his team would stay.", "The director said him team would stay.")
          .max_severity() < kMajor);
}
