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

TEST_CASE("rewrite: a long group of unrelated words is judged by stems alone, still a rewrite",
          "[drift][rewrite]") {
  // 80 known words a side: past the pairs WordNet is asked about, so stems decide.
  const char* kLeft[] = {"harbour", "council", "inspector", "bridge", "river",  "engineer",
                         "budget",  "school",  "teacher",   "market", "farmer", "harvest"};
  const char* kRight[] = {"bakery", "bread",  "holiday", "weekend", "winter", "snow",
                          "garden", "flower", "painter", "museum",  "violin", "poem"};
  std::string a = "Officials said", b = "Officials said";
  for (int i = 0; i < 80; ++i) {
    a += std::string(" ") + kLeft[i % 12];
    b += std::string(" ") + kRight[(i * 5) % 12];
  }
  const Checked c = check_pair(a + ".", b + ".");
  int rewrites = 0;
  for (const Finding& f : c.findings) rewrites += f.category == Category::rewrite;
  REQUIRE(rewrites == 1);
}
