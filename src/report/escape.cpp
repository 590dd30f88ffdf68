#include "report/escape.h"

namespace driftcheck {
namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;
constexpr std::string_view kReplacementBytes = "\xEF\xBF\xBD";

struct CodePoint {
  char32_t value = kReplacementCharacter;
  size_t length = 1;   // bytes consumed; at least 1, so a loop always advances
  bool valid = false;  // false: `length` bytes are one ill-formed subsequence
};

// The code point at text[at] by the well-formed byte sequences of Unicode's Table 3-7. An
// ill-formed sequence consumes its maximal subpart (the longest prefix of a well-formed
// sequence, or one byte), so each gets one U+FFFD, as Unicode and the WHATWG decoder do.
CodePoint decode_at(std::string_view text, size_t at) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1, true};
  size_t trail = 0;
  char32_t value = 0;
  unsigned char low = 0x80;  // the range of the second byte; later bytes are 80..BF
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    trail = 1;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    trail = 2;
    value = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    trail = 3;
    value = lead & 0x07;
    if (lead == 0xF0) low = 0x90;   // no overlong forms
    if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
  } else {
    return {};
  }
  for (size_t k = 1; k <= trail; ++k) {
    if (at + k >= text.size()) return {kReplacementCharacter, k, false};
    const unsigned char b = byte(at + k);
    if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF))
      return {kReplacementCharacter, k, false};
    value = (value << 6) | (b & 0x3F);
  }
  return {value, trail + 1, true};
}

// Calls emit(code_point, bytes) for each code point of `text`; an ill-formed subsequence
// arrives as U+FFFD with its UTF-8 bytes.
template <typename Emit>
void for_each_code_point(std::string_view text, Emit emit) {
  for (size_t at = 0; at < text.size();) {
    const CodePoint c = decode_at(text, at);
    emit(c.value, c.valid ? text.substr(at, c.length) : kReplacementBytes);
    at += c.length;
  }
}

// XML 1.0's Char production; ill-formed UTF-8 never reaches here, so no surrogates either.
bool is_xml_char(char32_t c) {
  return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for_each_code_point(text, [&](char32_t c, std::string_view bytes) {
    if (!is_xml_char(c)) return;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += bytes;
    }
  });
  return out;
}

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for_each_code_point(text, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      // Entities rather than backslashes: GitHub passes the HTML through its sanitiser, and
      // "&lt;img" stays text however the cell is parsed.
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      // GitHub finds @mentions in the rendered text, after backslash escapes are gone, so
      // "\@team" would still notify. A zero-width space (U+200B, written as an entity so the
      // source stays readable) between @ and the name leaves a text that reads the same but
      // names no one; Renovate defuses @ in the release notes it quotes in pull requests the
      // same way.
      case '@':
        out += "@&#8203;";
        break;
      // A table cell and a line of inline text must stay on one line.
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      // Every character that can open or close Markdown syntax, GFM tables (|), strikethrough
      // (~) and math ($) included; GFM lets any ASCII punctuation be backslash-escaped.
      case '|':
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '(':
      case ')':
      case '!':
      case '#':
      case '~':
      case '$':
        out += '\\';
        out += static_cast<char>(c);
        break;
      default:
        if (!is_control(c)) out += bytes;
    }
  });
  return out;
}

namespace {

// Escapes a stretch of non-ASCII text and the characters TSV cannot hold, code point by code
// point; an ill-formed sequence becomes U+FFFD.
void escape_tsv_part(std::string_view text, std::string& out) {
  for_each_code_point(text, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += bytes;
    }
  });
}

}  // namespace

std::string tsv_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // Runs of ASCII that needs no escape are copied whole: they are most of any text, and
  // decoding them one code point at a time was most of an alignment TSV's cost. Such a byte
  // is a code point of its own that escape_tsv_part would copy as it is, and it ends any
  // sequence before it, well-formed or not, so the stretches between runs decode alike.
  const auto plain = [](char c) {
    return static_cast<unsigned char>(c) < 0x80 && c != '\\' && c != '\t' && c != '\n' && c != '\r';
  };
  size_t at = 0;
  while (at < text.size()) {
    const size_t begin = at;
    while (at < text.size() && plain(text[at])) ++at;
    out.append(text.substr(begin, at - begin));
    const size_t end = at;
    while (at < text.size() && !plain(text[at])) ++at;
    escape_tsv_part(text.substr(end, at - end), out);
  }
  return out;
}

}  // namespace driftcheck
