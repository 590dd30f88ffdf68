#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("rewrite: unrelated content is one major rewrite finding", "[drift][rewrite]") {
  const Checked c = check_pair(
      "The council voted to expand the harbour and hire forty new inspectors next spring.",
      "Local bakeries reported record sales of bread during the long cold holiday weekend.");
  int rewrites = 0;
  for (const Finding& f : c.findings) rewrites += f.category == Category::rewrite;
  REQUIRE(rewrites == 1);
  REQUIRE(c.max_severity(Category::rewrite) == kMajor);
}

TEST_CASE("rewrite: scrambled words are flagged", "[drift][rewrite]") {
  REQUIRE(check_pair("The old bridge across the river was finally repaired by local engineers.",
                     "Engineers river the local old repaired across bridge finally by was the.")
              .flagged(Severity::major));
}

TEST_CASE("rewrite: an emptied sentence is flagged", "[drift][rewrite]") {
  REQUIRE(check_pair("The old bridge across the river was finally repaired.", ".")
              .flagged(Severity::major));
}

TEST_CASE("rewrite: scrambled words are found even when repeated names keep a long common run",
          "[drift][rewrite]") {
  const Checked scrambled =
      check_pair("The winners were Anna Novak, Petra Novak, Lena Novak and Marta Novak.",
                 "Novak Marta the were Novak Novak, Lena winners Anna and Novak, Petra.");
  CHECK(scrambled.max_severity(Category::rewrite) >= kMajor);
  const Checked moved_clause =
      check_pair("On Monday, the winners were Anna Novak, Petra Novak and Lena Novak.",
                 "The winners were Anna Novak, Petra Novak and Lena Novak on Monday.");
  CHECK(moved_clause.max_severity() < kMajor);
}
