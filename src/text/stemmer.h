#pragma once
// Snowball stems of single words, for code that holds a word outside a tokenized document: a
// dictionary's translations, a misspelling read as the word it misspells. A document's tokens
// carry their stems already (Token::stem, same algorithm and folding).
//
//   const Stemmer stem("en");
//   stem("Launched");  // "launch"
#include <string>
#include <string_view>

struct sb_stemmer;

namespace driftcheck {

class Stemmer {
 public:
  // BCP 47; a language without a Snowball algorithm gets the folded word back.
  explicit Stemmer(std::string_view language);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of `word` after NFKC case folding. Not thread-safe: Snowball keeps state.
  std::string operator()(const std::string& word) const;

 private:
  sb_stemmer* stemmer_ = nullptr;
};

}  // namespace driftcheck
