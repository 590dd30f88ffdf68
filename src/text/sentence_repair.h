#pragma once
// Fixes for sentence breaks that ICU's rules miss or misplace in real articles.
//
//   std::vector<int32_t> cuts = icu_sentence_starts(paragraph);   // 0 ... paragraph.size()
//   cuts = repair_sentence_cuts(paragraph, std::move(cuts), "en");
#include <cstdint>
#include <string_view>
#include <vector>

namespace driftcheck {

// `cuts` are ICU's sentence boundaries in `paragraph` (UTF-16 indices, ascending, first 0,
// last paragraph.size()). Returns them sorted and unique, with
//   added:   a period glued to the next sentence ("thousand.The"), an ellipsis before a
//            capitalised sentence ("waited… Then"), and (English) a period before a
//            capitalised pronoun, article or conjunction that ICU's abbreviation list
//            swallowed ("on X. The", "met Joe. He");
//   removed: after honorifics and abbreviations that precede a name or an example ("Gen.",
//            "Dr.", "e.g."), after initials before a name ("J. R. R. Tolkien"), and after
//            "?" or "!" when the text goes on in lower case ("'Why?' he asked").
// `language` is BCP 47; the word lists are used for "en" and "ru", the rest for any.
std::vector<int32_t> repair_sentence_cuts(std::u16string_view paragraph, std::vector<int32_t> cuts,
                                          std::string_view language);

}  // namespace driftcheck
