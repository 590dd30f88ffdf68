#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("comparative: a comparative dropped from a list is a minor omission",
          "[drift][comparative]") {
  auto c = check_pair("New hulls make the boats lighter and faster to launch from the beach.",
                      "New hulls make the boats quicker to launch from the beach.");
  REQUIRE(c.max_severity(Category::omission) >= kMinor);
  REQUIRE(check_pair("New hulls make the boats lighter and faster to launch from the beach.",
                     "New hulls make the boats lighter and quicker to launch from the beach.")
              .max_severity(Category::omission) < kMinor);
}
