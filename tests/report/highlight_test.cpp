#include "report/highlight.h"

#include <catch2/catch.hpp>

#include "report/report_fixture.h"

namespace driftcheck {
namespace {

std::string joined(const std::vector<Piece>& pieces) {
  std::string out;
  for (const Piece& p : pieces) {
    if (p.changed) out += "[";
    for (const int f : p.findings) out += "<" + std::to_string(f) + ">";
    out += p.text;
    if (p.changed) out += "]";
  }
  return out;
}

TEST_CASE("highlight: the drift stage's changed words mark runs on each side",
          "[report][highlight]") {
  const CheckResult r = test::sample_result();
  const BeadChanges& c = changes_of(r, 1);
  const Sentence& o = r.original.sentences[1];
  const Sentence& d = r.rendition.sentences[1];
  CHECK(joined(split_sentence(o, c.original, {})) ==
        "They say [they fired] a lot of drones at Ukraine.");
  CHECK(joined(split_sentence(d, c.rendition, {})) ==
        "They say [they've produced] a lot of drones at Ukraine.");
  CHECK(changes_of(r, 2).original.empty());   // omitted: nothing was diffed
  CHECK(changes_of(r, 99).original.empty());  // no record: nothing to mark
  CHECK(changes_of(r, -1).rendition.empty());
}

TEST_CASE("highlight: a checked pair highlights the diff its findings were judged from",
          "[report][highlight]") {
  const CheckResult r = check_documents(
      segment_text("Prices rose sharply in Lyon.\n", SegmentOptions{"en"}),
      segment_text("Prices fell sharply in Lyon.\n", SegmentOptions{"en"}), CheckOptions{});
  REQUIRE(r.changes.size() == r.alignment.beads.size());
  const BeadChanges& c = changes_of(r, 0);
  CHECK(joined(split_sentence(r.original.sentences[0], c.original, {})) ==
        "Prices [rose] sharply in Lyon.");
  CHECK(joined(split_sentence(r.rendition.sentences[0], c.rendition, {})) ==
        "Prices [fell] sharply in Lyon.");
}

TEST_CASE("highlight: finding spans cut pieces and overlapping spans share them",
          "[report][highlight]") {
  const CheckResult r = test::sample_result();
  const SpanIndex index = index_finding_spans(r);
  const Sentence& s = r.original.sentences[4];
  const std::vector<TaggedRange> spans = finding_spans_in(r, index, s, true);
  REQUIRE(spans.size() == 2);  // format (F3) and attribution (F4)
  CHECK(joined(split_sentence(s, {}, spans)) ==
        "Each drone costs <2>200,000 US dollars<3>, Ukraine said.");
  // A span covering the whole sentence is left to the row's own marking.
  CHECK(finding_spans_in(r, index, r.original.sentences[2], true).empty());
}

}  // namespace
}  // namespace driftcheck
