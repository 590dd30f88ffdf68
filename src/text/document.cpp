#include "text/document.h"

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

}  // namespace driftcheck
