#include "text/language_detect.h"

#include <cld2/public/compact_lang_det.h>

namespace driftcheck {

std::optional<std::string> detect_language(std::string_view text) {
  constexpr size_t kHead = size_t{1} << 16;  // plenty of n-grams, and cheap on big files
  if (text.size() > kHead) {
    size_t cut = kHead;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  bool reliable = false;
  int valid_prefix = 0;
  const CLD2::Language language = CLD2::DetectLanguageCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &reliable, &valid_prefix);
  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE) return std::nullopt;
  const std::string_view code = CLD2::LanguageCode(language);
  // CLD2 still writes Hebrew with its pre-1989 code.
  if (code == "iw") return std::string("he");
  if (code.empty() || code == "un") return std::nullopt;
  return std::string(code);
}

}  // namespace driftcheck
