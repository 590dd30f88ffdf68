// Rewrite: an aligned group whose words overlap too little for a word diff to explain, or
// whose words are the same but scrambled. One major finding for a human to read, instead of a
// cloud of word findings; every word is claimed.
#include "drift/rewrite_detector.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "drift/detector.h"
#include "drift/moved_block.h"
#include "drift/word_relation.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

// Below this share of content words with a counterpart (same stem or a WordNet synonym,
// similar word or derivation) on the other side, the two sides no longer say the same thing.
constexpr double kMinShared = 0.34;
// Scrambled: nearly all words shared, but few in the same order.
constexpr double kScrambledShared = 0.85;
constexpr double kScrambledOrder = 0.5;
// Or: nearly all words shared, but fewer than this share of adjacent word pairs kept.
constexpr double kScrambledPairs = 0.2;
// Scrambled and reworded: at most this share of adjacent pairs kept where at least this share
// of the words is shared.
constexpr double kScrambledPairsReworded = 0.03;
constexpr double kScrambledSharedReworded = 0.5;
// ... in a sentence of at least this many content words: a short one reworded ("have risen for
// the third month in a row" / "rose for a third consecutive month") may keep no pair at all.
constexpr size_t kMinScrambledReworded = 8;
// Clauses moved as wholes ("X said that A, and B" / "B after A, X said") keep most adjacent
// word pairs though little stays in order; scrambled words keep few.
constexpr double kMovedClausePairs = 0.4;
// Too short to judge as a whole: the word detectors do better.
constexpr size_t kMinContentWords = 4;
// Past this many pairs of known words, a group is judged by stems alone: each pair is a
// WordNet look-up of both words, and two 400-word sentences took seconds. 64 x 64 words is
// more than any real sentence has (the flagship's longest has 56 words in all).
constexpr size_t kMaxRelatedPairs = 64 * 64;

bool related(LexiconCache* lexicon, const Word& a, const Word& b) {
  auto close = [&](const std::string& x, const std::string& y) {
    return is_close(static_cast<WordRelation>(cached_relate_common(lexicon, x, y)));
  };
  // A phrasal verb is one word of the other's sense: "stepped down" / "resigned".
  return a.key == b.key || close(a.folded, b.folded) ||
         (!a.phrasal.empty() && close(a.phrasal, b.folded)) ||
         (!b.phrasal.empty() && close(a.folded, b.phrasal));
}

// Share of `side`'s content words that have a counterpart anywhere in `other`: by stem, or,
// when `related_too`, by a WordNet synonym, similar word, derivation or direct hypernym.
double shared(const BeadView& view, const BeadSide& side, const BeadSide& other, bool related_too) {
  // WordNet relates only words it knows, so each word is looked up once and only pairs of
  // known words are related; an opaque token is never known.
  std::vector<bool> known;
  if (related_too) {
    for (const Word& x : other.words) known.push_back(x.content && cached_is_lemma(view, x.folded));
    const auto known_here = std::count_if(side.words.begin(), side.words.end(), [&](const Word& w) {
      return w.content && cached_is_lemma(view, w.folded);
    });
    const auto known_there = std::count(known.begin(), known.end(), true);
    related_too = static_cast<size_t>(known_here * known_there) <= kMaxRelatedPairs;
  }
  size_t n = 0, hit = 0;
  for (const Word& w : side.words) {
    if (!w.content) continue;
    ++n;
    bool found = false;
    for (const Word& x : other.words)
      if (x.content && x.key == w.key) {
        found = true;
        break;
      }
    if (!found && related_too && cached_is_lemma(view, w.folded))
      for (size_t k = 0; k < other.words.size(); ++k)
        if (known[k] && related(view.lexicon, w, other.words[k])) {
          found = true;
          break;
        }
    hit += found;
  }
  return n == 0 ? 1.0 : static_cast<double>(hit) / static_cast<double>(n);
}

bool repeats_content(const BeadSide& side) {
  std::vector<std::string_view> keys;
  for (const Word& w : side.words)
    if (w.content) keys.push_back(w.key);
  std::sort(keys.begin(), keys.end());
  return std::adjacent_find(keys.begin(), keys.end()) != keys.end();
}

// Share of the original's adjacent word pairs (by diff key) that the rendition also has; with
// `content_only`, pairs of adjacent content words, function words between them skipped, so
// that a passive or a nominalisation ("ordered the evacuation of coastal areas" / "ordered
// coastal areas to be evacuated") keeps the pairs its content words keep.
double kept_pairs(const BeadView& view, bool content_only) {
  auto pairs = [&](const BeadSide& side) {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    const Word* last = nullptr;
    for (const Word& w : side.words) {
      if (content_only && !w.content) continue;
      if (last) out.emplace_back(last->key, w.key);
      last = &w;
    }
    return out;
  };
  const auto a = pairs(view.original);
  auto b = pairs(view.rendition);
  if (a.empty()) return 1.0;
  std::sort(b.begin(), b.end());
  size_t hit = 0;
  for (const auto& p : a) hit += std::binary_search(b.begin(), b.end(), p);
  return static_cast<double>(hit) / static_cast<double>(a.size());
}

// A passive with its agent: "was attended by 500 guests", "were evacuated by the authorities".
bool passive_with_agent(const BeadSide& side) {
  static constexpr std::string_view kBe[] = {"is", "are",  "was",   "were",
                                             "be", "been", "being", "am"};
  const WordNet& wn = WordNet::embedded();
  for (size_t i = 0; i + 2 < side.words.size(); ++i) {
    if (std::find(std::begin(kBe), std::end(kBe), side.words[i].folded) == std::end(kBe)) continue;
    // The participle, an adverb between allowed: "was widely welcomed by".
    size_t p = i + 1;
    if (side.words[p].folded.ends_with("ly") && p + 1 < side.words.size()) ++p;
    const Word& participle = side.words[p];
    if (!wn.knows(participle.folded, PartOfSpeech::verb) ||
        wn.base_forms(participle.folded, PartOfSpeech::verb).front() == participle.folded)
      continue;
    for (size_t k = p + 1; k < side.words.size() && side.words[k].sentence == participle.sentence;
         ++k)
      if (side.words[k].folded == "by") return true;
  }
  return false;
}

void claim_all(BeadView& view) {
  view.original.claimed.assign(view.original.words.size(), true);
  view.rendition.claimed.assign(view.rendition.words.size(), true);
}

}  // namespace

void detect_rewrite(BeadView& view, std::vector<Finding>& out) {
  const size_t on = view.original.words.size(), rn = view.rendition.words.size();
  const size_t co = view.original.content_words, cr = view.rendition.content_words;
  // One side empty of content: the whole sentence is gone or new.
  if (co == 0 && cr >= 2) {
    claim_all(view);
    out.push_back(make_finding(view, Category::addition, Severity::major, 0, on, 0, rn,
                               "the rendition says something the original does not"));
    return;
  }
  if (cr == 0 && co >= 2) {
    claim_all(view);
    out.push_back(make_finding(view, Category::omission, Severity::major, 0, on, 0, rn,
                               "the sentence's content is gone from the rendition"));
    return;
  }
  if (co < kMinContentWords || cr < kMinContentWords) return;
  // Repeated words ("Kanjar, ... Kanjar") let a scrambled sentence keep a long common
  // subsequence; adjacent pairs show the order whatever repeats.
  const double pairs = kept_pairs(view, false);
  // The content words' own pairs, for a sentence whose function words changed with its
  // voice; not where a content word repeats ("Novak, ... Novak" pairs with itself).
  const double content_pairs = repeats_content(view.original) || repeats_content(view.rendition)
                                   ? 0.0
                                   : kept_pairs(view, true);
  const double stems_shared = (shared(view, view.original, view.rendition, false) +
                               shared(view, view.rendition, view.original, false)) /
                              2;
  // Two translations of one sentence share most adjacent pairs of the words they share;
  // scrambled ones almost none, even where the wording differs too.
  // Active for passive ("500 guests attended the ceremony" / "The ceremony was attended by
  // 500 guests") turns the sentence round without scrambling it. The active side has lost the
  // "by"; words scrambled keep it.
  auto count_by = [](const BeadSide& side) {
    return std::count_if(side.words.begin(), side.words.end(),
                         [](const Word& w) { return w.folded == "by"; });
  };
  const bool o_passive = passive_with_agent(view.original),
             r_passive = passive_with_agent(view.rendition);
  const bool voice_changed =
      o_passive != r_passive && (o_passive ? count_by(view.original) > count_by(view.rendition)
                                           : count_by(view.rendition) > count_by(view.original));
  // "X said A" / "A, X said", "A when B" / "When B, A": kept in order but for one block.
  const bool block_moved = order_with_moved_block(view) >= kScrambledOrder;
  if (view.original.words.size() >= 2 * kMinContentWords && !voice_changed && !block_moved &&
      ((std::max(pairs, content_pairs) < kScrambledPairs && stems_shared >= kScrambledShared) ||
       (pairs < kScrambledPairsReworded && stems_shared >= kScrambledSharedReworded &&
        view.original.content_words >= kMinScrambledReworded))) {
    claim_all(view);
    Finding f = make_finding(
        view, Category::rewrite, Severity::major, 0, on, 0, rn,
        "the same words in another order: the sentence no longer reads as the original (" +
            std::to_string(static_cast<int>(pairs * 100)) + "% of word pairs kept)");
    f.evidence.emplace_back("adjacent pairs kept", std::to_string(pairs));
    out.push_back(std::move(f));
    return;
  }
  // Half the content words kept in order: neither unrelated nor scrambled. (Saves the WordNet
  // look-ups below, which dominate the run time.)
  if (view.overlap >= kScrambledOrder) return;
  // Stems first; WordNet only when stems alone would call it a rewrite.
  double share = (shared(view, view.original, view.rendition, false) +
                  shared(view, view.rendition, view.original, false)) /
                 2;
  if (share < kMinShared)
    share = (shared(view, view.original, view.rendition, true) +
             shared(view, view.rendition, view.original, true)) /
            2;
  std::string message;
  if (share < kMinShared) {
    message = "reworded so far that a word comparison cannot show what changed: only " +
              std::to_string(static_cast<int>(share * 100)) +
              "% of the content words have a counterpart; read both versions";
  } else if (share >= kScrambledShared && view.overlap < kScrambledOrder && !voice_changed &&
             !block_moved && pairs < kMovedClausePairs &&
             view.original.words.size() >= 2 * kMinContentWords) {
    message =
        "the same words in another order: the sentence no longer reads as the original "
        "(" +
        std::to_string(static_cast<int>(view.overlap * 100)) + "% kept in order)";
  } else {
    return;
  }
  claim_all(view);
  Finding f =
      make_finding(view, Category::rewrite, Severity::major, 0, on, 0, rn, std::move(message));
  f.evidence.emplace_back("shared content words", std::to_string(share));
  f.evidence.emplace_back("in order", std::to_string(view.overlap));
  out.push_back(std::move(f));
}

}  // namespace driftcheck
