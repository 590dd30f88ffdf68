// search_beads on a small pair: the path's shapes (1:1, 1:2, 2:1, 1:0, 0:1) and the score it
// reports for each bead, which the search computes again while backtracking.
#include "align/bead_search.h"

#include <catch2/catch.hpp>
#include <numeric>
#include <string>
#include <vector>

#include "text/segment.h"

namespace driftcheck {
namespace {

std::vector<int> all_ids(const Document& d) {
  std::vector<int> ids(d.sentences.size());
  std::iota(ids.begin(), ids.end(), 0);
  return ids;
}

std::vector<int> range(int begin, int end) {
  std::vector<int> ids;
  for (int k = begin; k < end; ++k) ids.push_back(k);
  return ids;
}

TEST_CASE("bead search: splits, merges, an addition and an omission on one path",
          "[align][bead_search]") {
  const Document original = segment_text(
      "The council approved a new budget for the harbour district on Monday.\n"
      "Mayor Elena Novak said the plan would cost 4.2 million euros over three years.\n"
      "Fishermen had protested against the closure of the northern pier since March.\n"
      "The new budget reopens the pier and repairs the breakwater damaged by winter storms.\n"
      "Opposition councillors called the spending reckless and demanded an audit.\n"
      "Tourism officials expect cruise ships to return to the harbour next summer.\n"
      "A final vote on the audit is expected in September.\n",
      SegmentOptions{"en"});
  const Document rendition = segment_text(
      "The council approved a new budget for the harbour district on Monday.\n"
      "Mayor Elena Novak said the plan would cost 4.2 million euros. It runs over three "
      "years.\n"
      "Fishermen, who had protested against the closure of the northern pier since March, "
      "will see the new budget reopen the pier and repair the breakwater damaged by winter "
      "storms.\n"
      "Opposition councillors called the spending reckless and demanded an audit.\n"
      "Readers can send questions to our newsroom by email.\n"
      "A final vote on the audit is expected in September.\n",
      SegmentOptions{"en"});
  const AlignOptions options;
  const PairProfiles profiles(original, all_ids(original), rendition, all_ids(rendition), options);
  const std::vector<SearchBead> path = search_beads(profiles, options);

  struct Shape {
    int ob, oe, rb, re;
  };
  std::vector<Shape> shapes;
  for (const SearchBead& b : path)
    shapes.push_back({b.original_begin, b.original_end, b.rendition_begin, b.rendition_end});
  const std::vector<Shape> expected{{0, 1, 0, 1}, {1, 2, 1, 3}, {2, 4, 3, 4}, {4, 5, 4, 5},
                                    {5, 5, 5, 6}, {5, 6, 6, 6}, {6, 7, 6, 7}};
  REQUIRE(shapes.size() == expected.size());
  for (size_t k = 0; k < expected.size(); ++k) {
    INFO("bead " << k);
    CHECK(shapes[k].ob == expected[k].ob);
    CHECK(shapes[k].oe == expected[k].oe);
    CHECK(shapes[k].rb == expected[k].rb);
    CHECK(shapes[k].re == expected[k].re);
  }
  for (const SearchBead& b : path) {
    if (b.original_begin == b.original_end || b.rendition_begin == b.rendition_end) {
      CHECK(b.score == 0.0);
      continue;
    }
    // The search sums pairwise dot products; group_similarity sums the vectors first.
    CHECK(b.score == Approx(group_similarity(profiles, range(b.original_begin, b.original_end),
                                             range(b.rendition_begin, b.rendition_end)))
                         .margin(1e-5));
  }
}

}  // namespace
}  // namespace driftcheck
