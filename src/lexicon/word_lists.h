// Closed-class word lists per language (negators, hedges, reporting verbs, ...), compiled in
// from src/lexicon/data/<language>/<list>.txt.
//
//   const driftcheck::WordList& hedges = driftcheck::word_list("en", WordListKind::hedges);
//   if (const auto* e = hedges.find("reportedly")) use(e->attribute);  // "strong"
//   size_t n = 0;
//   if (const auto* e = approximators.match(tokens, i, &n)) ...  // "more than" -> n == 2
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace driftcheck {

enum class WordListKind {
  negators,         // not, never, n't, without, fail to, ...
  hedges,           // seem, may, reportedly, ...; attribute: strength "weak" | "medium" | "strong"
  certainty,        // will, definitely, clearly, ...; attribute: "strong" | "medium"
  reporting_verbs,  // said, claimed, ...; attribute: stance "neutral" | "assertive" | "doubting"
  approximators,    // about, nearly, more than, ...; attribute: equivalence class
  quantifiers,      // all, most, some, none, ...; attribute: class "universal" | "majority" |
                    // "many" | "some" | "few" | "none"
  stopwords,        // function words
  pronouns,         // attribute: gender "m" | "f" | "n" (they) | "neuter" (it)
};

const char* to_string(WordListKind kind);

// One line of a list: "more than<TAB>over" -> {{"more", "than"}, "over"}.
struct WordListEntry {
  std::vector<std::string> words;
  std::string attribute;  // empty when the list has no attribute column
};

class WordList {
 public:
  // The entry that is exactly this one (case-folded) word; nullptr if none.
  const WordListEntry* find(std::string_view word) const;
  // The longest entry matching the tokens from `at` on (tokens NFKC case-folded);
  // sets *length to its number of tokens. nullptr (and *length = 0) if none.
  const WordListEntry* match(const std::vector<std::string_view>& folded_tokens, std::size_t at,
                             std::size_t* length) const;
  const std::vector<WordListEntry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }

  // Parses a list file: one entry per line, words separated by spaces, an optional
  // TAB-separated attribute, '#' starts a comment. Lines that hold nothing are skipped.
  static WordList parse(std::string_view text);

 private:
  // The run of by_first_word_ whose entries start with `first` (empty if none).
  std::pair<std::size_t, std::size_t> entries_starting(std::string_view first) const;

  std::vector<WordListEntry> entries_;
  std::vector<std::size_t> by_first_word_;  // entry indices sorted by first word, then longest
  // Open addressing by the hash of a first word: each run of by_first_word_ as [begin, end),
  // end 0 for an empty slot. Indices, not views, so that a copied list stays valid.
  struct Run {
    std::uint32_t begin = 0, end = 0;
  };
  std::vector<Run> runs_;
};

// The list for a BCP 47 language ("en", "en-GB" -> "en"); an empty list for languages
// without one. Thread-safe; the lists are parsed once per process on first use.
const WordList& word_list(std::string_view language, WordListKind kind);

}  // namespace driftcheck
