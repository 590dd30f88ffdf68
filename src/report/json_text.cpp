#include "report/json_text.h"

#include <charconv>

namespace driftcheck {
namespace {

using Json = nlohmann::ordered_json;

std::string nlohmann_dump(const Json& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Length of the well-formed UTF-8 sequence of two to four bytes at `s[i]`, 0 if there is
// none: the sequences nlohmann's decoder accepts (no overlong forms, surrogates or code
// points past U+10FFFF), which it copies as they are.
size_t utf8_sequence(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the bounds of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > s.size() || byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (size_t k = 2; k < length; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return length;
}

// The string as dump() writes it when it has only quotes and backslashes to escape; false
// (and `out` unchanged) when it has anything else to escape or replace.
bool append_plain_string(std::string& out, std::string_view text) {
  size_t escapes = 0;
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20) return false;
    if (c < 0x80) {
      escapes += c == '"' || c == '\\';
      ++i;
      continue;
    }
    const size_t length = utf8_sequence(text, i);
    if (length == 0) return false;
    i += length;
  }
  out.reserve(out.size() + text.size() + escapes + 2);
  out += '"';
  if (escapes == 0) {
    out += text;
  } else {
    for (const char c : text) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
  }
  out += '"';
  return true;
}

template <class Integer>
void append_integer(std::string& out, Integer n) {
  char digits[24];
  const auto [end, error] = std::to_chars(digits, digits + sizeof digits, n);
  (void)error;  // 24 characters hold any 64-bit integer
  out.append(digits, end);
}

void append_value(std::string& out, const Json& value, int indent, size_t current) {
  const bool pretty = indent >= 0;
  const auto step = static_cast<size_t>(pretty ? indent : 0);
  switch (value.type()) {
    case Json::value_t::object: {
      if (value.empty()) {
        out += "{}";
        return;
      }
      out += pretty ? "{\n" : "{";
      bool first = true;
      for (const auto& [name, member] : value.items()) {
        if (!first) out += pretty ? ",\n" : ",";
        first = false;
        out.append(current + step, ' ');
        append_json_string(out, name);
        out += pretty ? ": " : ":";
        append_value(out, member, indent, current + step);
      }
      if (pretty) {
        out += '\n';
        out.append(current, ' ');
      }
      out += '}';
      return;
    }
    case Json::value_t::array: {
      if (value.empty()) {
        out += "[]";
        return;
      }
      out += pretty ? "[\n" : "[";
      bool first = true;
      for (const Json& element : value) {
        if (!first) out += pretty ? ",\n" : ",";
        first = false;
        out.append(current + step, ' ');
        append_value(out, element, indent, current + step);
      }
      if (pretty) {
        out += '\n';
        out.append(current, ' ');
      }
      out += ']';
      return;
    }
    case Json::value_t::string:
      append_json_string(out, value.get_ref<const Json::string_t&>());
      return;
    case Json::value_t::boolean:
      out += value.get<bool>() ? "true" : "false";
      return;
    case Json::value_t::null:
      out += "null";
      return;
    case Json::value_t::number_integer:
      append_integer(out, value.get<Json::number_integer_t>());
      return;
    case Json::value_t::number_unsigned:
      append_integer(out, value.get<Json::number_unsigned_t>());
      return;
    case Json::value_t::number_float:
    case Json::value_t::binary:
    case Json::value_t::discarded:
      break;
  }
  // The rest as nlohmann writes it, its line breaks indented to where the value stands.
  for (const char c : nlohmann_dump(value, indent)) {
    out += c;
    if (c == '\n') out.append(current, ' ');
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  if (!append_plain_string(out, text)) out += nlohmann_dump(Json(text), -1);
}

void append_json(std::string& out, const Json& value, int indent, size_t base) {
  append_value(out, value, indent, base);
}

}  // namespace driftcheck
