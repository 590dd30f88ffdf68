// British and American spellings of one word: "colour"/"color", "aluminium"/"aluminum".
//
//   if (driftcheck::spelling_variant("organised", "organized")) report_as_format();
#pragma once

#include <string_view>

namespace driftcheck {

// True if a and b (lower-case) differ and are British/American spellings of the same word,
// by the regular patterns (-our/-or, -tre/-ter, -ise/-ize, -yse/-yze, -ence/-ense, -lled/-led,
// -ogue/-og, -amme/-am, ae/oe -> e) or a short list of irregular pairs (grey/gray, tyre/tire).
// The patterns are guarded so that real word pairs such as "four"/"for" stay false. Words
// over 80 bytes are never variants.
bool spelling_variant(std::string_view a, std::string_view b);

}  // namespace driftcheck
