#include "text/decode.h"

#include <catch2/catch.hpp>
#include <string>

using driftcheck::decode_text;
using driftcheck::DecodeOptions;

namespace {

DecodeOptions options(std::string encoding = {}) {
  DecodeOptions o;
  o.file = "a.txt";
  o.encoding = std::move(encoding);
  return o;
}

std::string error_of(std::string_view bytes, const DecodeOptions& o = options()) {
  auto decoded = decode_text(bytes, o);
  REQUIRE_FALSE(decoded.ok());
  return decoded.error().to_string();
}

}  // namespace

TEST_CASE("decode: UTF-8 without a byte order mark is taken as it is", "[text][decode]") {
  const std::string text = "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80\n";
  auto decoded = decode_text(text, options());
  REQUIRE(decoded.ok());
  CHECK(decoded->text == text);
  CHECK(decoded->encoding == "UTF-8");
  CHECK_FALSE(decoded->detected);
}

TEST_CASE("decode: a UTF-8 byte order mark is removed", "[text][decode]") {
  auto decoded = decode_text("\xEF\xBB\xBFHello.", options());
  REQUIRE(decoded.ok());
  CHECK(decoded->text == "Hello.");
  CHECK(decoded->encoding == "UTF-8");
}

TEST_CASE("decode: UTF-16 with a byte order mark, both byte orders", "[text][decode]") {
  // "Hé😀" : H, U+00E9, U+1F600 (a surrogate pair)
  const std::string le(
      "\xFF\xFE"
      "H\0\xE9\0\x3D\xD8\x00\xDE",
      10);
  const std::string be(
      "\xFE\xFF"
      "\0H\0\xE9\xD8\x3D\xDE\x00",
      10);
  auto [bytes, name] =
      GENERATE_COPY(table<std::string, std::string>({{le, "UTF-16LE"}, {be, "UTF-16BE"}}));
  auto decoded = decode_text(bytes, options());
  REQUIRE(decoded.ok());
  CHECK(decoded->text == "H\xC3\xA9\xF0\x9F\x98\x80");
  CHECK(decoded->encoding == name);
}

TEST_CASE("decode: --encoding names a legacy encoding", "[text][decode]") {
  auto decoded = decode_text("caf\xE9 na\xEFve", options("windows-1252"));
  REQUIRE(decoded.ok());
  CHECK(decoded->text == "caf\xC3\xA9 na\xC3\xAFve");
  CHECK(decoded->encoding == "windows-1252");
}

TEST_CASE("decode: bytes that are not UTF-8 go to the charset detector", "[text][decode]") {
  const std::string latin1 =
      "Le caf\xE9 de la gare est ferm\xE9 depuis l'\xE9t\xE9 dernier. Les habitu\xE9s "
      "regrettent le g\xE2teau et la cr\xE8me br\xFBl\xE9"
      "e qu'on y servait.\n";
  auto decoded = decode_text(latin1, options());
  REQUIRE(decoded.ok());
  CHECK(decoded->detected);
  CHECK(decoded->encoding != "UTF-8");
  CHECK(decoded->text.find("caf\xC3\xA9") != std::string::npos);
}

TEST_CASE("decode: typographic and invisible characters are normal input", "[text][decode]") {
  const std::string text =
      "A\xC2\xA0"
      "b\xE2\x80\x8B"
      "c\xC2\xAD"
      "d \xE2\x80\x94 \xE2\x80\x98q\xE2\x80\x99\r\nE\rF";
  auto decoded = decode_text(text, options());
  REQUIRE(decoded.ok());
  CHECK(decoded->text == text);
}

TEST_CASE("decode: rejections name the file, the place and what to do", "[text][decode]") {
  CHECK(error_of("") == "a.txt: file is empty (give a file with text in it)");
  CHECK(error_of(" \n\t\xC2\xA0\xE2\x80\x8B\r\n") ==
        "a.txt: file has only white space (give a file with text in it)");
  CHECK(error_of(std::string("ab\ncd\0e", 7)) ==
        "a.txt:2:3 (byte 5): binary data (a NUL byte) (give a text file; for UTF-16 without a "
        "byte order mark use --encoding UTF-16LE or UTF-16BE)");
  CHECK(error_of("x", options("no-such-encoding")) ==
        "a.txt: unknown encoding 'no-such-encoding' (run 'uconv -l' for the names ICU knows)");
  DecodeOptions small = options();
  small.max_bytes = 4;
  CHECK(error_of("hello", small) ==
        "a.txt: file is 5 bytes, over the limit of 4 (raise the limit with --max-bytes)");
}

TEST_CASE("decode: invalid UTF-8 when UTF-8 was asked for gives line, column and byte",
          "[text][decode]") {
  const std::string hint =
      " (name the file's encoding with --encoding, e.g. --encoding "
      "windows-1252)";
  // Asked for by --encoding: no detection, the first bad byte is reported.
  CHECK(error_of("one\ntw\xC3\xA9 \xE9t\xE9", options("UTF-8")) ==
        "a.txt:2:5 (byte 9): invalid UTF-8" + hint);
  CHECK(error_of("ok\xC0\xAF", options("utf8")) == "a.txt:1:3 (byte 2): invalid UTF-8" + hint);
  // Asked for by a byte order mark: the byte offset counts the mark.
  CHECK(error_of("\xEF\xBB\xBFline\r\nbad \xED\xA0\x80") ==
        "a.txt:2:5 (byte 13): invalid UTF-8" + hint);
}

TEST_CASE("decode: bytes a named encoding does not define are refused", "[text][decode]") {
  // An unpaired high surrogate in UTF-16LE on the second line.
  const std::string bytes(
      "\xFF\xFE"
      "a\0\n\0b\0\x3D\xD8"
      "c\0",
      12);
  CHECK(error_of(bytes) ==
        "a.txt:2:2 (byte 8): bytes that are not valid UTF-16LE (name the file's encoding with "
        "--encoding, e.g. --encoding windows-1252)");
}

TEST_CASE("decode: UTF-8 with a few bad bytes is invalid UTF-8, not another encoding",
          "[text][decode]") {
  // Well-formed non-breaking spaces, accents and quotes, and one stray byte (0xE9) among
  // them: guessing ISO-8859-1 would turn each "\xC2\xA0" into "Â " and report it as a change.
  std::string text;
  for (int i = 0; i < 20; ++i)
    text += "Caf\xC3\xA9\xC2\xA0\xE2\x80\x9Cquoted\xE2\x80\x9D and 600\xC2\xA0km.\n";
  const size_t stray = text.rfind(" and ") + 1;
  text.insert(stray, "\xE9");
  const std::string error = error_of(text);
  CHECK(error.find("invalid UTF-8") != std::string::npos);
  CHECK(error.find("(byte " + std::to_string(stray) + ")") != std::string::npos);
}
