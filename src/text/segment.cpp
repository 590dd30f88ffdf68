#include "text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <array>
#include <memory>
#include <optional>

#include "text/language_detect.h"
#include "text/sentence_repair.h"
#include "text/tokenize.h"

namespace driftcheck {
namespace {

bool is_blank(UChar32 c) {
  return u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

// Every line break ends a paragraph: news text puts headings, bylines and captions on
// lines of their own, and a sentence never runs across them.
bool is_line_break(char16_t c) {
  return c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v' || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

// Shrinks [begin, end) so it neither starts nor ends with white space or invisible marks.
void trim(std::u16string_view text, size_t& begin, size_t& end) {
  while (begin < end) {
    UChar32 c = 0;
    size_t next = begin;
    U16_NEXT(text.data(), next, end, c);
    if (!is_blank(c)) break;
    begin = next;
  }
  while (end > begin) {
    UChar32 c = 0;
    size_t previous = end;
    U16_PREV(text.data(), begin, previous, c);
    if (!is_blank(c)) break;
    end = previous;
  }
}

std::unique_ptr<icu::BreakIterator> new_sentence_iterator(const std::string& base) {
  UErrorCode status = U_ZERO_ERROR;
  // "@ss=standard" adds ICU's list of abbreviations a period does not end a sentence after.
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(
      icu::Locale((base + "@ss=standard").c_str()), status));
  if (U_SUCCESS(status) && it) return it;
  status = U_ZERO_ERROR;
  it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(base.c_str()), status));
  if (U_FAILURE(status)) it.reset();
  return it;
}

// Building a sentence iterator with ICU's abbreviation filter costs more than segmenting a
// news article (about 2M instructions), and batch mode segments two files per pair: the
// common languages' iterators are built once per process, read-only, and cloned (a const
// operation ICU allows from many threads); any other language builds its own.
const icu::BreakIterator* sentence_prototype(std::string_view base) {
  if (base == "en") {
    static const std::unique_ptr<icu::BreakIterator> en = new_sentence_iterator("en");
    return en.get();
  }
  if (base == "de") {
    static const std::unique_ptr<icu::BreakIterator> de = new_sentence_iterator("de");
    return de.get();
  }
  if (base == "fr") {
    static const std::unique_ptr<icu::BreakIterator> fr = new_sentence_iterator("fr");
    return fr.get();
  }
  if (base == "ru") {
    static const std::unique_ptr<icu::BreakIterator> ru = new_sentence_iterator("ru");
    return ru.get();
  }
  return nullptr;
}

std::unique_ptr<icu::BreakIterator> sentence_iterator(const std::string& language) {
  const std::string base = language.substr(0, language.find_first_of("-_"));
  if (const icu::BreakIterator* prototype = sentence_prototype(base))
    return std::unique_ptr<icu::BreakIterator>(prototype->clone());
  return new_sentence_iterator(base);
}

class Segmenter {
 public:
  Segmenter(TextOffsets& offsets, const std::string& language, StemMemo* stems)
      : offsets_(offsets),
        text_(offsets.utf16()),
        language_(language),
        sentences_(sentence_iterator(language)),
        tokenizer_(language, stems) {}

  void run(Document& doc) {
    int paragraph = 0;
    size_t line_begin = 0;
    while (line_begin < text_.size()) {
      size_t line_end = line_begin;
      while (line_end < text_.size() && !is_line_break(text_[line_end])) ++line_end;
      size_t begin = line_begin;
      size_t end = line_end;
      trim(text_, begin, end);
      if (begin < end) add_paragraph(doc, begin, end, paragraph++);
      line_begin = line_end;
      if (line_begin + 1 < text_.size() && text_[line_begin] == u'\r' &&
          text_[line_begin + 1] == u'\n')
        ++line_begin;
      ++line_begin;
    }
  }

 private:
  // ICU's sentence starts in `line`, 0 and line.size() included.
  std::vector<int32_t> sentence_cuts(std::u16string_view line) {
    std::vector<int32_t> cuts;
    UErrorCode status = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUChars(&text, line.data(), static_cast<int64_t>(line.size()), &status);
    if (sentences_) sentences_->setText(&text, status);
    utext_close(&text);  // the iterator keeps its own shallow clone
    if (!sentences_ || U_FAILURE(status)) return {0, static_cast<int32_t>(line.size())};
    for (int32_t b = sentences_->first(); b != icu::BreakIterator::DONE; b = sentences_->next())
      cuts.push_back(b);
    return cuts;
  }

  void add_paragraph(Document& doc, size_t begin, size_t end, int paragraph) {
    const std::u16string_view line = text_.substr(begin, end - begin);
    const std::vector<int32_t> cuts = repair_sentence_cuts(line, sentence_cuts(line), language_);
    const size_t first_sentence = doc.sentences.size();
    for (size_t k = 0; k + 1 < cuts.size(); ++k) {
      size_t s = begin + static_cast<size_t>(cuts[k]);
      size_t e = begin + static_cast<size_t>(cuts[k + 1]);
      trim(text_, s, e);
      if (s < e) add_sentence(doc, s, e, paragraph);
    }
    if (doc.sentences.size() == first_sentence + 1) doc.sentences.back().standalone = true;
  }

  void add_sentence(Document& doc, size_t begin, size_t end, int paragraph) {
    Sentence& sentence = doc.sentences.emplace_back();
    sentence.id = static_cast<int>(doc.sentences.size() - 1);
    sentence.paragraph = paragraph;
    sentence.start = offsets_.code_point(begin);
    const size_t first_byte = offsets_.byte(begin);
    tokenizer_.tokenize(offsets_, begin, end, sentence.tokens);  // ascending offsets: cheap
    // The tokenizer reserves by a guess and grows by doubling; the tokens are most of a
    // document's memory and live until the report is written, so keep only what they use.
    sentence.tokens.shrink_to_fit();
    sentence.end = offsets_.code_point(end);
    sentence.text.assign(offsets_.utf8().substr(first_byte, offsets_.byte(end) - first_byte));
  }

  TextOffsets& offsets_;
  std::u16string_view text_;
  std::string language_;
  std::unique_ptr<icu::BreakIterator> sentences_;
  Tokenizer tokenizer_;
};

// `utf8` as UTF-16; ill-formed sequences become U+FFFD and `substitutions` counts them.
icu::UnicodeString to_utf16(std::string_view utf8, int32_t& substitutions) {
  icu::UnicodeString out;
  const int32_t capacity = static_cast<int32_t>(utf8.size()) + 1;
  char16_t* buffer = out.getBuffer(capacity);
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8WithSub(buffer, capacity, &length, utf8.data(), static_cast<int32_t>(utf8.size()),
                       0xFFFD, &substitutions, &status);
  out.releaseBuffer(U_SUCCESS(status) ? length : 0);
  return out;
}

}  // namespace

std::string guess_language(std::string_view text) {
  // The first 64 KiB decide; that is plenty of letters and keeps this cheap on big files.
  const std::string_view head = text.substr(0, size_t{1} << 16);
  std::array<int, USCRIPT_CODE_LIMIT> counts{};
  for (size_t i = 0; i < head.size();) {
    // ASCII, most of a Latin text, without ICU's property look-ups: its letters are A-Z and
    // a-z, all of them Latin.
    if (const auto byte = static_cast<unsigned char>(head[i]); byte < 0x80) {
      ++i;
      if ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') ++counts[USCRIPT_LATIN];
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(head.data(), i, head.size(), c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && script >= 0 && script < USCRIPT_CODE_LIMIT) ++counts[script];
  }
  static constexpr std::array<std::pair<UScriptCode, const char*>, 13> kScripts = {{
      {USCRIPT_LATIN, "en"},
      {USCRIPT_CYRILLIC, "ru"},
      {USCRIPT_GREEK, "el"},
      {USCRIPT_ARABIC, "ar"},
      {USCRIPT_HEBREW, "he"},
      {USCRIPT_HAN, "zh"},
      {USCRIPT_HIRAGANA, "ja"},
      {USCRIPT_KATAKANA, "ja"},
      {USCRIPT_HANGUL, "ko"},
      {USCRIPT_DEVANAGARI, "hi"},
      {USCRIPT_THAI, "th"},
      {USCRIPT_ARMENIAN, "hy"},
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
  // Japanese mixes Han with kana: any kana at all means Japanese, not Chinese.
  if (std::string_view(best) == "zh" && counts[USCRIPT_HIRAGANA] + counts[USCRIPT_KATAKANA] > 0)
    best = "ja";
  // Many languages share the Latin and the Cyrillic script; their letters' n-grams tell them
  // apart when there are enough of them. Short or mixed text keeps the script's default.
  if (std::string_view(best) == "en" || std::string_view(best) == "ru") {
    if (std::optional<std::string> detected = detect_language(head)) {
      UErrorCode status = U_ZERO_ERROR;
      const bool cyrillic = std::string_view(best) == "ru";
      // Only a language written in the script the letters are in: CLD2 may call a short
      // Latin text Serbian, whose usual script is Cyrillic.
      UScriptCode scripts[4];
      const int n = uscript_getCode(detected->c_str(), scripts, 4, &status);
      for (int i = 0; U_SUCCESS(status) && i < n; ++i)
        if (scripts[i] == (cyrillic ? USCRIPT_CYRILLIC : USCRIPT_LATIN)) return *detected;
    }
  }
  return best;
}

Document segment_text(std::string text, const SegmentOptions& options) {
  Document doc;
  doc.language = options.language.empty() ? guess_language(text) : options.language;
  int32_t substitutions = 0;
  const icu::UnicodeString utf16 = to_utf16(text, substitutions);
  // Offsets and slices must agree with doc.text: repair ill-formed input the same way.
  if (substitutions > 0) {
    text.clear();
    utf16.toUTF8String(text);
  }
  TextOffsets offsets(std::u16string_view(utf16.getBuffer(), static_cast<size_t>(utf16.length())),
                      text);
  Segmenter(offsets, doc.language, options.stems).run(doc);
  // Grown by doubling; held (with every sentence's tokens) until the report is written.
  doc.sentences.shrink_to_fit();
  doc.text = std::move(text);
  return doc;
}

}  // namespace driftcheck
