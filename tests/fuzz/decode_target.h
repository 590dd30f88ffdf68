#pragma once
// Fuzz target: raw bytes → decode_text, with and without an encoding name.
//
// Input: byte 0 even → no encoding (UTF-8, BOM or detection), the rest is the file.
//        byte 0 odd  → bytes 1.. up to the first '\n' (at most 40) name the encoding.
#include "fuzz/fuzz_support.h"
#include "text/decode.h"

namespace driftcheck::fuzz {

inline int decode(const uint8_t* data, size_t size) {
  if (size == 0 || size > kMaxInput) return 0;
  std::string_view in = as_view(data, size);
  DecodeOptions options;
  options.file = "fuzz.txt";
  const bool named = (data[0] & 1) != 0;
  in.remove_prefix(1);
  if (named) {
    const size_t end = in.substr(0, 41).find('\n');
    if (end == std::string_view::npos) return 0;
    options.encoding.assign(in.substr(0, end));
    in.remove_prefix(end + 1);
  }
  if ((data[0] & 2) != 0) options.max_bytes = in.size() / 2;  // the size limit path
  Result<DecodedText> decoded = decode_text(in, options);
  if (!decoded) {
    const Error& e = decoded.error();
    FUZZ_REQUIRE(!e.cause.empty());
    FUZZ_REQUIRE(e.file == options.file);
    FUZZ_REQUIRE(e.byte < static_cast<int64_t>(in.size()));
    FUZZ_REQUIRE(!e.to_string().empty());
    return 0;
  }
  FUZZ_REQUIRE(in.size() <= options.max_bytes);
  FUZZ_REQUIRE(valid_utf8(decoded->text));
  FUZZ_REQUIRE(decoded->text.find('\0') == std::string::npos);
  FUZZ_REQUIRE(!decoded->text.empty());
  FUZZ_REQUIRE(!decoded->encoding.empty());
  return 0;
}

}  // namespace driftcheck::fuzz
