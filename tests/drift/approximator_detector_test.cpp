#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("approximator: one class in other words is not flagged", "[drift][approximator]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The trip took around three hours.", "The trip took about three hours."},
      {"The trip took roughly three hours.", "The trip took approximately three hours."},
      {"More than 500 people attended.", "Over 500 people attended."},
  }));
  CAPTURE(a, b);
  const Checked c = check_pair(a, b);
  REQUIRE(c.max_severity(Category::approximator) < kMinor);
  REQUIRE(c.max_severity() < kMinor);
}

TEST_CASE("approximator and quantifier: a change of class is flagged",
          "[drift][approximator][quantifier]") {
  REQUIRE(check_pair("The work took about a year.", "The work took almost a year.")
              .flagged(Severity::minor));
  REQUIRE(check_pair("Argentina failed to pay the interest.",
                     "Argentina almost failed to pay the interest.")
              .flagged(Severity::major));
  REQUIRE(check_pair("Some residents left the town.", "All residents left the town.")
              .max_severity(Category::quantifier) >= kMinor);
}

TEST_CASE("quantifier: 'both' before a pair joined by 'and' counts nothing new",
          "[drift][quantifier]") {
  REQUIRE(check_pair("The club will play on Friday and Sunday this month.",
                     "The club will play on both Friday and Sunday this month.")
              .max_severity() < kMinor);
  // Control: "both" standing for the pair is still a quantifier.
  REQUIRE(check_pair("The club will play the matches this month.",
                     "The club will play both matches this month.")
              .max_severity(Category::quantifier) >= kMinor);
}

TEST_CASE("quantifier: 'several dozen' is dozens, a number, not a quantifier dropped",
          "[drift][quantifier]") {
  REQUIRE(check_pair("Several dozen protesters gathered outside the court.",
                     "Dozens of protesters gathered outside the court.")
              .max_severity() < kMinor);
  // Control: another scale is another number.
  REQUIRE(check_pair("Several dozen protesters gathered outside the court.",
                     "Several hundred protesters gathered outside the court.")
              .flagged(Severity::major));
}

TEST_CASE("approximator: 'more than' and 'or above' differ only at the figure",
          "[drift][approximator]") {
  const Checked same_side = check_pair("It requires a height of more than 170 cm.",
                                       "It requires a height of 170 cm or above.");
  CHECK(same_side.max_severity(Category::approximator) < kMajor);
  // The control: a bound turned round is still critical.
  const Checked reversed = check_pair("It requires a height of more than 170 cm.",
                                      "It requires a height of 170 cm or less.");
  CHECK(reversed.max_severity(Category::approximator) == static_cast<int>(Severity::critical));
}

TEST_CASE("approximator: 'close to' and 'up to' bound only a number", "[drift][approximator]") {
  // "close to fans" is a place, not a figure made approximate.
  CHECK(check_pair("The stadium will reopen to fans in August.",
                   "The stadium will open close to fans in August.")
            .max_severity(Category::approximator) < kMinor);
  CHECK(check_pair("The strike cost 500 jobs.", "The strike cost close to 500 jobs.")
            .max_severity(Category::approximator) >= kMinor);
  CHECK(check_pair("The strike cost half the jobs.", "The strike cost close to half the jobs.")
            .max_severity(Category::approximator) >= kMinor);
}
