#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("attribution: a neutral verb for another is not flagged", "[drift][attribution]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The police said the road was closed.", "The police stated the road was closed."},
      {"The police said the road was closed.", "The police reported the road was closed."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::attribution) < kMinor);
}

TEST_CASE("attribution: a dropped source turns a claim into fact", "[drift][attribution]") {
  REQUIRE(check_pair("The union said the plant will close in May.", "The plant will close in May.")
              .max_severity() >= kMajor);
}

TEST_CASE("attribution: argued -> claimed changes the stance", "[drift][attribution]") {
  REQUIRE(check_pair("The lawyer argued the contract was void.",
                     "The lawyer claimed the contract was void.")
              .max_severity(Category::attribution) >= kMinor);
}
