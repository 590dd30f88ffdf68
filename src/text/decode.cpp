#include "text/decode.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>

namespace driftcheck {
namespace {

constexpr const char* kEncodingHint =
    "name the file's encoding with --encoding, e.g. --encoding windows-1252";
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

using Converter = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

Error make_error(const DecodeOptions& options, std::string cause, std::string hint = {}) {
  Error e;
  e.file = options.file;
  e.cause = std::move(cause);
  e.hint = std::move(hint);
  return e;
}

// Byte offset of the first ill-formed UTF-8 sequence (overlongs, surrogates and values
// above U+10FFFF included), or nullopt. Skips ASCII eight bytes at a time.
std::optional<size_t> first_invalid_utf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t chunk = 0;
      std::memcpy(&chunk, data + i, 8);
      if ((chunk & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const size_t at = i;
    UChar32 c = 0;
    U8_NEXT(data, i, n, c);
    if (c < 0) return at;
  }
  return std::nullopt;
}

// True when `bytes` read as UTF-8 with a few bad bytes rather than as another encoding: its
// well-formed multi-byte sequences are at least as many as its ill-formed ones. In a
// legacy 8-bit text a well-formed sequence needs an accented capital followed by a
// symbol or punctuation byte, which is rare; in UTF-8 text that was damaged (a truncated
// copy, one byte pasted from elsewhere) nearly every non-ASCII character is still well
// formed. Guessing a charset for such a file would turn every accented letter into two
// wrong ones and report them as changes.
bool mostly_utf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  size_t well_formed = 0;
  size_t ill_formed = 0;
  for (size_t i = 0; i < n;) {
    if (data[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(data, i, n, c);
    ++(c < 0 ? ill_formed : well_formed);
  }
  return well_formed > 0 && well_formed >= ill_formed;
}

// Points `error` at `offset`: line and column (in characters) within `text`, which is
// UTF-8 up to `offset`, and the byte `offset + skipped` of the file.
void locate(Error& error, std::string_view text, size_t offset, size_t skipped = 0) {
  int64_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    const char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  int64_t column = 1;
  for (size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  error.line = line;
  error.column = column;
  error.byte = static_cast<int64_t>(offset + skipped);
}

Result<Converter> open_converter(const std::string& name, const DecodeOptions& options) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(name.c_str(), &status), &ucnv_close);
  if (U_FAILURE(status) || !converter) {
    return make_error(options, fmt::format("unknown encoding '{}'", name),
                      "run 'uconv -l' for the names ICU knows");
  }
  return converter;
}

// Decodes with an ICU converter, stopping at the first byte sequence the encoding does not
// define rather than substituting U+FFFD. `skipped` bytes (a BOM) precede `bytes`.
Result<DecodedText> decode_with_converter(std::string_view bytes, const std::string& name,
                                          size_t skipped, const DecodeOptions& options) {
  Result<Converter> converter = open_converter(name, options);
  if (!converter) return converter.error();
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter->get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &status);
  icu::UnicodeString decoded;
  const int32_t capacity = static_cast<int32_t>(bytes.size() * 2 + 16);
  char16_t* buffer = decoded.getBuffer(capacity);
  char16_t* target = buffer;
  const char* source = bytes.data();
  ucnv_toUnicode(converter->get(), &target, buffer + capacity, &source, bytes.data() + bytes.size(),
                 nullptr, true, &status);
  decoded.releaseBuffer(static_cast<int32_t>(target - buffer));
  DecodedText out;
  decoded.toUTF8String(out.text);
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t invalid_length = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(converter->get(), invalid, &invalid_length, &ignored);
    const size_t consumed = static_cast<size_t>(source - bytes.data());
    // A stateful converter (BOCU-1, UTF-7) can fail only when the input ends, naming no
    // invalid bytes: the incomplete sequence then ends at the last byte, so point there.
    const size_t bad = std::min(consumed - std::min(consumed, static_cast<size_t>(invalid_length)),
                                bytes.empty() ? 0 : bytes.size() - 1);
    Error e = make_error(options, fmt::format("bytes that are not valid {}", name), kEncodingHint);
    locate(e, out.text, out.text.size(), skipped);
    e.byte = static_cast<int64_t>(bad + skipped);
    return e;
  }
  out.encoding = name;  // as the user or the detector named it; ICU's own names are obscure
  if (out.text.starts_with(kUtf8Bom)) out.text.erase(0, kUtf8Bom.size());  // "UTF-16" keeps it
  return out;
}

// The charset ICU's detector finds most likely, or nullopt when it has no idea.
std::optional<std::string> detect_encoding(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      &ucsdet_close);
  if (U_FAILURE(status)) return std::nullopt;
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return std::nullopt;
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || name == nullptr) return std::nullopt;
  return std::string(name);
}

bool only_white_space(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    UChar32 c = 0;
    U8_NEXT(utf8.data(), i, utf8.size(), c);
    if (c >= 0 && !u_isUWhiteSpace(c) &&
        !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
      return false;
  }
  return true;
}

bool names_utf8(const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(encoding.c_str(), &status), &ucnv_close);
  return U_SUCCESS(status) && ucnv_getType(converter.get()) == UCNV_UTF8;
}

// UTF-8, asked for (by --encoding or a BOM) or assumed; when assumed, bytes that are not
// UTF-8 go to the charset detector.
Result<DecodedText> decode_utf8(std::string_view bytes, bool declared, size_t skipped,
                                const DecodeOptions& options) {
  if (const size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    Error e = make_error(options, "binary data (a NUL byte)",
                         "give a text file; for UTF-16 without a byte order mark use "
                         "--encoding UTF-16LE or UTF-16BE");
    locate(e, bytes, nul, skipped);
    return e;
  }
  const std::optional<size_t> invalid = first_invalid_utf8(bytes);
  if (!invalid) return DecodedText{std::string(bytes), "UTF-8", false};
  if (!declared && !mostly_utf8(bytes)) {
    if (std::optional<std::string> detected = detect_encoding(bytes);
        detected && !names_utf8(*detected)) {
      Result<DecodedText> decoded = decode_with_converter(bytes, *detected, skipped, options);
      if (decoded) decoded->detected = true;
      if (decoded) return decoded;
    }
  }
  Error e = make_error(options, "invalid UTF-8", kEncodingHint);
  locate(e, bytes, *invalid, skipped);
  return e;
}

}  // namespace

Result<DecodedText> decode_text(std::string_view bytes, const DecodeOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return make_error(
        options,
        fmt::format("file is {} bytes, over the limit of {}", bytes.size(), options.max_bytes),
        "raise the limit with --max-bytes");
  }
  if (bytes.empty()) return make_error(options, "file is empty", "give a file with text in it");

  Result<DecodedText> out = make_error(options, "not decoded");
  const bool utf8_asked = !options.encoding.empty() && names_utf8(options.encoding);
  if (!options.encoding.empty() && !utf8_asked) {
    out = decode_with_converter(bytes, options.encoding, 0, options);
  } else if (bytes.starts_with(kUtf8Bom)) {
    out = decode_utf8(bytes.substr(kUtf8Bom.size()), true, kUtf8Bom.size(), options);
  } else if (!utf8_asked && (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))) {
    const std::string name = bytes.starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
    out = decode_with_converter(bytes.substr(2), name, 2, options);
    if (out) out->encoding = name;
  } else {
    out = decode_utf8(bytes, utf8_asked, 0, options);
  }
  if (!out) return out;
  if (const size_t nul = out->text.find('\0'); nul != std::string::npos) {
    Error e = make_error(options, "binary data (a NUL character)", "give a text file");
    locate(e, out->text, nul);
    e.byte = -1;  // an offset into the decoded text would mislead
    return e;
  }
  if (only_white_space(out->text))
    return make_error(options, "file has only white space", "give a file with text in it");
  return out;
}

}  // namespace driftcheck
