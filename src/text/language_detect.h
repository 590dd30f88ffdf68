#pragma once
// Which language a text is in, when its script alone cannot say: German, French and English
// share the Latin script, Russian, Ukrainian and Bulgarian the Cyrillic. Uses CLD2 (Compact
// Language Detector 2), which reads letter n-grams and is reliable on a paragraph or more.
//
//   if (auto tag = detect_language(text)) doc.language = *tag;   // "de"
#include <optional>
#include <string>
#include <string_view>

namespace driftcheck {

// The BCP 47 tag of the language CLD2 finds in the first 64 KiB of `text` ("de", "fr",
// "zh-Hant"), or nullopt when it is not sure (short or mixed text) or `text` is not UTF-8.
std::optional<std::string> detect_language(std::string_view text);

}  // namespace driftcheck
