#pragma once
// How a word of the original relates to the word the rendition has in its place: the
// word-pair classifier the lexical detector (and its dropped-word rules) build findings on.
//
//   WordJudgement j = judge_words(view, view.original.words[o], view.rendition.words[r]);
//   if (j.link == WordLink::antonym) report(j.why);
//
// Judgements are memoized in the view's LexiconCache, so one check asks WordNet once per pair.
#include <cstddef>
#include <string>
#include <string_view>

#include "lexicon/wordnet.h"

namespace driftcheck {

struct BeadView;
struct Word;
struct LexiconCache;

// What two words are to each other, from the most to the least telling for a finding.
// `sibling`: two kinds of one thing ("cat" / "dog", sister terms in WordNet).
enum class WordLink { antonym, equivalent, near, sibling, typo, foreign, unknown, unrelated };

struct WordJudgement {
  WordLink link = WordLink::unrelated;
  std::string why;  // the evidence, for an editor: "WordNet lists them as opposites"
  // `near` only through weak evidence: a chain of two synonyms ("asked" ~ "bid" ~ "forbade"),
  // or a link of the bare verb of a phrasal verb ("shot down" / "launched" through "shoot").
  bool weak = false;
};

// The link between `original` and `rendition`. `deep` adds the slower two-hop synonym search
// ("required" ~ "compel" ~ "obliged"); without it such pairs come out unrelated.
WordJudgement judge_words(const BeadView& view, const Word& original, const Word& rendition,
                          bool deep = true);

// An antonym of `a` (or of a base form of it) that is a synonym, similar word or same lemma of
// `b` in a common sense, or the other way round; empty if none ("normal" / "unusual" through
// "usual").
std::string opposite_through_neighbour(LexiconCache* memo, const std::string& a,
                                       const std::string& b);

// Rendition word r is a lower-case word WordNet does not know that misspells no word of the
// original: a word from another language ("sesji", "investigadores", "refusée").
bool is_foreign_word(const BeadView& view, size_t r);

// True if every letter of `s` is Latin (or common to all scripts).
bool is_latin(std::string_view s);

// The relations under which one word may stand for the other: synonym, similar, hypernym,
// hyponym, derivation, same lemma.
bool is_close(WordRelation r);

}  // namespace driftcheck
