// The gap phases alone: leftovers of one gap paired by length, and a leftover joined to the
// match next to it.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "align/align_phases.h"
#include "align_test_util.h"
#include "text/segment.h"

namespace driftcheck {
namespace {

using namespace driftcheck::testing;

struct Pair {
  Document original;
  Document rendition;
  Candidates candidates;
  PairProfiles profiles;

  Pair(const std::string& o, const std::string& r)
      : original(doc(o)),
        rendition(doc(r)),
        candidates(select_candidates(original, rendition, AlignOptions{})),
        profiles(original, candidates.ids_o, rendition, candidates.ids_r, AlignOptions{}) {}
};

const std::string kFirst =
    "The council approved a new budget for the harbour district on Monday.\n";
const std::string kLast = "A final vote on the audit is expected in September.\n";

// A three-sentence story whose middle sentence was dropped and another added in its place: the
// search's path, and the parts before the gap phase.
const std::vector<SearchBead> kOneGapPath = {
    {0, 1, 0, 1, 0.9}, {1, 2, 1, 1, 0.0}, {2, 2, 1, 2, 0.0}, {2, 3, 2, 3, 0.9}};

AlignmentParts one_gap(const std::vector<SearchBead>& path) {
  AlignmentParts parts;
  parts.matches = {path[0], path[3]};
  parts.omitted = {1};
  parts.added = {1};
  return parts;
}

}  // namespace

TEST_CASE("gaps: one omitted and one added sentence of like length are one reworded sentence",
          "[align][gaps]") {
  const Pair p(
      kFirst + "Fishermen had protested against the closure of the pier for months.\n" + kLast,
      kFirst + "Anglers spent half a year demonstrating as their jetty stayed shut.\n" + kLast);
  const std::vector<SearchBead> path = kOneGapPath;
  AlignmentParts parts = one_gap(path);
  fill_holes(p.profiles, path, parts, AlignOptions{});
  REQUIRE(parts.matches.size() == 3);
  CHECK(same(parts.matches[1], {1, 2, 1, 2, 0.0}));  // in original order
  CHECK(parts.omitted.empty());
  CHECK(parts.added.empty());
}

TEST_CASE("gaps: a dropped sentence and a far longer added one stay apart", "[align][gaps]") {
  const Pair p(kFirst + "Fishermen protested.\n" + kLast,
               kFirst +
                   "Anglers spent half a year demonstrating outside the town hall every single "
                   "weekend, with banners, drums and a petition signed by four thousand people, "
                   "while their jetty stayed shut and their boats rotted in the mud.\n" +
                   kLast);
  const std::vector<SearchBead> path = kOneGapPath;
  AlignmentParts parts = one_gap(path);
  fill_holes(p.profiles, path, parts, AlignOptions{});
  CHECK(parts.matches.size() == 2);
  CHECK(parts.omitted == std::vector<int>{1});
  CHECK(parts.added == std::vector<int>{1});
}

TEST_CASE("gaps: a moved sentence stays out of the gap it left", "[align][gaps]") {
  const Pair p(
      kFirst + "Fishermen had protested against the closure of the pier for months.\n" + kLast,
      kFirst + "Anglers spent half a year demonstrating as their jetty stayed shut.\n" + kLast);
  const std::vector<SearchBead> path = kOneGapPath;
  AlignmentParts parts = one_gap(path);
  parts.moves = {{1, 2, 1, 2, 0.4}};  // placed by the move phase already
  fill_holes(p.profiles, path, parts, AlignOptions{});
  CHECK(parts.matches.size() == 2);
}

TEST_CASE("gaps: the second half of a split joins the match of its first half",
          "[align][gaps][split]") {
  std::string same_lines;
  for (int k = 0; k < 8; ++k)
    same_lines += "Line " + std::to_string(k) + " of the report says the same thing in both.\n";
  const Pair p(same_lines +
                   "The mayor said the plan would cost four million euros, and the opposition "
                   "answered that the harbour needed nothing of the kind this year.\n",
               same_lines + "The mayor said the plan would cost four million euros.\n" +
                   "Her critics were not convinced at all.\n");
  AlignmentParts parts;
  for (int k = 0; k < 9; ++k) parts.matches.push_back({k, k + 1, k, k + 1, 0.8});
  parts.added = {9};
  attach_neighbours(p.profiles, parts, AlignOptions{});
  REQUIRE(parts.matches.size() == 9);
  CHECK(same(parts.matches[8], {8, 9, 8, 10, 0.0}));
  CHECK(parts.matches[8].score > 0.0);  // recomputed for the joined bead
  CHECK(parts.added.empty());
}

TEST_CASE("gaps: an added line next to a match of agreeing length stays added", "[align][gaps]") {
  const Pair p(kFirst + kLast, kFirst + kLast + "Read more about the harbour.\n");
  AlignmentParts parts;
  parts.matches = {{0, 1, 0, 1, 0.9}, {1, 2, 1, 2, 0.9}};
  parts.added = {2};
  attach_neighbours(p.profiles, parts, AlignOptions{});
  CHECK(parts.added == std::vector<int>{2});
  CHECK(same(parts.matches[1], {1, 2, 1, 2, 0.0}));
}

}  // namespace driftcheck
