#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("negation: same polarity in other words is not flagged", "[drift][negation]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The result was not surprising to the committee.",
       "The result came as no surprise to the committee."},
      {"The agency was unable to confirm the figures.",
       "The agency could not confirm the figures."},
      {"The mayor has failed to keep his promises.", "The mayor did not keep his promises."},
      {"She never answered the letter.", "She never replied to the letter."},
      {"Nobody was hurt in the fire.", "No one was hurt in the fire."},
      // One negation over two clauses.
      {"Neither the mayor nor the governor attended the ceremony.",
       "The mayor did not attend the ceremony, and the governor did not either."},
      // A negator against an opposite word: the polarity is the same.
      {"The council did not accept the offer.", "The council rejected the offer."},
      {"The team did not win the final.", "The team lost the final."},
      {"Critics said the reform did not go far enough.",
       "Critics said the reform was insufficient."},
      {"The airline said it would not close any routes.",
       "The airline said it would keep all routes open."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::negation) < kMinor);
}

TEST_CASE("negation: a negator added or dropped is critical", "[drift][negation]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The council approved the new budget on Monday.",
       "The council did not approve the new budget on Monday."},
      {"The bridge will not reopen before winter.", "The bridge will reopen before winter."},
      {"The drug helped patients recover faster.",
       "The drug never helped patients recover faster."},
      {"Travellers can enter with a passport.", "Travellers can enter without a passport."},
      // The controls of the balanced pairs above: a negator alone, or "all" for "not any".
      {"The council did not accept the offer.", "The council accepted the offer."},
      {"The mayor and the governor attended the ceremony.",
       "The mayor did not attend the ceremony, and the governor did not either."},
      {"The airline said it would not close any routes.",
       "The airline said it would close all routes."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::negation) ==
          static_cast<int>(Severity::critical));
}

TEST_CASE("negation: 'not only' is a focus construction, not a negation", "[drift][negation]") {
  const Checked c =
      check_pair("They sent not only food but also medicine.", "They sent food and also medicine.");
  REQUIRE(c.max_severity(Category::negation) < kMinor);
}

TEST_CASE("negation: a negator against a word negative by its prefix keeps the polarity",
          "[drift][negation]") {
  const Checked c =
      check_pair("Snow is normal there, and traffic goes on mostly uninterrupted all year.",
                 "Snow is normal there, and traffic goes on without interruptions all year.");
  REQUIRE(c.max_severity(Category::negation) < kMinor);
  // Control: a negator against the positive word is a flipped claim.
  REQUIRE(check_pair("Critics said the reform was sufficient.",
                     "Critics said the reform was not sufficient.")
              .max_severity(Category::negation) == static_cast<int>(Severity::critical));
}
