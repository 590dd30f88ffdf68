#pragma once
// Fixes for sentence breaks that ICU's rules miss in real articles.
//
//   cuts = repair_sentence_cuts(paragraph, std::move(cuts));
#include <unicode/unistr.h>

#include <vector>

namespace driftcheck {

// `cuts` are ICU's sentence boundaries in `paragraph` (UTF-16 indices, first 0, last
// length()). Returns them with missed breaks added (a period glued to the next sentence,
// "thousand.The") and wrong breaks removed (after initials, honorifics, abbreviations).
std::vector<int32_t> repair_sentence_cuts(const icu::UnicodeString& paragraph,
                                          std::vector<int32_t> cuts);

}  // namespace driftcheck
