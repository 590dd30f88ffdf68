#pragma once
// One aligned group (bead) seen word by word: both sides' words, the dtl word diff between
// them, and the hunks (runs of changed words) the detectors classify.
//
//   BeadView view = make_bead_view(original, rendition, bead, bead_index);
//   for (const Hunk& h : view.hunks) inspect(view.original.words[h.o_begin], ...);
//
// Punctuation takes no part in the diff; words are compared by stem, numbers by value.
// The diff itself is word_diff.h (run once here); the detectors that read a view are listed
// in detectors.h.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "align/alignment.h"
#include "drift/finding.h"
#include "drift/word_relation.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"
#include "text/document.h"

namespace driftcheck {

// One word (or number or symbol) of a bead side.
struct Word {
  const Token* token = nullptr;
  int sentence = -1;     // sentence id
  std::string key;       // the diff key: stem for words, canonical digits for numbers
  std::string folded;    // case-folded surface, right quotes normalized to '
  bool content = false;  // not a function word, negator, pronoun or symbol
  bool capitalized = false;
  bool sentence_initial = false;
  bool in_quote = false;  // between quotation marks
  bool repeat = false;    // the same word as the one before it ("the the", "2 2 2")
  std::string phrasal;    // a phrasal verb's WordNet lemma with the next word: "turn_down"
  bool opaque = false;    // too long to be a word (is_opaque): compared only as written
};

struct BeadSide {
  const Document* doc = nullptr;
  std::vector<int> sentences;
  std::vector<Word> words;
  std::vector<std::string_view> folded;  // words[i].folded, for WordList::match
  std::vector<bool> claimed;             // explained by a detector already
  std::vector<const Token*> tokens;      // every token, punctuation included, in order
  std::vector<int> word_at_token;        // index into words for each token; -1 for punctuation
  bool question = false;                 // the last sentence ends with '?'
  size_t content_words = 0;
  // Copies of the tokens of misspelt words, folded and stemmed as the word they misspell
  // (respell()); words[i].token and tokens[...] point here for them. Owned, so a moved view
  // keeps them.
  std::vector<std::unique_ptr<Token>> respelled;
};

// Reads word i of `side` as `folded` (stem `key`, a content word or not) wherever a detector
// looks: the word, its token (a copy with the surface text as written), the side's folded
// list and its count of content words.
void respell(BeadSide& side, size_t i, std::string folded, std::string key, bool content);

// A maximal run of changes: words [o_begin, o_end) of the original were replaced by words
// [r_begin, r_end) of the rendition. Either range may be empty. A single common function word
// between two runs is merged into one hunk.
struct Hunk {
  size_t o_begin = 0, o_end = 0;
  size_t r_begin = 0, r_end = 0;
};

class JudgementMemo;

// Where a document has two words in a row (see document_has_pair), bucketed by a hash of the
// pair's "key\x1fkey" text: each site keeps its sentence and two tokens, to confirm it by.
struct PairIndex {
  struct Site {
    uint32_t hash = 0;
    uint32_t sentence = 0;
    uint32_t first = 0;
    uint32_t second = 0;
  };
  std::vector<uint32_t> starts;  // bucket b's sites are [starts[b], starts[b + 1])
  std::vector<Site> sites;
};

// WordNet answers memoized for one check: the same word pairs come up bead after bead, and a
// lookup walks every sense. Owned by the caller of the detectors (detect_drift); a view
// without one looks everything up afresh.
struct LexiconCache {
  // judge_words() results (word_relation.h), keyed by both words and flags.
  std::unordered_map<std::string, WordJudgement> judged;
  // Behind `judged`: judgements kept across checks (judgement_memo.h), or none.
  JudgementMemo* shared_judgements = nullptr;
  std::unordered_map<std::string, bool> lemma;  // WordNet::is_lemma
  // repair_slip() of each misspelt word (slip_repair.h) and that word's stem; "" where it
  // names none.
  std::unordered_map<std::string, std::pair<std::string, std::string>> repairs;
  // WordNet::relate_common(a, b) as an int WordRelation, keyed "a\x1fb".
  std::unordered_map<std::string, int> related;
  // Each word's WordNet senses, for the pairs `related` has not seen yet.
  WordNetMemo senses;
  // The common-sense synonyms of a word and of its base forms.
  std::unordered_map<std::string, std::vector<std::string>> synonyms;
  // Adjacent word pairs of each document by hash, filled on first use: [0] original. Sites,
  // not the pairs' text: a 10k-sentence document has 350k pairs, and a set of their strings
  // held ~40 MB and cost more to build than all the look-ups it served.
  PairIndex pairs[2];
  bool pairs_filled[2] = {false, false};
};

// WordNet::embedded().is_lemma(word), through the view's cache when it has one. Words past
// kMaxWordBytes are unknown and not memoized.
struct BeadView;
bool cached_is_lemma(const BeadView& view, std::string_view word);
// WordNet::embedded().relate_common(a, b) as an int WordRelation, through the cache when given.
int cached_relate_common(LexiconCache* lexicon, const std::string& a, const std::string& b);

// True if the whole original (`original`) or rendition document of the view has a word with
// diff key `first` right before one with diff key `second` ("attack drones"); through the
// view's cache when it has one. False when the view has no document.
bool document_has_pair(const BeadView& view, bool original, const std::string& first,
                       const std::string& second);

struct BeadView {
  LexiconCache* lexicon = nullptr;  // per-check memo; may be null
  int bead = -1;
  bool moved = false;  // the alignment placed the bead out of order
  std::string language = "en";
  BeadSide original;
  BeadSide rendition;
  std::vector<std::pair<size_t, size_t>> common;  // (original word, rendition word) kept
  std::vector<Hunk> hunks;
  // (original word, rendition word) where one side misspells the other's word ("also" /
  // "aslo"): the diff compares them as equal; the lexical detector notes them at info.
  std::vector<std::pair<size_t, size_t>> misspellings;
  // (rendition side?, word) read as the word it misspells, one the other side does not have
  // ("aroind" as "around"): its folded form and key are that word's (slip_repair.h).
  std::vector<std::pair<bool, size_t>> repaired;
  double overlap = 0.0;        // 2 * common content words / content words of both sides
  bool tight = false;          // few changes among many kept words: each change is deliberate
  size_t changed_content = 0;  // content words of both sides that are not kept in order
};

// Builds the view of one match or moved bead (sentence ids must be valid for the documents).
// `lexicon` (may be null) becomes view.lexicon before the diff, which memoizes through it.
BeadView make_bead_view(const Document& original, const Document& rendition, const Bead& bead,
                        int bead_index, LexiconCache* lexicon = nullptr);

// True for words that carry no content of their own: articles, auxiliaries, prepositions, ...
bool is_function_word(std::string_view folded, std::string_view language);

// is_function_word for one language, its word lists fetched once: for a caller that asks
// about every word of a bead.
class FunctionWords {
 public:
  explicit FunctionWords(std::string_view language);
  bool contains(std::string_view folded) const;

 private:
  const WordList& stopwords_;
  const WordList& pronouns_;
  const WordList& negators_;
};

// The index in side.tokens of word `word`'s token; side.tokens.size() if it has none.
size_t token_index(const BeadSide& side, size_t word);

// A span covering words [begin, end) of one side; a point before word `begin` when empty.
Span span_of(const BeadSide& side, size_t begin, size_t end);

// The surface text of words [begin, end), as written.
std::string words_text(const BeadSide& side, size_t begin, size_t end);

}  // namespace driftcheck
