// The phases around the monotone path, each alone: candidates, match strength, the article's
// core, trusted matches and moved sentences.
#include "align/align_phases.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "align_test_util.h"
#include "text/segment.h"

namespace driftcheck {
namespace {

using namespace driftcheck::testing;

// kStory with its second sentence moved to the end.
const std::string kMoved =
    "The council approved a new budget for the harbour district on Monday.\n"
    "Fishermen had protested against the closure of the northern pier since March.\n"
    "The new budget reopens the pier and repairs the breakwater damaged by winter storms.\n"
    "Opposition councillors called the spending reckless and demanded an audit.\n"
    "A final vote on the audit is expected in September.\n"
    "Mayor Elena Novak said the plan would cost 4.2 million euros over three years.\n";

}  // namespace

TEST_CASE("phases: a navigation label is left out of the candidates", "[align][phases]") {
  const Document original = doc("Follow us\n\nThe council approved a new budget on Monday.\n");
  const Document rendition = doc("The council approved a new budget on Monday.\n");
  const Candidates c = select_candidates(original, rendition, AlignOptions{});
  CHECK(c.chrome_o == std::vector<bool>{true, false});
  CHECK(c.ids_o == std::vector<int>{1});
  CHECK(c.chrome_r == std::vector<bool>{false});
  CHECK(c.ids_r == std::vector<int>{0});
}

TEST_CASE("phases: match strength is the path's score, by sentence id", "[align][phases]") {
  Candidates c = all_candidates(3, 2);
  c.chrome_o[1] = true;
  c.ids_o = {0, 2};  // sentence 1 is chrome: profile index 1 is sentence 2
  const std::vector<SearchBead> path = {{0, 1, 0, 1, 0.6}, {1, 2, 1, 1, 0.0}, {2, 2, 1, 2, 0.0}};
  const MatchStrength s = path_strength(c, path);
  CHECK(s.original == std::vector<double>{0.6, 0.0, 0.0});
  CHECK(s.rendition == std::vector<double>{0.6, 0.0});
}

TEST_CASE("phases: chrome after the strong matches is outside the article", "[align][phases]") {
  Candidates c = all_candidates(3, 3);
  c.chrome_o[2] = true;
  c.ids_o = {0, 1};
  MatchStrength s;
  s.original = {0.5, 0.5, 0.0};
  s.rendition = {0.5, 0.5, 0.5};
  const ArticleCore core = find_article_core(c, s, AlignOptions{});
  CHECK(core.outside_o == std::vector<bool>{false, false, true});
  CHECK(core.outside_r == std::vector<bool>{false, false, false});
  CHECK(core.body_o == std::vector<bool>{true, true});  // by profile index
  CHECK(core.body_r == std::vector<bool>{true, true, true});
}

TEST_CASE("phases: weak matches and matches touching page content come apart", "[align][phases]") {
  ArticleCore core;
  core.body_o = {true, true, true, true};
  core.body_r = {true, true, false};
  const std::vector<SearchBead> path = {
      {0, 1, 0, 1, 0.5},   // kept
      {1, 2, 1, 1, 0.0},   // omitted already
      {2, 3, 1, 2, 0.05},  // below weak_match (0.08): omitted + added
      {3, 4, 2, 3, 0.6},   // its rendition sentence is page content: omitted only
  };
  const AlignmentParts parts = keep_trusted_matches(path, core, AlignOptions{});
  REQUIRE(parts.matches.size() == 1);
  CHECK(same(parts.matches[0], path[0]));
  CHECK(parts.omitted == std::vector<int>{1, 2, 3});
  CHECK(parts.added == std::vector<int>{1});
  CHECK(parts.moves.empty());
}

TEST_CASE("phases: a leftover sentence pair that moved is found", "[align][phases][move]") {
  const Document original = doc(kStory);
  const Document rendition = doc(kMoved);
  const AlignOptions options;
  const Candidates c = select_candidates(original, rendition, options);
  REQUIRE(c.ids_o.size() == 6);
  REQUIRE(c.ids_r.size() == 6);
  const PairProfiles profiles(original, c.ids_o, rendition, c.ids_r, options);
  ArticleCore core;
  core.body_o.assign(6, true);
  core.body_r.assign(6, true);
  AlignmentParts parts;
  parts.matches = {{0, 1, 0, 1, 0.9},
                   {2, 3, 1, 2, 0.9},
                   {3, 4, 2, 3, 0.9},
                   {4, 5, 3, 4, 0.9},
                   {5, 6, 4, 5, 0.9}};
  parts.omitted = {1};
  parts.added = {5};
  find_moved_sentences(profiles, core, parts, options);
  REQUIRE(parts.moves.size() == 1);
  CHECK(same(parts.moves[0], {1, 2, 5, 6, 0.0}));
  CHECK(parts.moves[0].score > 0.9);
  CHECK(parts.matches.size() == 5);
}

TEST_CASE("phases: unrelated leftovers are no move", "[align][phases][move]") {
  const Document original = doc(kStory);
  const Document rendition =
      doc(kStory.substr(0, kStory.rfind("A final vote")) +
          "Tourists were warned about jellyfish along the southern beaches.\n");
  const AlignOptions options;
  const Candidates c = select_candidates(original, rendition, options);
  const PairProfiles profiles(original, c.ids_o, rendition, c.ids_r, options);
  ArticleCore core;
  core.body_o.assign(c.ids_o.size(), true);
  core.body_r.assign(c.ids_r.size(), true);
  AlignmentParts parts;
  for (int k = 0; k < 5; ++k) parts.matches.push_back({k, k + 1, k, k + 1, 0.9});
  parts.omitted = {5};
  parts.added = {5};
  find_moved_sentences(profiles, core, parts, options);
  CHECK(parts.moves.empty());
  CHECK(parts.omitted == std::vector<int>{5});
  CHECK(parts.added == std::vector<int>{5});
}

}  // namespace driftcheck
