#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("tense: a changed tense in a copied sentence is major", "[drift][tense]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The ministry announced the plan on Friday.", "The ministry announces the plan on Friday."},
      {"The tower is the tallest in the region.", "The tower was the tallest in the region."},
      {"The workers are unable to return.", "The workers will be unable to return."},
      {"The coach spoke of a painful defeat.", "The coach speaks of a painful defeat."},
      {"Thousands went to the square.", "Thousands go to the square."},
      // "found" is also a verb of its own ("to found"); beside "find" it is find's past.
      {"Investigators found that the wiring had failed.",
       "Investigators find that the wiring had failed."},
      // A plan told as done, and what was done told as a plan.
      {"The company will build a plant in Ohio.", "The company built a plant in Ohio."},
      {"The company built a plant in Ohio.", "The company is going to build a plant in Ohio."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).flagged(Severity::major));
}

TEST_CASE("tense: number agreement is not a tense change", "[drift][tense]") {
  REQUIRE(
      check_pair("The group describes itself as neutral.", "The group describe itself as neutral.")
          .max_severity() < kMinor);
}

TEST_CASE("tense: the same verb in another tense is major in a reworded rendition too",
          "[drift][tense]") {
  const Checked c =
      check_pair("The regional council approves the new budget for schools and roads every spring.",
                 "The regional council approved the budget for its schools and local roads in "
                 "spring.");
  REQUIRE(c.max_severity(Category::substitution) >= kMajor);
}

TEST_CASE("tense: reported speech shifts the tense back, which is not a change", "[drift][tense]") {
  const Checked c =
      check_pair("The new rail line marks a turning point for the region, the minister said.",
                 "The minister said the new rail line marked a turning point for the region.");
  REQUIRE(c.max_severity() < kMajor);
}

TEST_CASE("tense: past and present perfect both tell of the past", "[drift][tense]") {
  const Checked c = check_pair(
      "The first thousand units were built a year ahead of the agreed schedule, "
      "officials said.",
      "According to officials, the first thousand units have been produced a year "
      "before the planned date.");
  REQUIRE(c.max_severity(Category::substitution) < kMajor);
}

TEST_CASE("tense: a verb turned into a noun or an infinitive is no change of time",
          "[drift][tense]") {
  REQUIRE(check_pair("The plane hit a balloon before it crashed near the farm.",
                     "The plane hit a balloon before the crash near the farm.")
              .max_severity(Category::substitution) < kMajor);
  REQUIRE(check_pair("The plane hit a balloon before it crashed near the farm.",
                     "The plane hits a balloon before it crashes near the farm.")
              .flagged(Severity::major));
}

TEST_CASE("tense: a report a name's article opens is a noun", "[drift][tense]") {
  REQUIRE(check_pair("According to a Wall Street Journal report today, exports will be cut.",
                     "The Wall Street Journal reported today that exports will be cut.")
              .max_severity(Category::substitution) < kMajor);
}

TEST_CASE("tense: the bare verb after a negated auxiliary is no present tense", "[drift][tense]") {
  const Checked c = check_pair("Neither the mayor nor the governor attended the ceremony.",
                               "The mayor did not attend the ceremony, nor did the governor.");
  REQUIRE(c.max_severity() < kMinor);
}
