#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("number: the same amount in another form is not flagged", "[drift][number]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The ticket cost 300,000 US dollars in total.", "The ticket cost $300,000 in total."},
      {"About 6,000 people marched on Sunday.", "About 6000 people marched on Sunday."},
      {"The fair drew 4,500 visitors.", "The fair drew 4,500 visitors."},
      {"The fair drew 4500 visitors on July 3.", "The fair drew 4500 visitors on 3 July."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity() < kMinor);
}

TEST_CASE("number: a changed value or date is critical", "[drift][number][date]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The fair drew 4,500 visitors.", "The fair drew 4,800 visitors."},
      {"The ferry carried 40 passengers.", "The ferry carried 14 passengers."},
      {"The vote is due on July 3.", "The vote is due on July 4."},
      {"More than 500 people attended.", "Less than 500 people attended."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity() == static_cast<int>(Severity::critical));
}
