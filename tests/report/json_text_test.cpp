#include "report/json_text.h"

#include <catch2/catch.hpp>
#include <string>

namespace driftcheck {
namespace {

using nlohmann::ordered_json;

std::string dumped(const ordered_json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Every kind of value and every kind of string the writer takes a shortcut for or hands back
// to nlohmann: the text must be dump()'s, byte for byte.
ordered_json tricky() {
  ordered_json j;
  j["plain"] = "plain ascii ~ text";
  j["escaped"] = "say \"no\" \\ back";
  j["controls"] = std::string("tab\there, line\nbreak, bell\x07, nul ") + '\0' + " end";
  j["delete"] = "del\x7f";
  j["utf8"] = "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80";
  j["invalid"] = "bad \xC3 byte, overlong \xC0\xAF, surrogate \xED\xA0\x80, big \xF4\x90\x80\x80";
  j["truncated"] = "cut \xE2\x80";
  j["numbers"] = {0,     -7,   42u, 18446744073709551615ull, -9223372036854775807ll - 1, 0.125,
                  1e300, -0.0, 3.0};
  j["flags"] = {true, false, nullptr};
  j["empty"] = {{"object", ordered_json::object()}, {"array", ordered_json::array()}};
  j["nested"] = {{"list", {{{"a", 1}}, ordered_json::array({1, 2}), "x"}}};
  j["key \"quoted\"\n"] = "v";
  return j;
}

TEST_CASE("json text: the same bytes as dump(), one line and indented", "[report]") {
  const ordered_json j = tricky();
  for (int indent : {-1, 0, 2, 4}) {
    std::string out;
    append_json(out, j, indent);
    CHECK(out == dumped(j, indent));
  }
}

TEST_CASE("json text: indented after the first line by the base", "[report]") {
  const ordered_json j = tricky();
  std::string expected;
  for (const char c : dumped(j, 2)) {
    expected += c;
    if (c == '\n') expected.append(6, ' ');
  }
  std::string out = "prefix";
  append_json(out, j, 2, 6);
  CHECK(out == "prefix" + expected);
}

TEST_CASE("json text: a string alone", "[report]") {
  for (const std::string s : {"", "a", "\"", "\\", "\xE2\x80\x99", "\xFF", "\x1f"}) {
    std::string out;
    append_json_string(out, s);
    CHECK(out == dumped(ordered_json(s), -1));
  }
}

}  // namespace
}  // namespace driftcheck
