#include "text/sentence_repair.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using driftcheck::repair_sentence_cuts;
using Cuts = std::vector<int32_t>;

namespace {

int32_t at(std::u16string_view text, std::u16string_view needle) {
  const size_t pos = text.find(needle);
  REQUIRE(pos != std::u16string_view::npos);
  return static_cast<int32_t>(pos);
}

int32_t size_of(std::u16string_view text) { return static_cast<int32_t>(text.size()); }

}  // namespace

TEST_CASE("sentence_repair: a period glued to the next sentence gets a break",
          "[text][sentence_repair]") {
  const std::u16string_view p = u"about $70 thousand.The drones flew.";
  CHECK(repair_sentence_cuts(p, {0, size_of(p)}, "en") == Cuts{0, at(p, u"The"), size_of(p)});
  const std::u16string_view quoted = u"it said \"no.\"Then it left.";
  CHECK(repair_sentence_cuts(quoted, {0, size_of(quoted)}, "en") ==
        Cuts{0, at(quoted, u"Then"), size_of(quoted)});
}

TEST_CASE("sentence_repair: abbreviations, numbers and domains are not glued periods",
          "[text][sentence_repair]") {
  const std::u16string_view p = GENERATE(as<std::u16string_view>{}, u"The U.S.Army came.",
                                         u"It cost 3.5 million.", u"See cnn.com for more.");
  CHECK(repair_sentence_cuts(p, {0, size_of(p)}, "en") == Cuts{0, size_of(p)});
}

TEST_CASE("sentence_repair: wrong breaks after titles, initials and e.g. are removed",
          "[text][sentence_repair]") {
  auto [text, after] = GENERATE(table<std::u16string_view, std::u16string_view>({
      {u"Gen. Jones spoke.", u"Jones"},
      {u"He met Dr. Watson.", u"Watson"},
      {u"Read J. R. R. Tolkien now.", u"R. R."},
      {u"Read J. R. R. Tolkien now.", u"Tolkien"},
      {u"Drones, e.g. Shaheds, fly.", u"Shaheds"},
      {u"Lt. Col. Smith came.", u"Col."},
  }));
  CHECK(repair_sentence_cuts(text, {0, at(text, after), size_of(text)}, "en") ==
        Cuts{0, size_of(text)});
}

TEST_CASE("sentence_repair: a sentence opener after a title or initial keeps the break",
          "[text][sentence_repair]") {
  const std::u16string_view p = u"He lives on Main St. The house is old.";
  const Cuts cuts{0, at(p, u"The"), size_of(p)};
  CHECK(repair_sentence_cuts(p, cuts, "en") == cuts);
  // ICU's abbreviation list swallowed "X." and "Joe."; the opener restores the break.
  const std::u16string_view x = u"He wrote on X. The post spread. I met Joe. He smiled.";
  CHECK(repair_sentence_cuts(x, {0, at(x, u"I met"), size_of(x)}, "en") ==
        Cuts{0, at(x, u"The"), at(x, u"I met"), at(x, u"He smiled"), size_of(x)});
}

TEST_CASE("sentence_repair: '?' or '!' followed by lower case does not end the sentence",
          "[text][sentence_repair]") {
  const std::u16string_view p = u"\u2018Why not?\u2019 he asked. Who? Nobody.";
  CHECK(repair_sentence_cuts(p, {0, at(p, u"he"), at(p, u"Who"), at(p, u"Nobody"), size_of(p)},
                             "en") == Cuts{0, at(p, u"Who"), at(p, u"Nobody"), size_of(p)});
}

TEST_CASE("sentence_repair: an ellipsis before a capital ends the sentence",
          "[text][sentence_repair]") {
  const std::u16string_view p = u"He waited\u2026 Then he left\u2026 and came back.";
  CHECK(repair_sentence_cuts(p, {0, size_of(p)}, "en") == Cuts{0, at(p, u"Then"), size_of(p)});
}

TEST_CASE("sentence_repair: English word lists stay out of other languages",
          "[text][sentence_repair]") {
  const std::u16string_view p = u"Er wohnt in der Main St. The End.";
  CHECK(repair_sentence_cuts(p, {0, size_of(p)}, "de") == Cuts{0, size_of(p)});
  const std::u16string_view ru = u"Это, т.е. Москва, город.";
  CHECK(repair_sentence_cuts(ru, {0, at(ru, u"Москва"), size_of(ru)}, "ru") ==
        Cuts{0, size_of(ru)});
}
