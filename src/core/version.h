#pragma once
namespace driftcheck {
inline constexpr const char* kVersion = DRIFTCHECK_VERSION;
}  // namespace driftcheck
