#pragma once
// Whether two romanized, lower-case words name the same person or place, for the check across
// languages (cross_language.h), which romanizes names before it compares them.
//
//   if (same_name("moskva", "moscow")) ...   // an exonym
//   if (same_name("tschentscher", "chencher")) ...  // two transliteration systems
#include <string_view>

namespace driftcheck {

// True for one name in two spellings: equal, one exonym group (lexicon/exonyms.h), a shared prefix
// of four letters or more, a letter or two apart, or equal once transliteration habits are undone.
bool same_name(std::string_view a, std::string_view b);

}  // namespace driftcheck
