#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("modality: hedges of the same strength are not flagged", "[drift][modality]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The storm may reach the coast tonight.", "The storm could reach the coast tonight."},
      {"The minister apparently resigned.", "The minister seemingly resigned."},
      {"The storm may reach the coast tonight.", "The storm may reach the coast tonight."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::modality) < kMinor);
}

TEST_CASE("modality: a hedge dropped is major, would -> will is at least minor",
          "[drift][modality]") {
  REQUIRE(
      check_pair("The suspect reportedly fled to the border.", "The suspect fled to the border.")
          .max_severity(Category::modality) >= kMajor);
  REQUIRE(check_pair("The company seemed to accept the offer.", "The company accepted the offer.")
              .max_severity(Category::modality) >= kMajor);
  REQUIRE(check_pair("The new road would cut travel times by half.",
                     "The new road will cut travel times by half.")
              .max_severity(Category::modality) >= kMinor);
}

TEST_CASE("modality: in a sentence otherwise kept, a modality change is major",
          "[drift][modality]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"Visitors must show a ticket at the gate.", "Visitors may show a ticket at the gate."},
      {"The city will build a new bridge over the river.",
       "The city built a new bridge over the river."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).flagged(Severity::major));
}

TEST_CASE("modality: one modal for another in a free rendition is not major", "[drift][modality]") {
  const Checked c = check_pair(
      "The two compounds react with each other to form crystals that may block the filter, "
      "engineers at the plant said.",
      "Plant engineers said that both compounds interact to form crystals that can clog the "
      "filter.");
  REQUIRE(c.max_severity(Category::modality) < kMajor);
}

TEST_CASE("modality: hedges of equal strength that are opposites are an antonym",
          "[drift][modality][antonym]") {
  REQUIRE(check_pair("A deal before the summit is unlikely, officials said.",
                     "A deal before the summit is likely, officials said.")
              .max_severity(Category::antonym) == static_cast<int>(Severity::critical));
  // Control: a hedge of the same sense stays quiet.
  REQUIRE(check_pair("A deal before the summit is unlikely, officials said.",
                     "A deal before the summit is probably off, officials said.")
              .max_severity(Category::antonym) < 0);
}
