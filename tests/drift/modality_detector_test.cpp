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

TEST_CASE("modality: a statement turned into a question is major", "[drift][modality]") {
  REQUIRE(check_pair("The library is open on Sundays.", "Is the library open on Sundays?")
              .max_severity(Category::modality) >= kMajor);
}
