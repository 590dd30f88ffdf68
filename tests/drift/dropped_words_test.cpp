#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("dropped words: a phrase cut out with nothing in its place is major",
          "[drift][omission]") {
  SECTION("the phrase is gone") {
    REQUIRE(check_pair("The report says the lorry collided with a small red van before it "
                       "overturned on the bridge.",
                       "The report says the lorry collided before it overturned on the bridge.")
                .max_severity(Category::omission) >= kMajor);
  }
  SECTION("control: the phrase moved and was reworded, another put in elsewhere") {
    REQUIRE(check_pair("Former and current members of the choir sang at the opening on Friday.",
                       "Members of the choir sang, past and present, at the opening on Friday.")
                .max_severity() < kMajor);
  }
}

TEST_CASE("dropped words: light words dropped from a kept sentence are below major",
          "[drift][omission][light]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"Following the vote, the council closed the old library near the station.",
       "After the vote, the council closed the old library near the station."},
      {"Right before the match, the coach changed the whole team for the final.",
       "Before the match, the coach changed the whole team for the final."},
      {"Even the mayor admitted that the new road was far too narrow for buses.",
       "The mayor admitted that the new road was far too narrow for buses."},
      {"The board gave its approval to the new budget on Tuesday.",
       "The board approved the new budget on Tuesday."},
      {"Air defences shot down two drones over the port.",
       "Air defences downed two drones over the port."},
      {"The city is going to build a new bridge over the river.",
       "The city will build a new bridge over the river."},
  }));
  CAPTURE(a, b);
  REQUIRE(!check_pair(a, b).flagged(Severity::major));
}

TEST_CASE("dropped words: control, a support verb cut out leaves a broken claim",
          "[drift][omission][light]") {
  REQUIRE(check_pair("The board gave its approval to the new budget on Tuesday.",
                     "The board its approval to the new budget on Tuesday.")
              .flagged(Severity::major));
  REQUIRE(check_pair("Only the mayor admitted that the new road was far too narrow for buses.",
                     "The mayor admitted that the new road was far too narrow for buses.")
              .flagged(Severity::major));
}

TEST_CASE("dropped words: a word beside one re-formed by derivation is the phrase re-formed",
          "[drift][addition]") {
  SECTION("weightlessness -> weightless conditions: below major") {
    REQUIRE(!check_pair("In 1979 the crew sent quail eggs into orbit to see how an embryo grows "
                        "in weightlessness.",
                        "In 1979 the crew sent quail eggs into orbit to check how the embryo "
                        "grows in weightless conditions.")
                 .flagged(Severity::major));
  }
  SECTION("control: a word added beside an inflected verb is still an addition") {
    REQUIRE(check_pair("Heavy rain caused the rivers in the province to rise, and the local "
                       "office issues two flood warnings.",
                       "Heavy rain caused the rivers in the province to swell, and the local "
                       "office issued lately two flood warnings.")
                .max_severity(Category::addition) >= kMajor);
  }
}
