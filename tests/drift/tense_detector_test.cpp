#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("tense: a changed tense in a copied sentence is major", "[drift][tense]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The ministry announced the plan on Friday.", "The ministry announces the plan on Friday."},
      {"The tower is the tallest in the region.", "The tower was the tallest in the region."},
      {"The workers are unable to return.", "The workers will be unable to return."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).flagged(Severity::major));
}

TEST_CASE("tense: number agreement is not a tense change", "[drift][tense]") {
  REQUIRE(
      check_pair("The group describes itself as neutral.", "The group describe itself as neutral.")
          .max_severity() < kMinor);
}
