#pragma once
// What a reader of a report relies on, checked independently of src/report/escape.cpp:
// valid UTF-8, no character XML 1.0 forbids, and Markdown with no live markup.
//
//   CHECK(test::valid_utf8(xml));
//   CHECK(test::xml_forbidden_chars(xml) == 0);
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace driftcheck::test {

// The code points of `text`, or an empty vector and `ok` false when it is not UTF-8 by
// RFC 3629 (no overlong forms, no surrogates, nothing past U+10FFFF).
inline std::vector<char32_t> code_points(std::string_view text, bool& ok) {
  std::vector<char32_t> out;
  ok = false;
  for (size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80         ? 1
                          : lead >> 5 == 0x6  ? 2
                          : lead >> 4 == 0xE  ? 3
                          : lead >> 3 == 0x1E ? 4
                                              : 0;
    if (length == 0 || i + length > text.size()) return {};
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) {
      const auto b = static_cast<unsigned char>(text[i + k]);
      if ((b & 0xC0) != 0x80) return {};
      c = (c << 6) | (b & 0x3F);
    }
    constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < kMinimum[length] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) return {};
    out.push_back(c);
    i += length;
  }
  ok = true;
  return out;
}

inline bool valid_utf8(std::string_view text) {
  bool ok = false;
  code_points(text, ok);
  return ok;
}

// How many code points of `text` XML 1.0's Char production excludes.
inline size_t xml_forbidden_chars(std::string_view text) {
  bool ok = false;
  size_t n = 0;
  for (const char32_t c : code_points(text, ok))
    if (!(c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) ||
          (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)))
      ++n;
  return n;
}

// Table cell separators in one Markdown line: '|' not escaped by a backslash (an escaped
// backslash before it does not count).
inline size_t markdown_cell_separators(std::string_view line) {
  size_t n = 0;
  bool escaped = false;
  for (const char c : line) {
    if (c == '|' && !escaped) ++n;
    escaped = c == '\\' && !escaped;
  }
  return n;
}

// Markdown that, rendered by GitHub, would be an image, a link, raw HTML, a code span or a
// mention; "" when there is none. `text` is what a report wrote for hostile input.
inline std::string live_markdown(std::string_view text) {
  for (const std::string_view needle : {"![", "](", "<img", "<a ", "@org", "@here"})
    if (text.find(needle) != std::string_view::npos) return std::string(needle);
  bool escaped = false;
  for (const char c : text) {
    if ((c == '`' || c == '[') && !escaped) return std::string(1, c);
    escaped = c == '\\' && !escaped;
  }
  return "";
}

}  // namespace driftcheck::test
