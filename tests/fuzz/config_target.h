#pragma once
// Fuzz target: the TOML configuration — bytes → parse_config.
//
// Input: the whole input is the file's text (toml++ wants UTF-8 but must refuse, not
// crash on, anything else).
#include "config/config.h"
#include "fuzz/fuzz_support.h"

namespace driftcheck::fuzz {

inline int config(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  const Result<Config> parsed = parse_config(as_view(data, size), "fuzz/.driftcheck.toml");
  if (!parsed) {
    FUZZ_REQUIRE(!parsed.error().cause.empty());
    FUZZ_REQUIRE(!parsed.error().to_string().empty());
    return 0;
  }
  for (const auto& [category, severity] : parsed->policy.severity_overrides) {
    FUZZ_REQUIRE(static_cast<int>(severity) >= 0 && static_cast<int>(severity) <= 3);
    (void)category;
  }
  return 0;
}

}  // namespace driftcheck::fuzz
