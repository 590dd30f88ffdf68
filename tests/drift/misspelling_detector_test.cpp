#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("misspelling: a misspelt word is the word it misspells, not an added word",
          "[drift][lexical][misspelling]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The ferry is also the quickest way to the island.",
       "The ferry is aslo the quickest way to the island."},
      {"Stir the flour in, then leave the dough to rest.",
       "Stir the flour in, thne leave the dough to rest."},
      {"The test was relatively easy for most pupils.",
       "The test was relitavely easy for most pupils."},
      {"She stayed home because the trains were cancelled.",
       "She stayed home becuase the trains were cancelled."},
      {"I will call you when the parcel arrives.", "I will call yuo when the parcel arrives."},
  }));
  CAPTURE(a, b);
  const Checked c = check_pair(a, b);
  REQUIRE(c.max_severity() == kInfo);
  REQUIRE(c.max_severity(Category::format) == kInfo);
}

TEST_CASE("misspelling: a changed ending is another language, not a misspelling",
          "[drift][lexical][misspelling]") {
  // Control for the test above: two letters off at the end of the word is a cognate.
  const Checked c = check_pair("The unit hired auditors and investigators last year.",
                               "The unit hired auditors and investigadores last year.");
  REQUIRE(c.flagged(Severity::major));
}
