// The index of a dictionary in dictd format (FreeDict's NAME.index): one entry a line,
// "headword<TAB>offset<TAB>length", offset and length in dictd's base64 digits, into the
// uncompressed NAME.dict. Header-only, so that the build-time pivot compiler (which cannot
// link the library it feeds) and the aligner's BilingualDictionary read it the same way.
//
//   for_each_dictd_entry(index_text, [&](const DictdEntry& e) { ... e.headword ... });
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace driftcheck {

struct DictdEntry {
  std::string_view headword;
  std::uint64_t offset = 0, length = 0;
};

// dictd's base64 number ("A" = 0, "/" = 63, most significant digit first); nullopt for an
// empty string or any other character.
inline std::optional<std::uint64_t> decode_dictd_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  std::uint64_t out = 0;
  for (char c : s) {
    int v = -1;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    if (c >= '0' && c <= '9') v = c - '0' + 52;
    if (c == '+') v = 62;
    if (c == '/') v = 63;
    if (v < 0) return std::nullopt;
    out = out * 64 + static_cast<std::uint64_t>(v);
  }
  return out;
}

// One index line; nullopt where it lacks a field or a number does not decode.
inline std::optional<DictdEntry> parse_dictd_line(std::string_view line) {
  const size_t t1 = line.find('\t');
  if (t1 == std::string_view::npos) return std::nullopt;
  const size_t t2 = line.find('\t', t1 + 1);
  if (t2 == std::string_view::npos) return std::nullopt;
  const auto offset = decode_dictd_number(line.substr(t1 + 1, t2 - t1 - 1));
  const auto length = decode_dictd_number(line.substr(t2 + 1));
  if (!offset || !length) return std::nullopt;
  return DictdEntry{line.substr(0, t1), *offset, *length};
}

// Calls visit(entry) for every well-formed line of an index, in file order.
template <typename Visit>
void for_each_dictd_entry(std::string_view index, Visit visit) {
  for (size_t at = 0; at < index.size();) {
    size_t end = index.find('\n', at);
    if (end == std::string_view::npos) end = index.size();
    if (const auto entry = parse_dictd_line(index.substr(at, end - at))) visit(*entry);
    at = end + 1;
  }
}

}  // namespace driftcheck
