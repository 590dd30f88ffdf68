#include <catch2/catch.hpp>

#include "drift/detect.h"
#include "text/segment.h"

using namespace driftcheck;

namespace {

std::vector<Finding> findings_for(BeadKind kind) {
  Document a = segment_text("The bridge opened in May.\n", SegmentOptions{"en"});
  Document b = segment_text("The bridge opened in May.\n", SegmentOptions{"en"});
  Alignment al;
  al.beads.push_back(Bead{{0}, {0}, kind, 1.0});
  al.original_zones.assign(1, Zone::body);
  al.rendition_zones.assign(1, Zone::body);
  return detect_drift(a, b, al, CheckOptions{}).findings;
}

}  // namespace

TEST_CASE("moved: a bead out of order is one info finding over the whole sentence",
          "[drift][moved]") {
  const std::vector<Finding> f = findings_for(BeadKind::moved);
  REQUIRE(f.size() == 1);
  CHECK(f[0].category == Category::moved);
  CHECK(f[0].severity == Severity::info);
  REQUIRE(f[0].rendition);
  CHECK(f[0].rendition->text == "The bridge opened in May");
}

TEST_CASE("moved: control, the same sentence in place says nothing", "[drift][moved]") {
  CHECK(findings_for(BeadKind::match).empty());
}
