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
      {"Talks were held in Kyiv on Friday.", "Talks were held in Kiev on Friday."},
      {"Crowds gathered in Kharkiv.", "Crowds gathered in Kharkov."},
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
      // Another place, not another spelling of the same one.
      {"Talks were held in Kyiv on Friday.", "Talks were held in Kharkiv on Friday."},
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

TEST_CASE("entity: a neuter pronoun turned gendered is minor", "[drift][entity]") {
  auto c = check_pair("The agency said its budget would grow.",
                      "The agency said his budget would grow.");
  REQUIRE(c.max_severity(Category::entity) == kMinor);
  REQUIRE(check_pair("The agency said its budget would grow.",
                     "The agency said its budgets would grow.")
              .max_severity(Category::entity) < kMinor);
}

TEST_CASE("entity: a name rendered as a look-alike common word is minor", "[drift][entity]") {
  REQUIRE(check_pair("The army fired Bulav missiles at the port.",
                     "The army fired Bulavas missiles at the port.")
              .max_severity(Category::entity) < kMinor);
  REQUIRE(check_pair("The crew flew Petun drones over the port.",
                     "The crew flew Petunias drones over the port.")
              .max_severity(Category::entity) == kMinor);
}

TEST_CASE("entity: a name both texts use standing in for another is minor", "[drift][entity]") {
  // Paris and France both appear in both texts; one stands in for the other.
  auto c = check_pair(
      "Paris is the capital of France. Officials in France and Paris met. The plan came from "
      "Paris after long talks with unions and several weeks of strikes across the region.",
      "Paris is the capital of France. Officials in France and Paris met. The plan came from "
      "France's cabinet after long talks with unions and weeks of strikes across the region.");
  REQUIRE(c.max_severity(Category::entity) < kMajor);
  REQUIRE(check_pair("The talks were held in Geneva last week.",
                     "The talks were held in Vienna last week.")
              .max_severity(Category::entity) >= kMajor);
}

TEST_CASE("entity: a near-miss name is another name", "[drift][entity]") {
  SECTION("two places WordNet knows apart, however close their letters: major") {
    auto [a, b] = GENERATE(table<const char*, const char*>({
        {"The delegation flew to Slovakia on Monday.",
         "The delegation flew to Slovenia on Monday."},
        {"The delegation flew to Austria on Monday.",
         "The delegation flew to Australia on Monday."},
        {"The delegation flew to Sudan on Monday.", "The delegation flew to Sedan on Monday."},
    }));
    CAPTURE(a, b);
    REQUIRE(check_pair(a, b).max_severity(Category::entity) >= kMajor);
  }
  SECTION("a respelled surname in an otherwise kept sentence: major") {
    REQUIRE(check_pair("The report was written by Helen Smith in the spring.",
                       "The report was written by Helen Smyth in the spring.")
                .max_severity(Category::entity) >= kMajor);
  }
  SECTION("control: a demonym, a doubled letter, a swapped pair are the same name") {
    auto [a, b] = GENERATE(table<const char*, const char*>({
        {"Talks with Iran resumed in the spring.", "Iranian talks resumed in the spring."},
        {"The essay was written by Bertrand Russel in the spring.",
         "The essay was written by Bertrand Russell in the spring."},
        {"The delegation flew to Pennsylvania on Monday.",
         "The delegation flew to Pennyslvania on Monday."},
    }));
    CAPTURE(a, b);
    REQUIRE(check_pair(a, b).max_severity(Category::entity) < kMajor);
  }
}

TEST_CASE("entity: a name's common words translated by their synonyms is the same name",
          "[drift][entity]") {
  REQUIRE(check_pair("The Electoral Commission released a discussion paper last week.",
                     "The Election Commission released a discussion paper last week.")
              .max_severity(Category::entity) < kMajor);
  // Control: two places, both common-word lemmas in WordNet, stay different.
  REQUIRE(check_pair("The talks were held in Geneva last week.",
                     "The talks were held in Vienna last week.")
              .max_severity(Category::entity) >= kMajor);
}

TEST_CASE("entity: a proper name dropped from a free rendition is major, a common word minor",
          "[drift][entity]") {
  SECTION("a place WordNet knows but the thesaurus does not: a proper name") {
    REQUIRE(check_pair("Heavy rain caused many small rivers in Chongqing to rise, and officials "
                       "issued warnings.",
                       "The heavy rain caused lots of small rivers to swell, and the officials "
                       "have issued warnings.")
                .max_severity(Category::entity) >= kMajor);
  }
  SECTION("control: a capitalised common word reworded") {
    REQUIRE(check_pair("Atoms are so small that trillions would fit on the surface of the Earth "
                       "in one small spot.",
                       "Atoms are so tiny that trillions of them would fit on the surface of our "
                       "planet in a single spot.")
                .max_severity(Category::entity) < kMajor);
  }
  SECTION("control: a given name dropped before a kept surname in a free rendition") {
    REQUIRE(check_pair("The balloon incident caused further tension between the two countries, "
                       "and Secretary of State Antony Blinken canceled a trip to the region.",
                       "The balloon incident has further escalated tensions between both "
                       "nations, and Secretary of State Blinken has cancelled his visit.")
                .max_severity(Category::entity) < kMajor);
  }
}
