// Polarity said by words other than negators: prefixes, negative quantifiers, opposites.
#include "drift/polarity_words.h"

#include <algorithm>
#include <string_view>

#include "drift/detector.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

// The adjective an adverb is made from ("shortly" / "short"), or the word itself.
std::string adjective_of(const std::string& w) {
  if (w.size() > 4 && w.ends_with("ly")) {
    std::string base = w.substr(0, w.size() - 2);
    if (WordNet::embedded().knows(base, PartOfSpeech::adjective)) return base;
  }
  return w;
}

}  // namespace

// A word negative by its prefix whose base WordNet lists as its opposite: "insufficient"
// (sufficient), "uninterrupted" (interrupted), "unable" (able); not "information".
bool negative_by_prefix(const Word& w) {
  static constexpr std::string_view kPrefixes[] = {"un", "in", "im", "ir", "il", "dis", "non"};
  constexpr size_t kMinBase = 4;
  if (!w.content || w.opaque) return false;
  const WordNet& wn = WordNet::embedded();
  for (std::string_view p : kPrefixes) {
    if (!w.folded.starts_with(p) || w.folded.size() < p.size() + kMinBase) continue;
    std::string base = w.folded.substr(p.size());
    if (!base.empty() && base.front() == '-') base.erase(0, 1);
    if (wn.relate_common(w.folded, base) == WordRelation::antonym) return true;
  }
  return false;
}

// "few", "little", "rarely": quantifiers and adverbs that deny most of a claim, as "not many",
// "not much" and "not often" do. "a few" and "a little" affirm.
bool negative_quantifier(const BeadSide& side, size_t k) {
  static constexpr std::string_view kWords[] = {"few",    "little", "hardly",  "barely",
                                                "seldom", "rarely", "scarcely"};
  if (std::find(std::begin(kWords), std::end(kWords), side.words[k].folded) == std::end(kWords))
    return false;
  return k == 0 || side.words[k - 1].folded != "a";
}

// Changed words of one side negative by prefix: with the negators they say the polarity.
std::vector<size_t> prefix_negatives(const BeadView& view, bool original_side) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  std::vector<size_t> out;
  for (const Hunk& h : view.hunks)
    for (size_t k = original_side ? h.o_begin : h.r_begin; k < (original_side ? h.o_end : h.r_end);
         ++k)
      if (!side.claimed[k] && (negative_by_prefix(side.words[k]) || negative_quantifier(side, k)))
        out.push_back(k);
  return out;
}

// WordNet lists the two words, or the adjectives of adverbs among them, as opposites:
// "not long after" / "shortly after".
bool opposites(const BeadView& view, const std::string& a, const std::string& b) {
  auto antonyms = [&](const std::string& x, const std::string& y) {
    return static_cast<WordRelation>(cached_relate_common(view.lexicon, x, y)) ==
           WordRelation::antonym;
  };
  if (antonyms(a, b)) return true;
  const std::string a_base = adjective_of(a), b_base = adjective_of(b);
  return (a_base != a || b_base != b) && antonyms(a_base, b_base);
}

// Changed content words, one from each side, that WordNet lists as opposites. Quantifiers are
// left out: "not ... any" is "none", which "all" does not balance.
std::vector<std::pair<size_t, size_t>> opposite_pairs(const BeadView& view) {
  std::vector<std::pair<size_t, size_t>> out;
  const WordList& quantifiers = word_list(view.language, WordListKind::quantifiers);
  auto candidate = [&](const BeadSide& side, size_t k) {
    const Word& w = side.words[k];
    return !side.claimed[k] && w.content && !w.opaque && !quantifiers.find(w.folded);
  };
  std::vector<size_t> changed_rendition;
  for (const Hunk& h : view.hunks)
    for (size_t b = h.r_begin; b < h.r_end; ++b)
      if (candidate(view.rendition, b)) changed_rendition.push_back(b);
  for (const Hunk& h : view.hunks)
    for (size_t a = h.o_begin; a < h.o_end; ++a) {
      if (!candidate(view.original, a)) continue;
      const auto opposite =
          std::find_if(changed_rendition.begin(), changed_rendition.end(), [&](size_t b) {
            return opposites(view, view.original.words[a].folded, view.rendition.words[b].folded);
          });
      if (opposite == changed_rendition.end()) continue;
      out.emplace_back(a, *opposite);
      changed_rendition.erase(opposite);
    }
  return out;
}

// Negators balanced, but a word negative by its prefix on one side is its stem without the
// prefix on the other: "goes on uninterrupted" / "continues with interruptions".
void report_prefix_dropped(BeadView& view, std::vector<Finding>& out) {
  constexpr size_t kStem = 6;
  for (bool original_side : {true, false}) {
    const BeadSide& side = original_side ? view.original : view.rendition;
    const BeadSide& other = original_side ? view.rendition : view.original;
    for (size_t k : prefix_negatives(view, original_side)) {
      if (!negative_by_prefix(side.words[k])) continue;
      const std::string& w = side.words[k].folded;
      for (size_t j = 0; j < other.words.size(); ++j) {
        const Word& y = other.words[j];
        if (other.claimed[j] || !y.content || negative_by_prefix(y) || y.folded.size() < kStem)
          continue;
        const size_t at = w.find(y.folded.substr(0, kStem));
        if (at == std::string::npos || at == 0 || at > 4) continue;
        // Opposites WordNet lists ("unlikely" / "likely") are the lexical detector's antonyms.
        if (opposites(view, w, y.folded)) continue;
        BeadSide& s = original_side ? view.original : view.rendition;
        BeadSide& t = original_side ? view.rendition : view.original;
        s.claimed[k] = t.claimed[j] = true;
        const size_t o = original_side ? k : j, r = original_side ? j : k;
        out.push_back(make_finding(
            view, Category::negation, Severity::critical, o, o + 1, r, r + 1,
            quoted(view.original.words[o].token->text) + " became " +
                quoted(view.rendition.words[r].token->text) +
                (original_side ? ": the negative prefix is gone, so the rendition affirms what "
                                 "the original negates"
                               : ": a negative prefix is added, so the rendition negates what "
                                 "the original affirms")));
        return;
      }
    }
  }
}

}  // namespace driftcheck
