// The classes of wrong judgement an editor reported (issue 12), each as a pair written for the
// test with a control beside it: the paraphrase stays below major, the same sentence with a real
// change of meaning does not.
#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

namespace {

struct Case {
  const char* original;
  const char* paraphrase;  // says the same: no finding at major or above
  const char* changed;     // the control: says something else, major or above
};

void check_case(const Case& c) {
  CAPTURE(c.original, c.paraphrase, c.changed);
  CHECK(check_pair(c.original, c.paraphrase).max_severity() < kMajor);
  CHECK(check_pair(c.original, c.changed).max_severity() >= kMajor);
}

}  // namespace

TEST_CASE("judgement: near-synonym verbs are wording, another action is not",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The band performed the new song at the festival.",
       "The band demonstrated the new song at the festival.",
       "The band cancelled the new song at the festival."},
  })));
}

TEST_CASE("judgement: misspellings are not added words", "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The mayor also said the road would open because the repairs were relatively quick.",
       "The mayor aslo said the road would open becuase the repairs were relitavely quick.",
       "The mayor also said the road would close because the repairs were relatively slow."},
  })));
}

TEST_CASE("judgement: light words reworded are not omissions or additions", "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The club had no plans to sell the stadium.", "The club did not intend to sell the stadium.",
       "The club planned to sell the stadium."},
      {"The city is going to open a new library.", "The city will open a new library.",
       "The city is going to close its library."},
  })));
}

TEST_CASE("judgement: negation said another way keeps its polarity", "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"Neither the mayor nor the governor attended the ceremony.",
       "The mayor did not attend the ceremony, and the governor did not either.",
       "The mayor and the governor attended the ceremony."},
      {"Critics said the reform did not go far enough.",
       "Critics said the reform was insufficient.", "Critics said the reform went far enough."},
      {"The airline said it would not close any routes.",
       "The airline said it would keep all routes open.",
       "The airline said it would close all routes."},
  })));
}

TEST_CASE("judgement: names, units and shares written another way are the same",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"American officials welcomed the deal.", "U.S. officials welcomed the deal.",
       "French officials welcomed the deal."},
      {"Talks were held in Kyiv on Friday.", "Talks were held in Kiev on Friday.",
       "Talks were held in Minsk on Friday."},
      {"Several dozen people gathered outside the court.",
       "Dozens of people gathered outside the court.",
       "Several hundred people gathered outside the court."},
      {"Each tank holds 50 litres of water.", "Each tank holds 13 gallons of water.",
       "Each tank holds 50 gallons of water."},
      {"A third of the voters stayed home.", "33% of the voters stayed home.",
       "A quarter of the voters stayed home."},
  })));
}

TEST_CASE("judgement: another thing, place or degree of the same kind is a change",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The cat sat on the mat.", "The cat was sitting on the mat.", "The dog sat on the mat."},
      {"The army launched dozens of drones.", "The army sent dozens of drones.",
       "The army produced dozens of drones."},
      {"The delegation flew to Slovakia on Monday.", "On Monday the delegation flew to Slovakia.",
       "The delegation flew to Slovenia on Monday."},
      {"The team will play Austria next week.", "Next week the team will play Austria.",
       "The team will play Australia next week."},
      {"Dozens of protesters were arrested.", "Several dozen protesters were arrested.",
       "Hundreds of protesters were arrested."},
  })));
}

TEST_CASE("judgement: modality, tense and polarity words carry the claim", "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The company will build a plant in Ohio.", "The company is going to build a plant in Ohio.",
       "The company built a plant in Ohio."},
      {"Drivers must stop at the border.", "Drivers have to stop at the border.",
       "Drivers may stop at the border."},
      {"Officials said a deal was unlikely this year.",
       "Officials said a deal was improbable this year.",
       "Officials said a deal was likely this year."},
  })));
}

TEST_CASE("judgement: a near-miss spelling of a person's name is flagged for checking",
          "[drift][judgement]") {
  CHECK(check_pair("The report was written by John Smith.", "The report was written by John Smyth.")
            .max_severity(Category::entity) >= kMinor);
  CHECK(check_pair("The report was written by John Smith.", "John Smith wrote the report.")
            .max_severity(Category::entity) < kMinor);
}
