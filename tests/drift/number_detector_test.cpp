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

TEST_CASE("date: an abbreviated weekday is the same day, 'the Sun' is no day", "[drift][date]") {
  CHECK(check_pair("Voting may close as early as the 28th (Thu).",
                   "Voting may close as early as Thursday, the 28th.")
            .max_severity() < kMinor);
  CHECK(check_pair("Voting may close as early as the 28th (Thu).",
                   "Voting may close as early as Friday, the 28th.")
            .max_severity(Category::date) >= kMajor);
  CHECK(check_pair("The planets move around the Sun.", "the planets revolve around the sun.")
            .max_severity() < kMajor);
}

TEST_CASE("number: an ordinal dropped while the same word stays elsewhere is still dropped",
          "[drift][number]") {
  CHECK(check_pair("The first ferry left at noon and the crew crossed for the first time.",
                   "The ferry left at noon and the crew crossed for the first time.")
            .flagged(Severity::major));
  CHECK(check_pair("The first ferry left at noon and the crew crossed for the first time.",
                   "The first ferry left at noon and the crew crossed for the first time.")
            .max_severity() < kMinor);
}

TEST_CASE("number: a figure glued to its label is the same figure", "[drift][number]") {
  CHECK(check_pair("See the table (Smith, 1999, p. 109) for details.",
                   "See the table (Smith, 1999, p109) for details.")
            .max_severity() < kMinor);
}

TEST_CASE("date: a year still written as a number is not dropped", "[drift][date]") {
  REQUIRE(check_pair("It is the worst crisis since the 1979 revolution ended the monarchy.",
                     "It is the worst crisis since a 1979 revolution that ended the monarchy.")
              .max_severity(Category::date) < kMajor);
  REQUIRE(check_pair("It is the worst crisis since the 1979 revolution ended the monarchy.",
                     "It is the worst crisis since the revolution ended the monarchy.")
              .max_severity(Category::date) >= kMajor);
}
