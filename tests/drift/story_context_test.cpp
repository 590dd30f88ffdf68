// Findings that depend on the rest of the story: a name or description the other text gives
// elsewhere, a headline, a quotation that runs over several sentences. Each case has its
// control, where the same change without that context is still flagged.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

namespace {

// The whole pipeline on two small articles: real alignment, then drift.
Checked check_story(const std::string& a, const std::string& b) {
  Checked c;
  c.original = segment_text(a, SegmentOptions{"en"});
  c.rendition = segment_text(b, SegmentOptions{"en"});
  const Alignment alignment = align_documents(c.original, c.rendition, AlignOptions{});
  c.findings = detect_drift(c.original, c.rendition, alignment, CheckOptions{}).findings;
  return c;
}

// The highest severity among findings of `category` touching original sentence `id`.
int severity_at(const Checked& c, Category category, int id) {
  int best = -1;
  for (const Finding& f : c.findings)
    if (f.category == category && f.original && f.original->sentence == id)
      best = std::max(best, static_cast<int>(f.severity));
  return best;
}

}  // namespace

TEST_CASE("context: a name the rendition gives elsewhere may be left out of a sentence",
          "[drift][entity][context]") {
  const std::string later =
      "By June, Kyiv and Warsaw had quietly inked a loan of two billion dollars for silos.\n"
      "The silos will be built near Lviv.\n";
  const std::string rendered_later =
      "Already in June, the two sides signed a two billion dollar loan to build grain silos.\n"
      "The silos will be built near Lviv.\n";
  // Kyiv and Warsaw are named in the rendition's first sentence.
  const Checked named =
      check_story("Kyiv and Warsaw signed a grain deal in March.\n" + later,
                  "Kyiv and Warsaw signed a grain deal in March.\n" + rendered_later);
  CHECK(severity_at(named, Category::entity, 1) == kMinor);
  // Nowhere else in the rendition: the reader no longer learns who signed.
  const Checked unnamed = check_story("The grain deal was signed in March.\n" + later,
                                      "The grain deal was signed in March.\n" + rendered_later);
  CHECK(severity_at(unnamed, Category::entity, 1) >= kMajor);
}

TEST_CASE("context: a headline is worded freely, but its figures still count", "[drift][context]") {
  const std::string body =
      "\n\nThe storm reached the coast on Monday night and flooded the harbour district.\n";
  const Checked free = check_story(
      "Storm floods harbour town. Now the fishermen are left high and dry" + body,
      "Storm floods harbour town. Now the fishermen have been left without work or income." + body);
  CHECK(free.max_severity() < kMajor);
  const Checked figure =
      check_story("Storm kills 12 in harbour town. Now the fishermen are left high and dry" + body,
                  "Storm kills 21 in harbour town. Now the fishermen are left high and dry" + body);
  CHECK(figure.max_severity(Category::number) >= kMajor);
  const Checked opposite = check_story(
      "Fish prices rise in harbour town. Now the fishermen are left high and dry" + body,
      "Fish prices fall in harbour town. Now the fishermen are left high and dry" + body);
  CHECK(opposite.max_severity(Category::antonym) > kMajor);
}

TEST_CASE("context: part of a hyphenated modifier dropped is minor, a whole modifier major",
          "[drift][omission][context]") {
  CHECK(check_pair("The army launched Turkish-made drones at the fuel depot on Tuesday night.",
                   "The army launched Turkish drones at the fuel depot on Tuesday night.")
            .max_severity(Category::omission) == kMinor);
  CHECK(check_pair("The army launched cheap drones at the fuel depot on Tuesday night.",
                   "The army launched drones at the fuel depot on Tuesday night.")
            .max_severity(Category::omission) >= kMajor);
}

TEST_CASE("context: a description the original uses elsewhere is not new information",
          "[drift][addition][context]") {
  const std::string first =
      "The navy sent two attack submarines and a frigate to the strait in May.\n";
  const Checked known = check_story(
      first + "Both submarines left the northern port late on Friday, officials said.\n",
      first + "Both attack submarines left the northern port late on Friday, officials said.\n");
  CHECK(severity_at(known, Category::addition, 1) == kMinor);
  const Checked fresh = check_story(
      first + "Both submarines left the northern port late on Friday, officials said.\n",
      first + "Both nuclear submarines left the northern port late on Friday, officials said.\n");
  CHECK(severity_at(fresh, Category::addition, 1) >= kMajor);
}

TEST_CASE("context: a dropped 'she added' inside a quotation that runs on is minor",
          "[drift][attribution][context]") {
  const std::string original =
      "'The dam is cracked and the valley must be cleared,' the chief engineer said. "
      "'I think the water will keep rising all week,' she added.\n";
  // The rendition's quotation opens in the first sentence and closes in the second.
  const Checked continued = check_story(
      original,
      "\"The dam is cracked and the valley must be cleared,\" the chief engineer said. "
      "\"The evacuation starts today. I think the water will keep rising all week.\"\n");
  CHECK(severity_at(continued, Category::attribution, 1) == kMinor);
  const Checked unquoted =
      check_story(original,
                  "\"The dam is cracked and the valley must be cleared,\" the chief engineer said. "
                  "The evacuation starts today. I think the water will keep rising all week.\n");
  CHECK(severity_at(unquoted, Category::attribution, 1) >= kMajor);
}

TEST_CASE("context: a rewritten stretch inside a close sentence is one finding",
          "[drift][rewrite][context]") {
  const Checked c = check_pair(
      "On Friday the ministry said the expansion and complete integration of the plant have "
      "effectively sidelined the partners, revealing a widening rift, according to a statement.",
      "On Friday the ministry said a breakdown in cooperation is now obvious and a conflict is "
      "brewing, according to a statement.");
  CHECK(c.max_severity(Category::rewrite) >= kMajor);
  CHECK(std::count_if(c.findings.begin(), c.findings.end(), [](const Finding& f) {
          return f.category == Category::omission || f.category == Category::addition;
        }) <= 2);
  // The same sentence in other words: no rewrite.
  CHECK(check_pair("On Friday the ministry said the expansion of the plant had sidelined its "
                   "foreign partners.",
                   "On Friday the ministry said the plant's expansion had sidelined its foreign "
                   "partners.")
            .max_severity(Category::rewrite) < kMinor);
}
