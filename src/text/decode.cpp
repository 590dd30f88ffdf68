#include "text/decode.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <memory>
#include <optional>

#include <fmt/format.h>

namespace driftcheck {
namespace {

constexpr const char* kEncodingHint = "name the file's encoding with --encoding, e.g. --encoding windows-1252";

struct Utf8Problem {
  size_t byte = 0;
  int64_t line = 1;
  int64_t column = 1;
};

// Returns the first invalid sequence, or nullopt when `bytes` is well-formed UTF-8
// (no overlongs, no surrogates, nothing above U+10FFFF).
std::optional<Utf8Problem> find_invalid_utf8(std::string_view bytes) {
  Utf8Problem at;
  size_t i = 0;
  while (i < bytes.size()) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    size_t len = 0;
    uint32_t min = 0;
    uint32_t cp = 0;
    if (c < 0x80) {
      len = 1;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07;
    } else {
      at.byte = i;
      return at;
    }
    if (i + len > bytes.size()) {
      at.byte = i;
      return at;
    }
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(bytes[i + k]);
      if ((cc & 0xC0) != 0x80) {
        at.byte = i;
        return at;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (len > 1 && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) {
      at.byte = i;
      return at;
    }
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else {
      ++at.column;
    }
    i += len;
  }
  return std::nullopt;
}

Error make_error(const DecodeOptions& options, std::string cause, std::string hint = {}) {
  Error e;
  e.file = options.file;
  e.cause = std::move(cause);
  e.hint = std::move(hint);
  return e;
}

Result<DecodedText> decode_with_converter(std::string_view bytes, const std::string& name,
                                          const DecodeOptions& options) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(name.c_str(), &status),
                                                               &ucnv_close);
  if (U_FAILURE(status) || !converter) {
    return make_error(options, fmt::format("unknown encoding '{}'", name),
                      "run 'uconv -l' for the names ICU knows");
  }
  // Stop at the first byte sequence the encoding does not define instead of
  // silently substituting U+FFFD.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &status);
  icu::UnicodeString decoded;
  const int32_t capacity = static_cast<int32_t>(bytes.size() * 2 + 16);
  char16_t* buffer = decoded.getBuffer(capacity);
  const int32_t length = ucnv_toUChars(converter.get(), buffer, capacity, bytes.data(),
                                       static_cast<int32_t>(bytes.size()), &status);
  decoded.releaseBuffer(U_SUCCESS(status) ? length : 0);
  if (U_FAILURE(status)) {
    return make_error(options, fmt::format("bytes that are not valid {}", name), kEncodingHint);
  }
  DecodedText out;
  decoded.toUTF8String(out.text);
  const char* canonical = ucnv_getName(converter.get(), &status);
  out.encoding = U_SUCCESS(status) && canonical ? canonical : name;
  return out;
}

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
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    if (!u_isUWhiteSpace(c) && !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
      return false;
    i += U16_LENGTH(c);
  }
  return true;
}

}  // namespace

Result<DecodedText> decode_text(std::string_view bytes, const DecodeOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return make_error(options,
                      fmt::format("file is {} bytes, over the limit of {}", bytes.size(),
                                  options.max_bytes),
                      "raise the limit with --max-bytes");
  }
  if (bytes.empty()) return make_error(options, "file is empty", "give a file with text in it");

  DecodedText out;
  bool utf8_declared = !options.encoding.empty();  // by --encoding or by a byte order mark
  const auto starts_with = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  if (starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    utf8_declared = true;
  } else if (starts_with("\xFF\xFE") || starts_with("\xFE\xFF")) {
    const std::string name = starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
    auto decoded = decode_with_converter(bytes.substr(2), name, options);
    if (!decoded) return decoded;
    out = std::move(*decoded);
    out.encoding = name;
  } else if (!options.encoding.empty() && options.encoding != "UTF-8" &&
             options.encoding != "utf-8" && options.encoding != "utf8") {
    auto decoded = decode_with_converter(bytes, options.encoding, options);
    if (!decoded) return decoded;
    out = std::move(*decoded);
  }

  if (out.encoding.empty()) {
    out.encoding = "UTF-8";
    const size_t nul = bytes.find('\0');
    if (nul != std::string_view::npos) {
      Error e = make_error(options, "binary data (a NUL byte)", "give a text file");
      e.byte = static_cast<int64_t>(nul);
      return e;
    }
    if (auto problem = find_invalid_utf8(bytes)) {
      std::optional<std::string> detected =
          utf8_declared ? std::nullopt : detect_encoding(bytes);
      if (!detected || *detected == "UTF-8") {
        Error e = make_error(options, "invalid UTF-8", kEncodingHint);
        e.line = problem->line;
        e.column = problem->column;
        e.byte = static_cast<int64_t>(problem->byte);
        return e;
      }
      auto decoded = decode_with_converter(bytes, *detected, options);
      if (!decoded) return decoded;
      out = std::move(*decoded);
    } else {
      out.text.assign(bytes);
    }
  }
  if (out.text.find('\0') != std::string::npos)
    return make_error(options, "binary data (a NUL character)", "give a text file");
  if (only_white_space(out.text))
    return make_error(options, "file has only white space", "give a file with text in it");
  return out;
}

}  // namespace driftcheck
