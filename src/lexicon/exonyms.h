#pragma once
// Places and peoples whose usual name differs by language or by romanization beyond a letter
// or two: Kyiv / Kiev / Kiew, Beijing / Peking, Moscow / Moskva. Used to tell one name written
// two ways from two names, within one language and across languages.
//
//   if (int g = exonym_group("kiev"); g >= 0 && g == exonym_group("kyiv")) same_place();
#include <string_view>

namespace driftcheck {

// The row of `key` (a case-folded, romanized word; an inflected form counts: "moskve"), or -1
// when the table does not know it.
int exonym_group(std::string_view key);

}  // namespace driftcheck
