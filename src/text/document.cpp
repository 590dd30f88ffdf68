#include "text/document.h"

#include <unicode/utf8.h>

namespace driftcheck {

const char* to_string(Zone zone) { return zone == Zone::body ? "body" : "boilerplate"; }

const char* to_string(TokenKind kind) {
  switch (kind) {
    case TokenKind::word:
      return "word";
    case TokenKind::number:
      return "number";
    case TokenKind::punct:
      return "punct";
    case TokenKind::symbol:
      return "symbol";
  }
  return "word";
}

std::string text_between(const Document& doc, uint32_t start, uint32_t end) {
  const auto n = static_cast<int32_t>(doc.text.size());
  int32_t i = 0;
  uint32_t cp = 0;
  for (; cp < start && i < n; ++cp) U8_FWD_1(doc.text.data(), i, n);
  const int32_t from = i;
  for (; cp < end && i < n; ++cp) U8_FWD_1(doc.text.data(), i, n);
  return doc.text.substr(static_cast<size_t>(from), static_cast<size_t>(i - from));
}

}  // namespace driftcheck
