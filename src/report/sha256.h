#pragma once
// SHA-256 (FIPS 180-4), for the Content-Security-Policy hash of the HTML report's script.
//
//   std::string csp = "'sha256-" + sha256_base64(script) + "'";
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace driftcheck {

// The 32-byte digest of `data`.
std::array<uint8_t, 32> sha256(std::string_view data);

// The digest as lower-case hex (64 characters), as `sha256sum` prints it.
std::string sha256_hex(std::string_view data);

// The digest in standard base64 with padding (44 characters), as CSP source lists want it.
std::string sha256_base64(std::string_view data);

}  // namespace driftcheck
