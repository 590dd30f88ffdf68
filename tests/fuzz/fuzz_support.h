#pragma once
// What every fuzz target shares: the input bound, invariant checks, and the small input
// conventions (a selector byte, a separator between two documents).
//
//   FUZZ_REQUIRE(sentence.start <= sentence.end);   // crashes under libFuzzer, throws in tests
//
// Each target is an inline function `int driftcheck::fuzz::<name>(const uint8_t*, size_t)` in
// <name>_target.h; <name>_fuzz.cpp wraps it for libFuzzer, and tests/cli/
// fuzz_regressions_test.cpp replays the kept crashes through the same function under GCC.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "text/decode.h"

namespace driftcheck::fuzz {

// Inputs past this are ignored: the bugs we look for show up in small inputs, and the
// pathological sizes are measured by tests/bench/pathological_bench.cpp instead.
inline constexpr size_t kMaxInput = 64 * 1024;

struct InvariantBroken : std::logic_error {
  using std::logic_error::logic_error;
};

[[noreturn]] inline void invariant_failed(const char* condition, const char* file, int line) {
#ifdef DRIFTCHECK_LIBFUZZER
  std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, condition);
  std::abort();
#else
  throw InvariantBroken(std::string(file) + ":" + std::to_string(line) +
                        ": invariant broken: " + condition);
#endif
}

#define FUZZ_REQUIRE(condition) \
  ((condition) ? void(0) : ::driftcheck::fuzz::invariant_failed(#condition, __FILE__, __LINE__))

inline std::string_view as_view(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    uint32_t cp = 0;
    uint32_t min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07u;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

inline size_t code_points(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The UTF-8 bytes of code points [start, end) of `s`; nullopt when out of range.
inline std::optional<std::string_view> code_point_slice(std::string_view s, size_t start,
                                                        size_t end) {
  if (start > end) return std::nullopt;
  size_t cp = 0;
  size_t from = std::string_view::npos;
  for (size_t i = 0; i <= s.size(); ++i) {
    const bool boundary = i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    if (!boundary) continue;
    if (cp == start) from = i;
    if (cp == end)
      return from == std::string_view::npos ? std::nullopt
                                            : std::optional(s.substr(from, i - from));
    ++cp;
  }
  return std::nullopt;
}

// The languages a selector byte picks from: the guess, the ones with stemmers and
// scripts we care about, and names that are not languages at all.
inline std::string pick_language(uint8_t selector) {
  static constexpr const char* kLanguages[] = {"",          "en",      "ru", "de",    "fr", "ar",
                                               "he",        "zh",      "ja", "tr-TR", "el", "x",
                                               "en_US-x-y", "sr-Latn", "ta", "-"};
  return kLanguages[selector % (sizeof kLanguages / sizeof kLanguages[0])];
}

// The input as the CLI would see a UTF-8 file (BOM stripped, NUL, empty and invalid
// refused): nullopt where load_document would have failed before the stage under test.
inline std::optional<std::string> decode_as_utf8(std::string_view bytes) {
  DecodeOptions options;
  options.file = "fuzz";
  options.encoding = "UTF-8";
  Result<DecodedText> decoded = decode_text(bytes, options);
  if (!decoded) return std::nullopt;
  return std::move(decoded->text);
}

// Two documents from one input: the bytes before and after the first separator byte.
inline constexpr char kSeparator = '\x1e';  // ASCII record separator; rare in real text
inline std::pair<std::string_view, std::string_view> split_at_separator(std::string_view in) {
  const size_t at = in.find(kSeparator);
  if (at == std::string_view::npos) return {in, in};  // no separator: a document against itself
  return {in.substr(0, at), in.substr(at + 1)};
}

}  // namespace driftcheck::fuzz
