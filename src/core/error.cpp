#include "core/error.h"

#include <fmt/format.h>

namespace driftcheck {

std::string Error::to_string() const {
  std::string out = file;
  if (line > 0) {
    out += fmt::format(":{}", line);
    if (column > 0) out += fmt::format(":{}", column);
  }
  if (byte >= 0) out += fmt::format(" (byte {})", byte);
  if (!out.empty()) out += ": ";
  out += cause;
  if (!hint.empty()) out += fmt::format(" ({})", hint);
  return out;
}

}  // namespace driftcheck
