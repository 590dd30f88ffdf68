#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("detect: ids run F1.. in rendition order and spans hold the words", "[drift]") {
  const Checked c = check_pair("Prices rose in Lyon and the mayor resigned.",
                               "Prices fell in Paris and the mayor resigned.");
  REQUIRE(c.findings.size() >= 2);
  for (size_t i = 0; i < c.findings.size(); ++i) {
    CHECK(c.findings[i].id == "F" + std::to_string(i + 1));
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
  const auto findings = detect_drift(a, b, al, CheckOptions{});
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
  for (const Finding& f : detect_drift(a, b, al, CheckOptions{}))
    CHECK(f.severity == Severity::info);
}
