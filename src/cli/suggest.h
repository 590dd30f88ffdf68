#pragma once
// "Did you mean ...?" for a mistyped command or option name.
//
//   closest_name("chekc", {"segment", "align", "check"})        // "check"
//   closest_name("--frmat", {"--format", "--output", "-o"})     // "--format"
//   closest_name("--zzz", {"--format"})                         // "" (nothing close)
#include <string>
#include <string_view>
#include <vector>

namespace driftcheck {

// The candidate the user most likely meant by `typed`: the nearest within two edits (insert,
// delete, substitute or swap two neighbours; ignoring case and leading dashes) and close for
// its length, else the only candidate that `typed` is a prefix of (at least three letters).
// Empty when none is, and for a single letter such as -V.
std::string closest_name(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace driftcheck
