#include "align/zones.h"

#include <catch2/catch.hpp>

#include "text/segment.h"

using namespace driftcheck;

namespace {

// Original: 0 body, 1-4 four standalone lines the rendition lacks, 5 a heading the rendition
// lacks, 6 the paragraph it heads (kept).
struct Page {
  Document original = segment_text(
      "Storm hits the coast.\n\nWeather\n\nSports news\n\nNews: Harbour Reopens\n\nLocal "
      "politics\n\nHarbour reopens\n\nFerries were running again on Monday after the storm.\n",
      SegmentOptions{"en"});
  Document rendition = segment_text(
      "Storm hits the coast.\n\nFerries were running again on Monday.\n", SegmentOptions{"en"});
  Alignment alignment;

  Page() {
    alignment.beads.push_back(Bead{{0}, {0}, BeadKind::match, 1.0});
    alignment.beads.push_back(Bead{{1, 2, 3, 4}, {}, BeadKind::omitted, 0.0});
    alignment.beads.push_back(Bead{{6}, {1}, BeadKind::match, 1.0});
    alignment.beads.push_back(Bead{{5}, {}, BeadKind::omitted, 0.0});
    alignment.original_zones.assign(original.sentences.size(), Zone::body);
    alignment.rendition_zones.assign(rendition.sentences.size(), Zone::body);
  }
};

}  // namespace

TEST_CASE("zones: unmatched short lines next to each other are menu lines of page chrome",
          "[align][zones]") {
  Page p;
  REQUIRE(p.original.sentences.size() == 7);
  mark_unmatched_chrome(p.original, p.rendition, p.alignment);
  const std::vector<bool>& marks = p.alignment.unmatched_chrome.original;
  REQUIRE(marks.size() == 7);
  CHECK(marks[1]);        // "Weather"
  CHECK(marks[2]);        // "Sports news"
  CHECK_FALSE(marks[3]);  // "News: Harbour Reopens": a title, not a link
  CHECK(marks[4]);        // "Local politics"
  CHECK_FALSE(marks[5]);  // "Harbour reopens" heads the kept paragraph
  CHECK_FALSE(marks[0]);  // matched
  CHECK(p.alignment.unmatched_chrome.rendition == std::vector<bool>(2, false));
}

TEST_CASE("zones: a lone short unmatched line is not chrome", "[align][zones]") {
  Page p;
  p.alignment.beads[1] = Bead{{1}, {}, BeadKind::omitted, 0.0};  // only "Weather" unmatched
  mark_unmatched_chrome(p.original, p.rendition, p.alignment);
  CHECK_FALSE(p.alignment.unmatched_chrome.original[1]);
}

TEST_CASE("zones: a full stop ends a statement, not a heading", "[align][zones]") {
  const Document d = segment_text("It was late.\n\nHarbour reopens\n", SegmentOptions{"en"});
  CHECK(ends_with_full_stop(d.sentences[0]));
  CHECK_FALSE(ends_with_full_stop(d.sentences[1]));
}

TEST_CASE("zones: a file of nothing but label-like lines is the text, not chrome",
          "[align][zones]") {
  // One short title-case line (a headline, a string of a user interface) is all there is to
  // check; as page chrome it would vanish from the check without a finding.
  const Document title = segment_text("The Crab\n", SegmentOptions{"en"});
  CHECK(chrome_sentences(title, AlignOptions{}) == std::vector<bool>{false});
  // Control: the same line on a page with a sentence around it is a label.
  const Document page =
      segment_text("The Crab\n\nThe crab walked sideways along the beach.\n", SegmentOptions{"en"});
  CHECK(chrome_sentences(page, AlignOptions{}) == std::vector<bool>{true, false});
}
