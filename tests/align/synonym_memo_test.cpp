// The synonym memo a batch shares across pairs: each word computed once, and an alignment
// through it the same as one without it.
#include "align/synonym_memo.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "align/align.h"
#include "text/segment.h"

namespace driftcheck {
namespace {

TEST_CASE("synonym memo: each word computed once, then remembered", "[align]") {
  SynonymMemo memo;
  int calls = 0;
  const auto compute = [&](const std::string& word) {
    ++calls;
    return SynonymMemo::Keys{word.size(), 7};
  };
  CHECK(memo.keys("greet", compute) == SynonymMemo::Keys{5, 7});
  CHECK(memo.keys("greet", compute) == SynonymMemo::Keys{5, 7});
  CHECK(memo.keys("salute", compute) == SynonymMemo::Keys{6, 7});
  CHECK(calls == 2);
}

std::vector<std::string> bead_ranges(const Alignment& a) {
  std::vector<std::string> out;
  for (const Bead& b : a.beads) {
    std::string s;
    for (int id : b.original) s += std::to_string(id) + ",";
    s += ">";
    for (int id : b.rendition) s += std::to_string(id) + ",";
    out.push_back(s);
  }
  return out;
}

TEST_CASE("synonym memo: alignments through a shared memo are the alignments without it",
          "[align]") {
  const std::string original =
      "The minister saluted the crowd. Prices rose sharply last year. The talks ended.";
  const std::string rendition =
      "The minister greeted the crowd. The talks ended. Costs climbed steeply last year.";
  const auto doc = [](const std::string& text) { return segment_text(text, SegmentOptions{"en"}); };
  const Alignment alone = align_documents(doc(original), doc(rendition), AlignOptions{});
  SynonymMemo memo;
  AlignOptions shared;
  shared.synonym_memo = &memo;
  // Twice: the second alignment reads every word's keys from the memo.
  for (int pass = 0; pass < 2; ++pass) {
    const Alignment through = align_documents(doc(original), doc(rendition), shared);
    CHECK(bead_ranges(through) == bead_ranges(alone));
    REQUIRE(through.beads.size() == alone.beads.size());
    for (size_t k = 0; k < alone.beads.size(); ++k)
      CHECK(through.beads[k].score == alone.beads[k].score);
  }
}

}  // namespace
}  // namespace driftcheck
