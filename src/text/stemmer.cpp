#include "text/stemmer.h"

#include <libstemmer.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "text/tokenize.h"

namespace driftcheck {

Stemmer::Stemmer(std::string_view language) {
  if (const char* name = snowball_name(language)) stemmer_ = sb_stemmer_new(name, "UTF_8");
}

Stemmer::~Stemmer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

std::string Stemmer::operator()(const std::string& word) const {
  std::string folded = word;
  UErrorCode status = U_ZERO_ERROR;
  if (const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
      U_SUCCESS(status)) {
    icu::UnicodeString u = fold->normalize(icu::UnicodeString::fromUTF8(word), status);
    if (U_SUCCESS(status)) {
      folded.clear();
      u.toUTF8String(folded);
    }
  }
  if (stemmer_ == nullptr) return folded;
  const sb_symbol* s = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(folded.data()),
                                       static_cast<int>(folded.size()));
  if (s == nullptr) return folded;
  return std::string(reinterpret_cast<const char*>(s),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace driftcheck
