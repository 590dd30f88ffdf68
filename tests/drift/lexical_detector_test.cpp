#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("lexical: harmless wording changes stay below minor", "[drift][lexical]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The firm manufactured the parts abroad.", "The firm produced the parts abroad."},
      {"The colour of the flag was changed.", "The color of the flag was changed."},
      {"The harbour was closed for repairs.", "The harbor was closed for repairs."},
      {"The village has a small school.", "The village has a small schol."},
      {"The village has a small school.", "The village has a small small school."},
      {"The village has a small school.", "The village has a small school"},
      {"The village has a small school.", "the village has a small school ."},
      {"Residents purchased the land in spring.", "Residents bought the land in spring."},
      {"The village has a small school.", "The village has a small school."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity() < kMinor);
}

TEST_CASE("lexical: antonyms are critical", "[drift][antonym]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"Prices rose sharply after the storm.", "Prices fell sharply after the storm."},
      {"The river level is high this week.", "The river level is low this week."},
      {"The team won the final match.", "The team lost the final match."},
      {"Before the floods, the road was repaired.", "After the floods, the road was repaired."},
      {"The water level stayed above the mark.", "The water level stayed below the mark."},
      {"The council turned down the request for a school.",
       "The council accepted the request for a school."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::antonym) == static_cast<int>(Severity::critical));
}

TEST_CASE("lexical: a changed action is a major substitution", "[drift][substitution]") {
  const Checked c = check_pair("Last year they fired many rockets at the port.",
                               "Last year they built many rockets at the port.");
  REQUIRE(c.max_severity(Category::substitution) >= kMajor);
}

TEST_CASE("lexical: content cut out of or slipped into a sentence is major",
          "[drift][omission][addition]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The museum reopened after a long renovation.", "The museum reopened after a renovation."},
      {"The museum reopened after a renovation.", "The museum reopened after a costly renovation."},
      {"Volunteers planted trees along the river.", "Volunteers trees along the river."},
      {"Volunteers planted trees along the river.", "Volunteers planted trees along the."},
      {"Volunteers planted trees along the river.", "Volunteers planted trees along the 川."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).flagged(Severity::major));
}

TEST_CASE("lexical: a dropped 'also' is not a finding", "[drift][omission]") {
  REQUIRE(check_pair("The mayor also opened the bridge.", "The mayor opened the bridge.")
              .max_severity() < kMinor);
}

TEST_CASE("lexical: a word replaced by one of another language is major (code-mixing)",
          "[drift][codemix]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The council approved the new budget on Friday.",
       "The council approved the nuevo budget on Friday."},
      {"Inspectors and engineers visited the bridge.",
       "Inspectors and ingenieros visited the bridge."},
      {"\"We will rebuild the library,\" the mayor said.",
       "\"We will rebuild the biblioteka,\" the mayor said."},
      {"The farmers sold their harvest at the market.",
       "The farmers sold their урожай at the market."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).flagged(Severity::major));
}

TEST_CASE("lexical: names, numbers and known words are not code-mixing", "[drift][codemix]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The council approved the budget on Friday.",
       "The council approved the budget on Friday in Valparaiso."},
      {"Sales rose to 300 units.", "Sales rose to 300 units."},
      {"The ministry praised the important workers.",
       "The ministry praised the importamt workers."},
      {"The ministry praised the workers of the region.",
       "The ministry praised the goverment workers of the region."},
      {"The bank reported several attacks on its servers.",
       "The bank reported several cyberattacks on its servers."},
  }));
  CAPTURE(a, b);
  const Checked c = check_pair(a, b);
  for (const Finding& f : c.findings)
    CHECK(f.message.find("another language") == std::string::npos);
}

TEST_CASE("lexical: a lone word slipped into a loose paraphrase is wording, in a quote it counts",
          "[drift][addition][quote]") {
  const Checked loose = check_pair(
      "Officials say the old bridge over the river had already been closed for repairs "
      "in the spring.",
      "The authorities say the old bridge over the stream had been closed for urgent "
      "repairs in the spring.");
  CHECK(loose.max_severity() < kMajor);
  const Checked quoted = check_pair(
      "He said: \"Officials say the old bridge over the river had already been closed "
      "for repairs in the spring.\"",
      "He said: \"The authorities say the old bridge over the stream had been closed "
      "for urgent repairs in the spring.\"");
  CHECK(quoted.max_severity(Category::quote) >= kMinor);
}

TEST_CASE("lexical: words split, joined or hyphenated differently are the same words",
          "[drift][format]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The firm is planning an air-conditioning upgrade for the new office.",
       "The firm is planning an air conditioning upgrade for the new office."},
      {"Nobody can predict it with one-hundred percent certainty.",
       "Nobody can predict it with one hundred percent certainty."},
      {"The figure is on p. 45 of the report.", "The figure is on p45 of the report."},
      {"They don't expect the U.S. team to win.", "They do n't expect the US team to win."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity() < kMinor);
}

TEST_CASE("lexical: emphasis adverbs dropped in a free rendition are wording",
          "[drift][omission]") {
  const Checked c = check_pair(
      "It was the final match for the visitors, who had already won the cup two weeks earlier.",
      "It was the last game for the visitors, who had won the cup two weeks earlier.");
  REQUIRE(c.max_severity() < kMajor);
}

TEST_CASE("lexical: a quoted adjective traded for another is a minor quote change",
          "[drift][lexical]") {
  auto c = check_pair("The mayor called the bridge \"a vital link\" for the town.",
                      "The mayor called the bridge \"a useful link\" for the town.");
  REQUIRE(c.max_severity(Category::quote) == kMinor);
  REQUIRE(check_pair("The mayor called the bridge \"a vital link\" for the town.",
                     "The mayor called the bridge \"a vital link\" for the city.")
              .max_severity(Category::quote) < kMinor);
}

TEST_CASE("lexical: one verb of emphasis for another is minor", "[drift][lexical]") {
  auto c = check_pair("The report highlighted the risk to the coast.",
                      "The report underscored the risk to the coast.");
  REQUIRE(c.max_severity() < kMajor);
  REQUIRE(check_pair("The army bombed the bridge near the coast.",
                     "The army inspected the bridge near the coast.")
              .max_severity() >= kMajor);
}

TEST_CASE("lexical: a comparative dropped from a list is a minor omission", "[drift][lexical]") {
  auto c = check_pair("New hulls make the boats lighter and faster to launch from the beach.",
                      "New hulls make the boats quicker to launch from the beach.");
  REQUIRE(c.max_severity(Category::omission) >= kMinor);
  REQUIRE(check_pair("New hulls make the boats lighter and faster to launch from the beach.",
                     "New hulls make the boats lighter and quicker to launch from the beach.")
              .max_severity(Category::omission) < kMinor);
}

TEST_CASE("lexical: a token too long to be a word is compared only as written",
          "[drift][lexical][opaque]") {
  const std::string token(4000, 'a');
  std::string changed = token;
  changed[2000] = 'b';  // one letter off: a typo for a word, not for an opaque token
  const std::string before = "Officials said the code was ";
  const std::string after = " on Tuesday.";
  SECTION("the same token on both sides aligns, with nothing to report") {
    REQUIRE(check_pair(before + token + after, before + token + after).findings.empty());
  }
  SECTION("a changed token is a change, not a typo or a spelling variant") {
    const Checked c = check_pair(before + token + after, before + changed + after);
    REQUIRE(c.flagged(Severity::major));
    REQUIRE(c.max_severity(Category::format) < 0);
  }
  SECTION("a 64-letter token is still a word: one letter off is a typo") {
    const std::string word(64, 'a');
    std::string typo = word;
    typo[30] = 'b';
    const Checked c = check_pair(before + word + after, before + typo + after);
    REQUIRE(c.max_severity() == kInfo);
    REQUIRE(c.max_severity(Category::format) == kInfo);
  }
}

TEST_CASE("lexical: a misspelt word is the word it misspells, not an added word",
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

TEST_CASE("lexical: a changed ending is another language, not a misspelling",
          "[drift][lexical][misspelling]") {
  // Control for the test above: two letters off at the end of the word is a cognate.
  const Checked c = check_pair("The unit hired auditors and investigators last year.",
                               "The unit hired auditors and investigadores last year.");
  REQUIRE(c.flagged(Severity::major));
}

TEST_CASE("lexical: another verb in a free translation is wording, in a kept sentence an action",
          "[drift][substitution]") {
  SECTION("two renditions that choose their verbs apart: below major") {
    const Checked c =
        check_pair("The dispute over the dam further escalated tensions between the villages.",
                   "The row about the dam sparked further tensions between the villages.");
    REQUIRE(c.max_severity(Category::substitution) == kMinor);
    REQUIRE(!c.flagged(Severity::major));
  }
  SECTION("control: the same verb swap in an otherwise copied sentence stays major") {
    const Checked c =
        check_pair("The dispute over the dam escalated tensions between the villages.",
                   "The dispute over the dam sparked tensions between the villages.");
    REQUIRE(c.max_severity(Category::substitution) >= kMajor);
  }
}

TEST_CASE("lexical: paraphrase verbs the thesaurus groups are not a different action",
          "[drift][substitution][thesaurus]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The band performed the new song at the festival.",
       "The band demonstrated the new song at the festival."},
      {"The shop offers a discount to pupils.", "The shop presents a discount to pupils."},
  }));
  CAPTURE(a, b);
  REQUIRE(!check_pair(a, b).flagged(Severity::major));
}

TEST_CASE("lexical: another thing of the same kind, where nothing else changed, is major",
          "[drift][substitution][sibling]") {
  SECTION("cat -> dog") {
    REQUIRE(check_pair("The cat slept on the warm mat.", "The dog slept on the warm mat.")
                .max_severity(Category::substitution) >= kMajor);
  }
  SECTION("control: a synonym stays quiet") {
    REQUIRE(check_pair("The cat slept on the old sofa.", "The cat slept on the old couch.")
                .max_severity() < kMajor);
  }
}

TEST_CASE("lexical: the opposite of a close word, in a kept sentence, is an antonym",
          "[drift][antonym]") {
  SECTION("independent -> conditional (the opposite, dependent, is close to it)") {
    REQUIRE(check_pair("An independent panel reviewed the budget last month.",
                       "A conditional panel reviewed the budget last month.")
                .max_severity(Category::antonym) == static_cast<int>(Severity::critical));
  }
  SECTION("control: a word close to the original is no antonym") {
    REQUIRE(check_pair("An independent panel reviewed the budget last month.",
                       "A separate panel reviewed the budget last month.")
                .max_severity(Category::antonym) < 0);
  }
}

TEST_CASE("broken sentence: a head word cut out of the middle of a clause is major",
          "[drift][omission][broken]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The names of the suspects are listed in the file.",
       "The names of the are listed in the file."},
      {"Visitors to a new city have to adjust quickly.",
       "Visitors to a new have to adjust quickly."},
      {"But there are many birds that still look like dinosaurs.",
       "But there many birds that still look like dinosaurs."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::omission) >= kMajor);
}

TEST_CASE("broken sentence: control, the same words in a whole clause", "[drift][broken]") {
  REQUIRE(check_pair("The names of the suspects are listed in the file.",
                     "The suspects' names are listed in the file.")
              .max_severity() < kMajor);
  REQUIRE(check_pair("But there are many birds that still look like dinosaurs.",
                     "But many birds still look like dinosaurs.")
              .max_severity() < kMajor);
}

TEST_CASE("lexical: a phrase cut out with nothing in its place is major", "[drift][omission]") {
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

TEST_CASE("lexical: light words dropped from a kept sentence are below major",
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

TEST_CASE("lexical: control, a support verb cut out leaves a broken claim",
          "[drift][omission][light]") {
  REQUIRE(check_pair("The board gave its approval to the new budget on Tuesday.",
                     "The board its approval to the new budget on Tuesday.")
              .flagged(Severity::major));
  REQUIRE(check_pair("Only the mayor admitted that the new road was far too narrow for buses.",
                     "The mayor admitted that the new road was far too narrow for buses.")
              .flagged(Severity::major));
}

TEST_CASE("lexical: a word beside one re-formed by derivation is the phrase re-formed",
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
