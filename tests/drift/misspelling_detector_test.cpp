#include <catch2/catch.hpp>

#include "drift/slip_repair.h"
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

TEST_CASE("misspelling: a slip of a word the other side does not have is read as that word",
          "[drift][lexical][misspelling]") {
  // Each rendition rewords the original and misspells the new word: read as written, the slip
  // would hide an approximator, a verb or an obligation. The control has the same slip where
  // the rendition changes the claim, which must stay loud.
  auto [a, b, control_a,
        control_b] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"Police said about 3,000 people joined the march.",
       "Police said aroind 3,000 people joined the march.",
       "Police said 3,000 people joined the march.",
       "Police said aroind 3,000 people joined the march."},
      {"The bank raised interest rates again in June.",
       "The bank incresaed interest rates again in June.",
       "The bank raised interest rates again in June.",
       "The bank cutt interest rates again in June."},
      {"Students must wear masks in class.", "Students will be requirred to wear masks in class.",
       "Students may wear masks in class.", "Students will be requirred to wear masks in class."},
      {"The team won the final.", "The team triumpehd in the final.", "The team won the final.",
       "The team lsot the final."},
  }));
  CAPTURE(a, b, control_a, control_b);
  CHECK_FALSE(check_pair(a, b).flagged(Severity::major));
  CHECK(check_pair(control_a, control_b).flagged(Severity::major));
}

TEST_CASE("misspelling: the word a slip stands for", "[drift][lexical][misspelling]") {
  const FunctionWords function_words("en");
  CHECK(repair_slip("aroind", function_words) == "around");
  CHECK(repair_slip("incresaed", function_words) == "increased");
  CHECK(repair_slip("dennied", function_words) == "denied");
  CHECK(repair_slip("thheir", function_words) == "their");
  CHECK(repair_slip("lsot", function_words) == "lost");  // not "slot": the first letter holds
  // Two words run together, a word far from any, and a token too short to guess at.
  CHECK(repair_slip("livestreamed", function_words).empty());
  CHECK(repair_slip("qzxwvk", function_words).empty());
  CHECK(repair_slip("teh", function_words).empty());
}
