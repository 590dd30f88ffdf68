#include "drift/word_relation.h"

#include <catch2/catch.hpp>
#include <string>

#include "drift/bead_view.h"
#include "text/segment.h"

using namespace driftcheck;

namespace {

// Judges the one word that differs between two otherwise equal sentences.
WordJudgement judge_changed(const std::string& a, const std::string& b,
                            LexiconCache* cache = nullptr) {
  const Document da = segment_text(a, SegmentOptions{"en"});
  const Document db = segment_text(b, SegmentOptions{"en"});
  Bead bead;
  bead.original = {0};
  bead.rendition = {0};
  BeadView view = make_bead_view(da, db, bead, 0);
  view.lexicon = cache;
  REQUIRE(view.hunks.size() == 1);
  const Hunk& h = view.hunks.front();
  REQUIRE(h.o_end - h.o_begin == 1);
  REQUIRE(h.r_end - h.r_begin == 1);
  return judge_words(view, view.original.words[h.o_begin], view.rendition.words[h.r_begin]);
}

}  // namespace

TEST_CASE("word relation: how a replaced word relates to the original one",
          "[drift][word_relation]") {
  auto [a, b, link] = GENERATE(table<const char*, const char*, WordLink>({
      {"Prices rose in May.", "Prices fell in May.", WordLink::antonym},
      {"They met before the vote.", "They met after the vote.", WordLink::antonym},
      {"The car was fast.", "The car was quick.", WordLink::equivalent},
      {"The boat was large.", "The boat was big.", WordLink::equivalent},
      {"The investigators left.", "The investigadores left.", WordLink::foreign},
      {"The army fired drones.", "The army produced drones.", WordLink::unrelated},
  }));
  CAPTURE(a, b);
  const WordJudgement j = judge_changed(a, b);
  CHECK(j.link == link);
  CHECK_FALSE(j.why.empty());
}

TEST_CASE("word relation: the check's cache gives the judgement it would compute",
          "[drift][word_relation]") {
  LexiconCache cache;
  const WordJudgement first = judge_changed("Prices rose.", "Prices fell.", &cache);
  REQUIRE(cache.judged.size() == 1);
  const WordJudgement again = judge_changed("Prices rose.", "Prices fell.", &cache);
  CHECK(cache.judged.size() == 1);
  CHECK(again.link == first.link);
  CHECK(again.why == first.why);
  CHECK(first.link == WordLink::antonym);
}

TEST_CASE("word relation: scripts", "[drift][word_relation]") {
  CHECK(is_latin("Straße"));
  CHECK(is_latin("2024"));
  CHECK_FALSE(is_latin("Путин"));
}
