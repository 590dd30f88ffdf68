#include "text/segment.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

#include "text/sentence_repair.h"

namespace driftcheck {
namespace {

// UTF-16 index → code point index. Identity (and free) when the text has no
// supplementary characters, which is the common case.
class CodePointIndex {
 public:
  explicit CodePointIndex(const icu::UnicodeString& text) {
    const int32_t n = text.length();
    bool has_surrogates = false;
    for (int32_t i = 0; i < n && !has_surrogates; ++i) has_surrogates = U16_IS_SURROGATE(text[i]);
    if (!has_surrogates) return;
    prefix_.resize(static_cast<size_t>(n) + 1);
    uint32_t cp = 0;
    for (int32_t i = 0; i < n; ++i) {
      prefix_[static_cast<size_t>(i)] = cp;
      if (!U16_IS_TRAIL(text[i]) || i == 0 || !U16_IS_LEAD(text[i - 1])) ++cp;
    }
    prefix_[static_cast<size_t>(n)] = cp;
  }
  uint32_t operator()(int32_t utf16) const {
    return prefix_.empty() ? static_cast<uint32_t>(utf16) : prefix_[static_cast<size_t>(utf16)];
  }

 private:
  std::vector<uint32_t> prefix_;
};

const char* snowball_name(std::string_view language) {
  static constexpr std::array<std::pair<std::string_view, const char*>, 22> kNames = {{
      {"en", "english"}, {"ru", "russian"},   {"de", "german"},     {"fr", "french"},
      {"es", "spanish"}, {"it", "italian"},   {"pt", "portuguese"}, {"nl", "dutch"},
      {"sv", "swedish"}, {"no", "norwegian"}, {"nb", "norwegian"},  {"da", "danish"},
      {"fi", "finnish"}, {"hu", "hungarian"}, {"ro", "romanian"},   {"tr", "turkish"},
      {"ar", "arabic"},  {"el", "greek"},     {"id", "indonesian"}, {"ga", "irish"},
      {"lt", "lithuanian"}, {"ta", "tamil"},
  }};
  const std::string_view base = language.substr(0, language.find_first_of("-_"));
  for (const auto& [code, name] : kNames)
    if (code == base) return name;
  return nullptr;
}

using Stemmer = std::unique_ptr<sb_stemmer, decltype(&sb_stemmer_delete)>;

std::string stem_of(sb_stemmer* stemmer, const std::string& folded) {
  if (stemmer == nullptr) return folded;
  const sb_symbol* out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(folded.data()),
                                         static_cast<int>(folded.size()));
  if (out == nullptr) return folded;
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(stemmer)));
}

TokenKind kind_of(const icu::UnicodeString& word, int32_t rule_status) {
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT)
    return TokenKind::number;
  if (rule_status >= UBRK_WORD_LETTER) return TokenKind::word;
  const UChar32 c = word.char32At(0);
  switch (u_charType(c)) {
    case U_CURRENCY_SYMBOL:
    case U_MATH_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return TokenKind::symbol;
    default:
      break;
  }
  if (c == '%' || c == '#' || c == '&' || c == '@') return TokenKind::symbol;
  return TokenKind::punct;
}

bool is_blank(const icu::UnicodeString& s) {
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    if (!u_isUWhiteSpace(c) && !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
      return false;
    i += U16_LENGTH(c);
  }
  return true;
}

bool is_line_break(char16_t c) { return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029; }

// Shrinks [begin, end) so it neither starts nor ends with white space.
void trim(const icu::UnicodeString& text, int32_t& begin, int32_t& end) {
  while (begin < end) {
    const UChar32 c = text.char32At(begin);
    if (!u_isUWhiteSpace(c) && !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) break;
    begin += U16_LENGTH(c);
  }
  while (end > begin) {
    const UChar32 c = text.char32At(end - 1);
    if (!u_isUWhiteSpace(c) && !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) break;
    end -= U16_LENGTH(c);
  }
}

class Segmenter {
 public:
  Segmenter(const icu::UnicodeString& text, const std::string& language)
      : text_(text), index_(text), stemmer_(nullptr, &sb_stemmer_delete) {
    UErrorCode status = U_ZERO_ERROR;
    const std::string base = language.substr(0, language.find_first_of("-_"));
    const icu::Locale with_suppressions((base + "@ss=standard").c_str());
    sentences_.reset(icu::BreakIterator::createSentenceInstance(with_suppressions, status));
    if (U_FAILURE(status) || !sentences_) {
      status = U_ZERO_ERROR;
      sentences_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(base.c_str()), status));
    }
    status = U_ZERO_ERROR;
    words_.reset(icu::BreakIterator::createWordInstance(icu::Locale(base.c_str()), status));
    status = U_ZERO_ERROR;
    fold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (const char* name = snowball_name(base)) stemmer_.reset(sb_stemmer_new(name, "UTF_8"));
  }

  void run(Document& doc) {
    const int32_t n = text_.length();
    int paragraph = 0;
    int32_t line_begin = 0;
    while (line_begin < n) {
      int32_t line_end = line_begin;
      while (line_end < n && !is_line_break(text_[line_end])) ++line_end;
      int32_t begin = line_begin;
      int32_t end = line_end;
      trim(text_, begin, end);
      if (begin < end) {
        add_paragraph(doc, begin, end, paragraph);
        ++paragraph;
      }
      line_begin = line_end;
      if (line_begin < n && text_[line_begin] == u'\r' && line_begin + 1 < n &&
          text_[line_begin + 1] == u'\n')
        ++line_begin;
      if (line_begin < n) ++line_begin;
    }
  }

 private:
  void add_paragraph(Document& doc, int32_t begin, int32_t end, int paragraph) {
    const icu::UnicodeString line(text_, begin, end - begin);
    std::vector<int32_t> cuts;  // sentence starts within `line`, UTF-16
    if (sentences_) {
      sentences_->setText(line);
      for (int32_t b = sentences_->first(); b != icu::BreakIterator::DONE; b = sentences_->next())
        cuts.push_back(b);
    } else {
      cuts = {0, line.length()};
    }
    cuts = repair_sentence_cuts(line, std::move(cuts));
    const size_t first_sentence = doc.sentences.size();
    for (size_t k = 0; k + 1 < cuts.size(); ++k) {
      int32_t s = begin + cuts[k];
      int32_t e = begin + cuts[k + 1];
      trim(text_, s, e);
      if (s >= e) continue;
      add_sentence(doc, s, e, paragraph);
    }
    if (doc.sentences.size() == first_sentence + 1) doc.sentences.back().standalone = true;
  }

  void add_sentence(Document& doc, int32_t begin, int32_t end, int paragraph) {
    Sentence sentence;
    sentence.id = static_cast<int>(doc.sentences.size());
    sentence.start = index_(begin);
    sentence.end = index_(end);
    sentence.paragraph = paragraph;
    const icu::UnicodeString span(text_, begin, end - begin);
    span.toUTF8String(sentence.text);
    tokenize(span, begin, sentence.tokens);
    doc.sentences.push_back(std::move(sentence));
  }

  void tokenize(const icu::UnicodeString& span, int32_t offset, std::vector<Token>& tokens) {
    if (!words_) return;
    words_->setText(span);
    int32_t start = words_->first();
    for (int32_t end = words_->next(); end != icu::BreakIterator::DONE;
         start = end, end = words_->next()) {
      const icu::UnicodeString word(span, start, end - start);
      if (is_blank(word)) continue;
      Token token;
      token.start = index_(offset + start);
      token.end = index_(offset + end);
      token.kind = kind_of(word, words_->getRuleStatus());
      word.toUTF8String(token.text);
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString folded = fold_ ? fold_->normalize(word, status) : word;
      if (U_FAILURE(status)) folded = word;
      folded.toUTF8String(token.folded);
      token.stem = token.kind == TokenKind::word ? stem_of(stemmer_.get(), token.folded)
                                                  : token.folded;
      tokens.push_back(std::move(token));
    }
  }

  const icu::UnicodeString& text_;
  CodePointIndex index_;
  std::unique_ptr<icu::BreakIterator> sentences_;
  std::unique_ptr<icu::BreakIterator> words_;
  const icu::Normalizer2* fold_ = nullptr;
  Stemmer stemmer_;
};

}  // namespace

std::string guess_language(std::string_view text) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(std::min<size_t>(text.size(), 1 << 16))));
  std::array<int, USCRIPT_CODE_LIMIT> counts{};
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && script >= 0 && script < USCRIPT_CODE_LIMIT) ++counts[script];
  }
  static constexpr std::array<std::pair<UScriptCode, const char*>, 13> kScripts = {{
      {USCRIPT_LATIN, "en"},      {USCRIPT_CYRILLIC, "ru"},   {USCRIPT_GREEK, "el"},
      {USCRIPT_ARABIC, "ar"},     {USCRIPT_HEBREW, "he"},     {USCRIPT_HAN, "zh"},
      {USCRIPT_HIRAGANA, "ja"},   {USCRIPT_KATAKANA, "ja"},   {USCRIPT_HANGUL, "ko"},
      {USCRIPT_DEVANAGARI, "hi"}, {USCRIPT_THAI, "th"},       {USCRIPT_ARMENIAN, "hy"},
      {USCRIPT_GEORGIAN, "ka"},
  }};
  const char* best = "en";
  int best_count = 0;
  for (const auto& [script, language] : kScripts) {
    if (counts[script] > best_count) {
      best_count = counts[script];
      best = language;
    }
  }
  // Japanese text mixes Han with kana: any kana at all means Japanese, not Chinese.
  if (std::string_view(best) == "zh" && counts[USCRIPT_HIRAGANA] + counts[USCRIPT_KATAKANA] > 0)
    best = "ja";
  return best;
}

Document segment_text(std::string text, const SegmentOptions& options) {
  Document doc;
  doc.language = options.language.empty() ? guess_language(text) : options.language;
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  Segmenter(unicode, doc.language).run(doc);
  doc.text = std::move(text);
  return doc;
}

}  // namespace driftcheck
