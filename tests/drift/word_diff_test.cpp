#include "drift/word_diff.h"

#include <catch2/catch.hpp>
#include <string>

#include "text/segment.h"

using namespace driftcheck;

namespace {

// The text of each changed range on one side, joined with '|'.
std::string marked(const Document& doc, const std::vector<CodePointRange>& ranges) {
  std::string out;
  for (const CodePointRange& r : ranges) {
    for (const Sentence& s : doc.sentences)
      if (r.start >= s.start && r.end <= s.end) {
        if (!out.empty()) out += '|';
        // Sentences here are ASCII: code points are bytes.
        out += s.text.substr(r.start - s.start, r.end - r.start);
      }
  }
  return out;
}

struct Diffed {
  Document original, rendition;
  BeadChanges changes;
  size_t hunks = 0;
};

Diffed diffed(const std::string& a, const std::string& b) {
  Diffed d;
  d.original = segment_text(a, SegmentOptions{"en"});
  d.rendition = segment_text(b, SegmentOptions{"en"});
  Bead bead;
  for (const Sentence& s : d.original.sentences) bead.original.push_back(s.id);
  for (const Sentence& s : d.rendition.sentences) bead.rendition.push_back(s.id);
  const BeadView view = make_bead_view(d.original, d.rendition, bead, 0);
  d.hunks = view.hunks.size();
  d.changes = changed_ranges(view);
  return d;
}

}  // namespace

TEST_CASE("word diff: the changed ranges are the hunks the detectors judge", "[drift][diff]") {
  const Diffed d =
      diffed("They say they fired a lot of drones.", "They say they've produced a lot of drones.");
  CHECK(d.hunks == 1);
  CHECK(marked(d.original, d.changes.original) == "they fired");
  CHECK(marked(d.rendition, d.changes.rendition) == "they've produced");
}

TEST_CASE("word diff: an inflection, a misspelling, a spelling or a case change is no change",
          "[drift][diff]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The mayor announced the plan.", "The mayor announces the plan."},
      {"The ferry is also the quickest way.", "The ferry is aslo the quickest way."},
      {"The Harbour reopened.", "The harbour reopened."},
      {"Aid organisations praised the labour ministry.",
       "Aid organizations praised the labor ministry."},
  }));
  CAPTURE(a, b);
  const Diffed d = diffed(a, b);
  CHECK(d.hunks == 0);
  CHECK(d.changes.original.empty());
  CHECK(d.changes.rendition.empty());
}

TEST_CASE("word diff: a hunk over two sentences is one range per sentence", "[drift][diff]") {
  const Diffed d = diffed("The port closed. Ships waited.", "The port opened. Boats waited.");
  CHECK(d.hunks == 1);
  CHECK(marked(d.original, d.changes.original) == "closed|Ships");
  CHECK(marked(d.rendition, d.changes.rendition) == "opened|Boats");
}
