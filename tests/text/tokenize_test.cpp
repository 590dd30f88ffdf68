#include "text/tokenize.h"

#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using driftcheck::TextOffsets;
using driftcheck::Token;
using driftcheck::Tokenizer;
using driftcheck::TokenKind;

namespace {

std::vector<Token> tokens(const std::string& utf8, const std::string& language = "en") {
  const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(utf8);
  TextOffsets offsets(std::u16string_view(utf16.getBuffer(), static_cast<size_t>(utf16.length())),
                      utf8);
  Tokenizer tokenizer(language);
  std::vector<Token> out;
  tokenizer.tokenize(offsets, 0, static_cast<size_t>(utf16.length()), out);
  return out;
}

// "text/kind" for each token, e.g. "$/symbol 200,000/number".
std::string describe(const std::vector<Token>& ts) {
  std::string out;
  for (const Token& t : ts) {
    if (!out.empty()) out += ' ';
    out += t.text + "/" + driftcheck::to_string(t.kind);
  }
  return out;
}

}  // namespace

TEST_CASE("tokenize: words, numbers, punctuation and symbols", "[text][tokenize]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Shahed-136", "Shahed/word -/punct 136/number"},
      {"$200,000", "$/symbol 200,000/number"},
      {"90%", "90/number %/symbol"},
      {"the U.S. said", "the/word U.S./word said/word"},
      {"it's, don't", "it's/word ,/punct don't/word"},
      {"Ilyushin\xE2\x80\x93"
       "76",
       "Ilyushin/word \xE2\x80\x93/punct 76/number"},
      {"on 10.08.2025", "on/word 10.08.2025/number"},
      {"3.5 and 1.75", "3.5/number and/word 1.75/number"},
      {"ok \xF0\x9F\x98\x80!", "ok/word \xF0\x9F\x98\x80/symbol !/punct"},
      {"\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAB\xE4\xBD\x8F\xE3\x82\x80",
       "\xE6\x9D\xB1\xE4\xBA\xAC/word \xE3\x81\xAB/word \xE4\xBD\x8F\xE3\x82\x80/word"},
      {"e\xCC\x81t\xC3\xA9", "e\xCC\x81t\xC3\xA9/word"},
      {"a\xC2\xA0"
       "b\xE2\x80\x8B"
       "c",
       "a/word b/word c/word"},
  }));
  CHECK(describe(tokens(text)) == expected);
}

TEST_CASE("tokenize: folded is NFKC case-folded and stem is Snowball's", "[text][tokenize]") {
  auto [text, folded, stem] = GENERATE(table<std::string, std::string, std::string>({
      {"Drones", "drones", "drone"},
      {"MODERNIZED", "modernized", "modern"},
      {"\xEF\xBC\xA6\xEF\xBD\x95\xEF\xBD\x8C\xEF\xBD\x8C", "full", "full"},  // Ｆｕｌｌ
      {"\xEF\xAC\x81nance", "finance", "financ"},                            // ﬁnance
      {"Stra\xC3\x9F"
       "e",
       "strasse", "strass"},
      {"e\xCC\x81t\xC3\xA9", "\xC3\xA9t\xC3\xA9", "\xC3\xA9t\xC3\xA9"},
      {"U.S.", "u.s.", "u.s."},
      {"infor\xC2\xADmation", "information", "inform"},  // a soft hyphen inside
  }));
  const auto ts = tokens(text);
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].text == text);
  CHECK(ts[0].folded == folded);
  CHECK(ts[0].stem == stem);
}

TEST_CASE("tokenize: Russian words get the Russian stemmer", "[text][tokenize]") {
  const auto ts = tokens("\xD0\x94\xD1\x80\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xB2", "ru");  // Дронов
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].folded == "\xD0\xB4\xD1\x80\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xB2");
  CHECK(ts[0].stem == "\xD0\xB4\xD1\x80\xD0\xBE\xD0\xBD");
}

TEST_CASE("tokenize: token offsets are code points", "[text][tokenize]") {
  // Д(1) space 😀(1, a surrogate pair) space e+U+0301(2) x
  const auto ts = tokens("\xD0\x94 \xF0\x9F\x98\x80 e\xCC\x81x");
  REQUIRE(ts.size() == 3);
  CHECK((ts[0].start == 0 && ts[0].end == 1));
  CHECK((ts[1].start == 2 && ts[1].end == 3));
  CHECK((ts[2].start == 4 && ts[2].end == 7));
}

TEST_CASE("tokenize: TextOffsets answers in any order", "[text][tokenize]") {
  const std::string utf8 = "a\xF0\x9F\x98\x80\xD0\x94z";
  const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(utf8);
  TextOffsets offsets(std::u16string_view(utf16.getBuffer(), static_cast<size_t>(utf16.length())),
                      utf8);
  CHECK(offsets.code_point(4) == 3);
  CHECK(offsets.byte(4) == 7);
  CHECK(offsets.code_point(1) == 1);
  CHECK(offsets.byte(3) == 5);
  CHECK(offsets.code_point(5) == 4);
  CHECK(offsets.byte(5) == 8);
}

TEST_CASE("tokenize: a token longer than any word is opaque", "[text][tokenize][opaque]") {
  SECTION("a letter under 200,000 combining marks is one bounded token, not folded or stemmed") {
    std::string text = "a";
    for (int i = 0; i < 200000; ++i) text += "\xCC\x81";  // U+0301
    const auto ts = tokens(text + " drones");
    REQUIRE(ts.size() == 2);
    CHECK((ts[0].start == 0 && ts[0].end == 200001));
    CHECK(driftcheck::is_opaque(ts[0]));
    CHECK(ts[0].folded == ts[0].text);  // NFKC would have composed a + U+0301
    CHECK(ts[0].stem == ts[0].folded);
    CHECK(ts[1].stem == "drone");
  }
  SECTION("a run of letters past 64 is compared as written, ASCII lower-cased") {
    const auto ts = tokens("ABC" + std::string(4000, 'a') + "ing");
    REQUIRE(ts.size() == 1);
    CHECK(driftcheck::is_opaque(ts[0]));
    CHECK(ts[0].folded == "abc" + std::string(4000, 'a') + "ing");
    CHECK(ts[0].stem == ts[0].folded);  // no "-ing" stripped
  }
  SECTION("64 code points is still a word") {
    const auto ts = tokens(std::string(60, 'a') + "ings");
    REQUIRE(ts.size() == 1);
    CHECK_FALSE(driftcheck::is_opaque(ts[0]));
    CHECK(ts[0].stem != ts[0].folded);
  }
  SECTION("a long number is opaque too") {
    const auto ts = tokens(std::string(5000, '7'));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].kind == TokenKind::number);
    CHECK(driftcheck::is_opaque(ts[0]));
  }
}
