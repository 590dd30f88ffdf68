#pragma once
// One sentence's text → tokens (words, numbers, punctuation, symbols), with ICU's word
// BreakIterator, NFKC case folding and a Snowball stem.
//
//   TextOffsets offsets(utf16, utf8);
//   Tokenizer tokenizer("en");
//   tokenizer.tokenize(offsets, sentence_begin, sentence_end, sentence.tokens);
#include <unicode/umachine.h>
#include <unicode/uversion.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"
#include "text/stem_memo.h"

struct sb_stemmer;

U_NAMESPACE_BEGIN
class BreakIterator;
class Normalizer2;
U_NAMESPACE_END

namespace driftcheck {

// Maps UTF-16 indices of one text to its code point and UTF-8 byte offsets. Cheap when
// the indices asked for ascend (one pass over the text in all); correct for any order.
class TextOffsets {
 public:
  // `utf16` and `utf8` are the same text, and must outlive this object.
  TextOffsets(std::u16string_view utf16, std::string_view utf8);

  uint32_t code_point(size_t utf16_index) { return seek(utf16_index).code_point; }
  size_t byte(size_t utf16_index) { return seek(utf16_index).byte; }
  std::u16string_view utf16() const { return utf16_; }
  std::string_view utf8() const { return utf8_; }

 private:
  struct Position {
    size_t utf16 = 0;
    uint32_t code_point = 0;
    size_t byte = 0;
  };
  const Position& seek(size_t utf16_index);

  std::u16string_view utf16_;
  std::string_view utf8_;
  Position at_;
};

// Splits sentences into tokens. Holds the ICU word iterator and the stemmer, so make one
// per document (or thread) and reuse it for every sentence.
class Tokenizer {
 public:
  // BCP 47; no stemmer for unknown ones. `shared_stems`: stems kept across documents
  // (stem_memo.h), asked once per distinct word; none = every document stems its words.
  explicit Tokenizer(std::string_view language, StemMemo* shared_stems = nullptr);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Appends the tokens of [begin, end) (UTF-16 indices into offsets.utf16()) to `out`,
  // skipping white space. Token offsets are code points into the whole text.
  void tokenize(TextOffsets& offsets, size_t begin, size_t end, std::vector<Token>& out);

 private:
  void fold(std::u16string_view word, Token& token);
  void fold_opaque(Token& token);
  void add_stem(Token& token);
  std::optional<std::string> snowball(const std::string& folded);  // nullopt: out of memory

  std::unique_ptr<icu::BreakIterator> words_;
  const icu::Normalizer2* fold_ = nullptr;
  sb_stemmer* stemmer_ = nullptr;
  const char* algorithm_ = nullptr;  // the stemmer's Snowball name
  StemMemo* shared_stems_ = nullptr;
  // folded → stem, direct-mapped by hash. Words repeat (Zipf), and Snowball on every
  // token costs more than ICU's word breaks; a node-based map's cache misses cost half.
  struct CachedStem {
    std::string folded;
    std::string stem;
  };
  std::vector<CachedStem> stems_;
};

// A token longer than any word (a run of letters with no break, a letter under thousands of
// combining marks, a long digit string) is opaque: it is not case-folded by NFKC, stemmed,
// looked up or compared for typos, only compared as written, so that work per token stays
// bounded. English words stay well under 64 code points; WordNet's longest lemma has 71 bytes.
constexpr uint32_t kMaxWordCodePoints = 64;
constexpr size_t kMaxWordBytes = 4 * kMaxWordCodePoints;

// True if `token` is past kMaxWordCodePoints (as written) or kMaxWordBytes (folded).
inline bool is_opaque(const Token& token) {
  return token.end - token.start > kMaxWordCodePoints || token.folded.size() > kMaxWordBytes;
}

// The Snowball algorithm name for a BCP 47 language ("en" → "english"), or nullptr.
const char* snowball_name(std::string_view language);

// The primary subtag of a BCP 47 tag, as written: "en-GB" and "en_GB" → "en".
std::string_view primary_language(std::string_view tag);

// The first code point of UTF-8 `text`: 0 when empty, negative when ill-formed.
UChar32 first_code_point(std::string_view text);

}  // namespace driftcheck
