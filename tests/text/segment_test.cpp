#include "text/segment.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/decode.h"

using driftcheck::Document;
using driftcheck::segment_text;
using driftcheck::SegmentOptions;
using Strings = std::vector<std::string>;

namespace {

Document segment(const std::string& text, const std::string& language = "en") {
  return segment_text(text, SegmentOptions{language});
}

Strings sentences(const std::string& text, const std::string& language = "en") {
  Strings out;
  for (const auto& s : segment(text, language).sentences) out.push_back(s.text);
  return out;
}

// UTF-8 → code points, written here without ICU so that it checks the library.
std::u32string code_points(std::string_view utf8) {
  std::u32string out;
  for (size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::string utf8_of(std::u32string_view cps) {
  std::string out;
  for (const char32_t cp : cps) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

std::string slice(const std::u32string& cps, uint32_t start, uint32_t end) {
  REQUIRE(start <= end);
  REQUIRE(end <= cps.size());
  return utf8_of(std::u32string_view(cps).substr(start, end - start));
}

// Every sentence and token is the text at its code point offsets.
void check_offsets(const Document& doc) {
  const std::u32string cps = code_points(doc.text);
  for (const auto& s : doc.sentences) {
    INFO("sentence " << s.id << ": " << s.text);
    CHECK(slice(cps, s.start, s.end) == s.text);
    for (const auto& t : s.tokens) {
      CHECK(slice(cps, t.start, t.end) == t.text);
      CHECK(t.start >= s.start);
      CHECK(t.end <= s.end);
    }
  }
}

Document flagship(const std::string& name) {
  std::ifstream in(std::string(DRIFTCHECK_SOURCE_DIR) + "/corpora/cnn-alabuga/" + name,
                   std::ios::binary);
  REQUIRE(in);
  std::stringstream bytes;
  bytes << in.rdbuf();
  driftcheck::DecodeOptions options;
  options.file = name;
  auto decoded = driftcheck::decode_text(bytes.str(), options);
  REQUIRE(decoded.ok());
  return segment_text(std::move(decoded->text), SegmentOptions{});
}

// The sentence that contains `needle`.
std::string sentence_with(const Document& doc, std::string_view needle) {
  for (const auto& s : doc.sentences)
    if (s.text.find(needle) != std::string::npos) return s.text;
  FAIL("no sentence contains " << needle);
  return {};
}

}  // namespace

TEST_CASE("segment: a period glued to the next sentence splits", "[text][segment]") {
  CHECK(sentences("In 2025 it came down to about $70 thousand.The drones were also modernized.") ==
        Strings{"In 2025 it came down to about $70 thousand.", "The drones were also modernized."});
  CHECK(sentences("The U.S. paid 3.5 million for it.") ==
        Strings{"The U.S. paid 3.5 million for it."});
}

TEST_CASE("segment: a closing quote after the period stays on the first sentence",
          "[text][segment]") {
  const auto quote = GENERATE(as<std::string>{}, "'", "\"", "\xE2\x80\x99", "\xE2\x80\x9D");
  CHECK(sentences("Finally, something no one else has." + quote + " Analysts believe it.") ==
        Strings{"Finally, something no one else has." + quote, "Analysts believe it."});
}

TEST_CASE("segment: initials, honorifics and abbreviations do not end sentences",
          "[text][segment]") {
  auto [text, expected] = GENERATE(table<std::string, Strings>({
      {"The U.N. said so. It agreed.", {"The U.N. said so.", "It agreed."}},
      {"Mr. Smith met Gen. Jones and Dr. Watson.", {"Mr. Smith met Gen. Jones and Dr. Watson."}},
      {"She has a Ph.D. in physics.", {"She has a Ph.D. in physics."}},
      {"Some drones, e.g. Shaheds, fly. Others, i.e. Gerans, too.",
       {"Some drones, e.g. Shaheds, fly.", "Others, i.e. Gerans, too."}},
      {"He read J. R. R. Tolkien. He liked it.", {"He read J. R. R. Tolkien.", "He liked it."}},
      {"Lt. Col. Smith spoke in St. Louis.", {"Lt. Col. Smith spoke in St. Louis."}},
      {"It was written by J. Smith in May.", {"It was written by J. Smith in May."}},
      {"He lives in the U.S. He works.", {"He lives in the U.S.", "He works."}},
      {"Gabbard wrote on X. The post spread.", {"Gabbard wrote on X.", "The post spread."}},
      {"I met Joe. He was kind.", {"I met Joe.", "He was kind."}},
      {"He lives on Main St. The house is old.", {"He lives on Main St.", "The house is old."}},
  }));
  CHECK(sentences(text) == expected);
}

TEST_CASE("segment: an ellipsis splits only before a capitalised sentence", "[text][segment]") {
  auto [text, expected] = GENERATE(table<std::string, Strings>({
      {"He waited... and then left.", {"He waited... and then left."}},
      {"He waited... Then he left.", {"He waited...", "Then he left."}},
      {"He waited\xE2\x80\xA6 and then left.", {"He waited\xE2\x80\xA6 and then left."}},
      {"He waited\xE2\x80\xA6 Then he left.", {"He waited\xE2\x80\xA6", "Then he left."}},
  }));
  CHECK(sentences(text) == expected);
}

TEST_CASE("segment: a question or exclamation followed by lower case goes on", "[text][segment]") {
  CHECK(sentences("'Why not?' he asked. 'Fine!' she said. Who? Nobody.") ==
        Strings{"'Why not?' he asked.", "'Fine!' she said.", "Who?", "Nobody."});
}

TEST_CASE("segment: bracketed insertions stay inside the sentence", "[text][segment]") {
  CHECK(sentences("'Some of [Iran's] drone production facilities were bombed,' he said.") ==
        Strings{"'Some of [Iran's] drone production facilities were bombed,' he said."});
}

TEST_CASE("segment: paragraphs end at every kind of line break", "[text][segment]") {
  const auto eol = GENERATE(as<std::string>{}, "\n", "\r\n", "\r", "\xE2\x80\xA8");
  const Document doc = segment("Heading" + eol + eol + "One. Two" + eol + "By A Reporter" + eol);
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].text == "Heading");
  CHECK(doc.sentences[0].standalone);
  CHECK(doc.sentences[1].text == "One.");
  CHECK(doc.sentences[2].text == "Two");  // never runs into the next line
  CHECK_FALSE(doc.sentences[2].standalone);
  CHECK(doc.sentences[1].paragraph == doc.sentences[2].paragraph);
  CHECK(doc.sentences[3].text == "By A Reporter");
  CHECK(doc.sentences[3].paragraph == doc.sentences[2].paragraph + 1);
  CHECK(doc.sentences[3].standalone);
  check_offsets(doc);
}

TEST_CASE("segment: white space and invisible marks around sentences are trimmed",
          "[text][segment]") {
  const Document doc = segment(
      "\xC2\xA0 \xE2\x80\x8B"
      "First one.\xC2\xA0 Second one. \xE2\x80\x8B");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].text == "First one.");
  CHECK(doc.sentences[1].text == "Second one.");
  check_offsets(doc);
}

TEST_CASE("segment: offsets are code points for Cyrillic, CJK, emoji and combining marks",
          "[text][segment]") {
  const std::string text =
      "\xF0\x9F\x98\x80 Emoji first. "                      // U+1F600, supplementary
      "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82. "  // Привет.
      "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAB\xE4\xBD\x8F\xE3\x82\x80\xE3\x80\x82"  // 東京に住む。
      " e\xCC\x81t\xC3\xA9 \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD done.";  // e+U+0301 té 👍🏽
  const Document doc = segment(text);
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].start == 0);
  CHECK(doc.sentences[0].end == 14);    // the emoji is one code point (two in UTF-16)
  CHECK(doc.sentences[1].start == 15);  // "Привет." is 7 (14 bytes)
  CHECK(doc.sentences[1].end == 22);
  CHECK(doc.sentences[2].start == 23);
  CHECK(doc.sentences[2].end == 29);
  CHECK(doc.sentences[3].start == 30);
  CHECK(doc.sentences[3].tokens.at(0).end == 34);  // e, U+0301, t, é
  CHECK(doc.sentences[3].tokens.at(1).end - doc.sentences[3].tokens.at(1).start == 2);
  check_offsets(doc);
}

TEST_CASE("segment: every flagship sentence is the input at its offsets", "[text][segment]") {
  const auto name = GENERATE(as<std::string>{}, "original.txt", "rendition.txt");
  const Document doc = flagship(name);
  REQUIRE(doc.sentences.size() > 40);
  CHECK(doc.language == "en");
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    CHECK(doc.sentences[k].id == static_cast<int>(k));
    CHECK_FALSE(doc.sentences[k].tokens.empty());
    if (k > 0) CHECK(doc.sentences[k].start >= doc.sentences[k - 1].end);
  }
  check_offsets(doc);
}

TEST_CASE("segment: the flagship rendition's glued period and quoted ending split",
          "[text][segment]") {
  const Document doc = flagship("rendition.txt");
  CHECK(sentence_with(doc, "about $70 thousand.").ends_with("about $70 thousand."));
  CHECK(sentence_with(doc, "The drones were also modernized").starts_with("The drones"));
  CHECK(sentence_with(doc, "no one else has.").ends_with("no one else has.\""));
  CHECK(sentence_with(doc, "Analysts believe that about 90%").starts_with("Analysts believe"));
}

TEST_CASE("segment: the flagship original keeps headings, bylines and quotes whole",
          "[text][segment]") {
  const Document doc = flagship("original.txt");
  CHECK(sentence_with(doc, "Ilyushin") ==
        "Open-source flight tracking data shows a Gelix Airlines Ilyushin\xE2\x80\x93"
        "76 military "
        "cargo plane flew from Moscow to Tehran on July 11.");
  CHECK(sentence_with(doc, "Some of [Iran's]").ends_with("Albright said."));
  CHECK(sentence_with(doc, "U.N.-patrolled").starts_with("Israeli forces seized"));
  CHECK(sentence_with(doc, "Gabbard wrote on X.").ends_with("Gabbard wrote on X."));
}

TEST_CASE("segment: the language is guessed from the script unless given", "[text][segment]") {
  auto [text, language] = GENERATE(table<std::string, std::string>({
      {"The drones were modernized.", "en"},
      {"\xD0\x94\xD1\x80\xD0\xBE\xD0\xBD\xD1\x8B \xD0\xB1\xD1\x8B\xD0\xBB\xD0\xB8.", "ru"},
      {"\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAB\xE4\xBD\x8F\xE3\x82\x80\xE3\x80\x82", "ja"},
      {"\xE6\x97\xA0\xE4\xBA\xBA\xE6\x9C\xBA\xE3\x80\x82", "zh"},
      {"\xEB\x93\x9C\xEB\xA1\xA0\xEC\x9D\xB4\xEB\x8B\xA4.", "ko"},
      {"\xCE\x9A\xCE\xB1\xCE\xBB\xCE\xB7\xCE\xBC\xCE\xAD\xCF\x81\xCE\xB1.", "el"},
  }));
  CHECK(driftcheck::guess_language(text) == language);
  CHECK(segment_text(text, SegmentOptions{}).language == language);
  CHECK(segment_text(text, SegmentOptions{"de-AT"}).language == "de-AT");
}
