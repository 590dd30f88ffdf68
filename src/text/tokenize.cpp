#include "text/tokenize.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <array>
#include <optional>
#include <utility>

namespace driftcheck {
namespace {

bool is_blank(std::u16string_view word) {
  // Printable ASCII is neither white space nor ignorable: most words end here, before ICU's
  // property lookups.
  if (!word.empty() && word[0] > u' ' && word[0] < 0x7F) return false;
  for (size_t i = 0; i < word.size();) {
    UChar32 c = 0;
    U16_NEXT(word.data(), i, word.size(), c);
    if (!u_isUWhiteSpace(c) && !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
      return false;
  }
  return true;
}

TokenKind kind_of(std::u16string_view word, int32_t rule_status) {
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT)
    return TokenKind::number;
  if (rule_status >= UBRK_WORD_LETTER) return TokenKind::word;
  UChar32 c = 0;
  size_t i = 0;
  U16_NEXT(word.data(), i, word.size(), c);
  switch (u_charType(c)) {
    case U_CURRENCY_SYMBOL:
    case U_MATH_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return TokenKind::symbol;
    default:
      break;
  }
  // Punctuation by Unicode, but read as symbols: "90%", "#1", "R&D", "@cnn".
  if (c == '%' || c == '#' || c == '&' || c == '@' || c == u'‰') return TokenKind::symbol;
  return TokenKind::punct;
}

// "U.S", "e.g", "Ph.D": ICU stops a dotted abbreviation before its final period; a
// reader counts the period as part of it.
bool is_dotted_abbreviation(std::u16string_view word) {
  return word.size() >= 3 && word.find(u'.') != std::u16string_view::npos && u_isalpha(word.back());
}

// A power of two; 8192 slots hold the common vocabulary of a long article in 0.5 MB.
constexpr size_t kStemCacheSlots = size_t{1} << 13;
// With a shared memo behind it the cache only spares the memo's lock, and a batch builds
// one per document: 0.5 MB cleared and freed per article was 1 % of a batch.
constexpr size_t kStemCacheSlotsShared = size_t{1} << 10;

bool is_ascii(std::string_view s) {
  for (const char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

TextOffsets::TextOffsets(std::u16string_view utf16, std::string_view utf8)
    : utf16_(utf16), utf8_(utf8) {}

const TextOffsets::Position& TextOffsets::seek(size_t utf16_index) {
  if (utf16_index < at_.utf16) at_ = Position{};  // rare: start over
  while (at_.utf16 < utf16_index && at_.utf16 < utf16_.size()) {
    const char16_t c = utf16_[at_.utf16];
    if (U16_IS_LEAD(c) && at_.utf16 + 1 < utf16_.size() && U16_IS_TRAIL(utf16_[at_.utf16 + 1])) {
      at_.utf16 += 2;
      at_.byte += 4;
    } else {
      at_.utf16 += 1;
      at_.byte += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    ++at_.code_point;
  }
  return at_;
}

std::string_view primary_language(std::string_view tag) {
  return tag.substr(0, tag.find_first_of("-_"));
}

UChar32 first_code_point(std::string_view text) {
  if (text.empty()) return 0;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c;
}

const char* snowball_name(std::string_view language) {
  static constexpr std::array<std::pair<std::string_view, const char*>, 22> kNames = {{
      {"en", "english"},    {"ru", "russian"},   {"de", "german"},     {"fr", "french"},
      {"es", "spanish"},    {"it", "italian"},   {"pt", "portuguese"}, {"nl", "dutch"},
      {"sv", "swedish"},    {"no", "norwegian"}, {"nb", "norwegian"},  {"da", "danish"},
      {"fi", "finnish"},    {"hu", "hungarian"}, {"ro", "romanian"},   {"tr", "turkish"},
      {"ar", "arabic"},     {"el", "greek"},     {"id", "indonesian"}, {"ga", "irish"},
      {"lt", "lithuanian"}, {"ta", "tamil"},
  }};
  const std::string_view base = primary_language(language);
  for (const auto& [code, name] : kNames)
    if (code == base) return name;
  return nullptr;
}

Tokenizer::Tokenizer(std::string_view language, StemMemo* shared_stems)
    : shared_stems_(shared_stems) {
  const std::string base(language.substr(0, language.find_first_of("-_")));
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale(base.c_str()), status));
  if (U_FAILURE(status)) words_.reset();
  status = U_ZERO_ERROR;
  fold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) fold_ = nullptr;
  algorithm_ = snowball_name(base);
  if (algorithm_ != nullptr) stemmer_ = sb_stemmer_new(algorithm_, "UTF_8");
  if (stemmer_ != nullptr)
    stems_.resize(shared_stems_ != nullptr ? kStemCacheSlotsShared : kStemCacheSlots);
}

Tokenizer::~Tokenizer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

void Tokenizer::tokenize(TextOffsets& offsets, size_t begin, size_t end, std::vector<Token>& out) {
  if (!words_ || begin >= end) return;
  const std::u16string_view span = offsets.utf16().substr(begin, end - begin);
  UErrorCode status = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  utext_openUChars(&text, span.data(), static_cast<int64_t>(span.size()), &status);
  words_->setText(&text, status);
  utext_close(&text);  // the iterator keeps its own shallow clone
  if (U_FAILURE(status)) return;
  out.reserve(out.size() + span.size() / 6 + 4);  // English: a token per 5.5 characters
  int32_t start = words_->first();
  for (int32_t stop = words_->next(); stop != icu::BreakIterator::DONE;
       start = stop, stop = words_->next()) {
    const int32_t rule_status = words_->getRuleStatus();
    std::u16string_view word = span.substr(start, stop - start);
    if (is_blank(word)) continue;
    if (is_dotted_abbreviation(word) && static_cast<size_t>(stop) < span.size() &&
        span[stop] == u'.') {
      if (words_->isBoundary(stop + 1)) {
        ++stop;
        word = span.substr(start, stop - start);
      } else {
        words_->isBoundary(stop);  // put the iterator back where it was
      }
    }
    Token& token = out.emplace_back();  // built in place: moving SSO strings copies them
    token.kind = kind_of(word, rule_status);
    token.start = offsets.code_point(begin + start);
    const size_t first_byte = offsets.byte(begin + start);
    token.end = offsets.code_point(begin + stop);
    token.text.assign(offsets.utf8().substr(first_byte, offsets.byte(begin + stop) - first_byte));
    if (token.end - token.start > kMaxWordCodePoints) {
      fold_opaque(token);
      continue;
    }
    fold(word, token);
    add_stem(token);
  }
}

// NFKC case folding; ASCII needs only lower-casing, and most tokens are ASCII.
void Tokenizer::fold(std::u16string_view word, Token& token) {
  if (is_ascii(token.text) || fold_ == nullptr) {
    token.folded = token.text;
    if (fold_ != nullptr)
      for (char& c : token.folded)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return;
  }
  const icu::UnicodeString source(false, word.data(), static_cast<int32_t>(word.size()));
  icu::UnicodeString folded;
  UErrorCode status = U_ZERO_ERROR;
  fold_->normalize(source, folded, status);
  if (U_FAILURE(status)) {
    token.folded = token.text;
    return;
  }
  folded.toUTF8String(token.folded);
}

// ASCII lower-casing only: linear, and enough for an exact comparison of two copies.
void Tokenizer::fold_opaque(Token& token) {
  token.folded = token.text;
  if (fold_ != nullptr)
    for (char& c : token.folded)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  token.stem = token.folded;
}

void Tokenizer::add_stem(Token& token) {
  // Abbreviations ("u.s.") and numbers are their own stems; so is a word NFKC folded past
  // kMaxWordBytes (U+FDFA folds to 18 letters), which is opaque.
  if (stemmer_ == nullptr || token.kind != TokenKind::word ||
      token.folded.find('.') != std::string::npos || token.folded.size() > kMaxWordBytes) {
    token.stem = token.folded;
    return;
  }
  CachedStem& slot = stems_[std::hash<std::string>{}(token.folded) & (stems_.size() - 1)];
  if (slot.folded == token.folded && !slot.folded.empty()) {
    token.stem = slot.stem;
    return;
  }
  std::optional<std::string> stem =
      shared_stems_ != nullptr
          ? shared_stems_->stem(algorithm_, token.folded, [&] { return snowball(token.folded); })
          : snowball(token.folded);
  if (!stem) {
    token.stem = token.folded;
    return;
  }
  token.stem = std::move(*stem);
  slot.folded = token.folded;
  slot.stem = token.stem;
}

std::optional<std::string> Tokenizer::snowball(const std::string& folded) {
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(folded.data()), static_cast<int>(folded.size()));
  if (stem == nullptr) return std::nullopt;  // out of memory
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace driftcheck
