#include <catch2/catch.hpp>

#include "align/zones.h"
#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("detect: findings come in rendition order, unnumbered, and spans hold the words",
          "[drift]") {
  const Checked c = check_pair("Prices rose in Lyon and the mayor resigned.",
                               "Prices fell in Paris and the mayor resigned.");
  REQUIRE(c.findings.size() >= 2);
  for (size_t i = 0; i < c.findings.size(); ++i) {
    // Ids are the review's: it numbers what its policy keeps (config/review.h).
    CHECK(c.findings[i].id.empty());
    if (i > 0 && c.findings[i].rendition && c.findings[i - 1].rendition)
      CHECK(c.findings[i - 1].rendition->start <= c.findings[i].rendition->start);
  }
  const Finding& first = c.findings.front();
  REQUIRE(first.rendition);
  CHECK(first.rendition->text == "fell");
  CHECK(first.original->text == "rose");
  CHECK(first.original->start == 7);
}

TEST_CASE("detect: omitted sentences are judged by content", "[drift][omission]") {
  Document a =
      segment_text("Troops left the city.\nThe agency could not independently verify this.\n",
                   SegmentOptions{"en"});
  Document b = segment_text("Troops left the city.\n", SegmentOptions{"en"});
  Alignment al;
  al.beads.push_back(Bead{{0}, {0}, BeadKind::match, 1.0});
  al.beads.push_back(Bead{{1}, {}, BeadKind::omitted, 0.0});
  al.original_zones.assign(2, Zone::body);
  al.rendition_zones.assign(1, Zone::body);
  const auto findings = detect_drift(a, b, al, CheckOptions{}).findings;
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].category == Category::omission);
  CHECK(findings[0].severity == Severity::major);
}

TEST_CASE("detect: boilerplate is never flagged above info", "[drift]") {
  Document a = segment_text("Subscribe to our newsletter today.\n", SegmentOptions{"en"});
  Document b = segment_text("Share this article on Facebook.\n", SegmentOptions{"en"});
  a.sentences[0].zone = Zone::boilerplate;
  b.sentences[0].zone = Zone::boilerplate;
  Alignment al;
  al.beads.push_back(Bead{{0}, {}, BeadKind::omitted, 0.0});
  al.beads.push_back(Bead{{}, {0}, BeadKind::added, 0.0});
  al.original_zones = {Zone::boilerplate};
  al.rendition_zones = {Zone::boilerplate};
  for (const Finding& f : detect_drift(a, b, al, CheckOptions{}).findings)
    CHECK(f.severity == Severity::info);
}

TEST_CASE("detect: a run of short unmatched lines is page chrome, a lone heading is not",
          "[drift][omission]") {
  Document a = segment_text(
      "Storm hits the coast.\n\nWeather\n\nSports news\n\nNews: Harbour Reopens\n\nLocal "
      "politics\n\n"
      "Harbour reopens\n\nFerries were running again on Monday after the storm.\n",
      SegmentOptions{"en"});
  Document b = segment_text("Storm hits the coast.\n\nFerries were running again on Monday.\n",
                            SegmentOptions{"en"});
  REQUIRE(a.sentences.size() == 7);
  Alignment al;
  al.beads.push_back(Bead{{0}, {0}, BeadKind::match, 1.0});
  al.beads.push_back(Bead{{1, 2, 3, 4}, {}, BeadKind::omitted, 0.0});
  al.beads.push_back(Bead{{6}, {1}, BeadKind::match, 1.0});
  al.beads.push_back(Bead{{5}, {}, BeadKind::omitted, 0.0});
  al.original_zones.assign(a.sentences.size(), Zone::body);
  al.rendition_zones.assign(b.sentences.size(), Zone::body);
  mark_unmatched_chrome(a, b, al);  // zones decide; detect_drift reads the marks
  for (const Finding& f : detect_drift(a, b, al, CheckOptions{}).findings) {
    if (f.category != Category::omission || !f.original || f.original->sentence > 5) continue;
    CAPTURE(f.original->text);
    // "Harbour reopens" stands alone before its paragraph: a heading dropped, minor.
    // "News: Harbour Reopens" is a title, not a link.
    if (f.original->sentence == 5 || f.original->sentence == 3)
      CHECK(f.severity == Severity::minor);
    else
      CHECK(f.severity == Severity::info);
    // Marked as such, so that a report can fold it with the page around the article.
    CHECK(is_page_chrome(f) == (f.severity == Severity::info));
  }
}

TEST_CASE("detect: a group too long to diff is one rewrite finding, not word findings",
          "[drift][rewrite]") {
  std::string a, b;
  for (int i = 0; i < 300; ++i) {
    a += "word" + std::to_string(i) + " and ";
    b += "term" + std::to_string(i) + " or ";
  }
  const testing::Checked c = testing::check_pair(a + "end.", b + "end.");
  REQUIRE(c.findings.size() == 1);
  CHECK(c.findings[0].category == Category::rewrite);
  CHECK(c.findings[0].severity == Severity::major);
  REQUIRE(c.findings[0].original);
  CHECK(c.findings[0].original->end == c.original.sentences.back().end);
}

TEST_CASE("detect: a long sentence under the limit is still diffed word by word", "[drift]") {
  std::string a;
  for (int i = 0; i < 40; ++i) a += "the council met on day " + std::to_string(i) + ", ";
  const std::string b = a + "and it fired the mayor.";
  const testing::Checked c = testing::check_pair(a + "and it hired the mayor.", b);
  CHECK(std::none_of(c.findings.begin(), c.findings.end(),
                     [](const Finding& f) { return f.category == Category::rewrite; }));
  CHECK(c.flagged(Severity::minor));
}

TEST_CASE("detect: a short negative statement dropped is a claim dropped", "[drift][omission]") {
  auto dropped = [](const char* line) {
    Document a = segment_text(std::string("A fire broke out in the hall.\n") + line + "\n",
                              SegmentOptions{"en"});
    Document b = segment_text("A fire broke out in the hall.\n", SegmentOptions{"en"});
    Alignment al;
    al.beads.push_back(Bead{{0}, {0}, BeadKind::match, 1.0});
    al.beads.push_back(Bead{{1}, {}, BeadKind::omitted, 0.0});
    al.original_zones.assign(2, Zone::body);
    al.rendition_zones.assign(1, Zone::body);
    const auto findings = detect_drift(a, b, al, CheckOptions{}).findings;
    REQUIRE(findings.size() == 1);
    return findings[0].severity;
  };
  CHECK(dropped("No one was injured.") == Severity::major);
  // Control: a short statement without a negation stays minor.
  CHECK(dropped("It was late.") == Severity::minor);
}
