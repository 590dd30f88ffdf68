#pragma once
// Bytes of an input file → UTF-8 text, with the encoding that was used.
//
//   Result<DecodedText> d = decode_text(bytes, DecodeOptions{.file = "a.txt"});
//   if (!d) fail(d.error());            // names the file, line and byte, and what to do
//   d->text; d->encoding;               // "UTF-8", "UTF-16LE", "windows-1252", ...
//
// Order: --encoding if given (a UTF-8 BOM is dropped); else a UTF-8 or UTF-16 byte order
// mark; else UTF-8 if the bytes are valid UTF-8; else, when the bytes are not mostly UTF-8
// (a file with a few bad bytes among well-formed UTF-8 is invalid UTF-8, not another
// encoding), ICU's charset detector.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"

namespace driftcheck {

struct DecodeOptions {
  std::string file;      // for error messages only
  std::string encoding;  // ICU converter name; empty = UTF-8/BOM, else charset detection
  uint64_t max_bytes = uint64_t{64} << 20;  // larger inputs are refused, not truncated
};

struct DecodedText {
  std::string text;       // UTF-8, byte order mark removed
  std::string encoding;   // what the bytes were decoded from
  bool detected = false;  // the encoding was guessed by ICU's charset detector
};

// Decodes `bytes`. Fails, naming the line, column and byte where one applies, on: empty or
// white-space-only text, NUL bytes (binary data), invalid UTF-8 when UTF-8 was asked for
// (or the detector found nothing better), bytes the named encoding does not define, an
// unknown encoding name, or more than `max_bytes` bytes.
Result<DecodedText> decode_text(std::string_view bytes, const DecodeOptions& options);

}  // namespace driftcheck
