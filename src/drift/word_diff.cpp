// The word diff of one bead: misspellings mended to the word they misspell, the dtl diff of
// both sides' diff keys (stems, numbers by value), the hunks it leaves, and the words that are
// only split, joined or hyphenated differently claimed. The detectors read the hunks, and the
// reports highlight them (changed_ranges), so both show the same change.
#include "drift/word_diff.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <dtl/dtl.hpp>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "drift/detector.h"
#include "drift/slip_repair.h"
#include "lexicon/spelling.h"
#include "lexicon/wordnet.h"
#include "text/stemmer.h"

namespace driftcheck {
namespace {

// Tight: the two sides differ in at most this many content words and share at least this
// share of them. A minimal edit ("high" -> "low" in an otherwise copied sentence) is
// deliberate, so it is judged at full severity; free translations are judged more leniently.
constexpr size_t kTightMaxChangedContent = 2;
constexpr double kTightMinOverlap = 0.8;
// ... and in at most this many words of any kind: a copy edited in one place keeps its
// function words too, while two translations that happen to share their content words
// ("The presence of a team" / "Having a team", "a virtual" / "the virtual") differ around them.
constexpr size_t kTightMaxChangedWords = 4;
// From this many letters a misspelling may hold two slips ("relitavely" for "relatively");
// shorter words two letters apart are more often two different words.
constexpr size_t kLongWordForTwoSlips = 8;
// ... and only if they keep this many last letters of the word.
constexpr size_t kKeptEnding = 3;

// A word that can be a slip of the keyboard: lower-case ASCII letters (a capital inside a
// sentence starts a name, and "Smyth" is not "Smith" misspelt), not a word WordNet or the
// function-word lists know.
bool may_be_misspelt(const BeadView& view, const Word& w, const FunctionWords& function_words) {
  if (w.opaque || w.folded.size() < 3 || (w.capitalized && !w.sentence_initial)) return false;
  if (!std::all_of(w.folded.begin(), w.folded.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  // WordNet first, through the check's memo: repair_slips asks this of every word of every
  // bead, most words are lemmas, and an uncached is_lemma ran morphy each time (a sixth of
  // `check` on a 10k-sentence pair). The lists are fetched once by the caller.
  return !cached_is_lemma(view, w.folded) && !function_words.contains(w.folded);
}

// One slip from `right`: two letters swapped ("yuo", "becuase"), or one letter dropped, added
// or changed (two inside words of eight letters or more: "relitavely").
bool slip_of(std::string_view slip, std::string_view right) {
  if (slip.size() == right.size()) {
    size_t i = 0;
    while (i < slip.size() && slip[i] == right[i]) ++i;
    if (i + 1 < slip.size() && slip[i] == right[i + 1] && slip[i + 1] == right[i] &&
        slip.substr(i + 2) == right.substr(i + 2))
      return true;
  }
  const size_t shorter = std::min(slip.size(), right.size());
  if (shorter < 4) return false;
  if (edit_distance_at_most(slip, right, 1) <= 1) return true;
  // Two slips only inside the word: a changed ending is another language's form of it
  // ("investigadores", "statistiky"), not a typing error.
  return shorter >= kLongWordForTwoSlips && slip.front() == right.front() &&
         slip.substr(slip.size() - kKeptEnding) == right.substr(right.size() - kKeptEnding) &&
         edit_distance_at_most(slip, right, 2) <= 2;
}

// Word i of `side` is a British or American spelling of a word of `other` that its own side
// lacks (`candidates`, as mend_misspellings lists them): i takes that word's key, and the pair
// is listed with the misspellings.
bool align_spelling(BeadView& view, BeadSide& side, size_t i, const BeadSide& other,
                    const std::vector<size_t>& candidates, bool rendition_side) {
  const Word& w = side.words[i];
  if (w.opaque || !w.content) return false;
  for (size_t k : candidates) {
    const Word& x = other.words[k];
    if (!spelling_variant(w.folded, x.folded)) continue;
    side.words[i].key = x.key;
    view.misspellings.emplace_back(rendition_side ? k : i, rendition_side ? i : k);
    return true;
  }
  return false;
}

// Misspellings compared as the word they misspell: a word of one side that is no word, one
// slip from a word of the other side that has no counterpart there, takes that word's diff
// key and folded form, so "is aslo the base" keeps "also" and no detector reads "aslo" as a
// new word.
void mend_misspellings(BeadView& view) {
  // Copies, not views: mending rewrites the keys these sets were taken from, and each side is
  // judged against the keys as they were before any mending.
  auto keys_of = [](const BeadSide& side) {
    std::unordered_set<std::string> keys;
    for (const Word& w : side.words) keys.insert(w.key);
    return keys;
  };
  const auto o_keys = keys_of(view.original), r_keys = keys_of(view.rendition);
  const FunctionWords function_words(view.language);
  std::vector<size_t> candidates;
  auto mend = [&](BeadSide& side, const std::unordered_set<std::string>& other_keys,
                  const BeadSide& other, const std::unordered_set<std::string>& own_keys,
                  bool rendition_side) {
    // The words of `other` that `side` lacks, listed once per side instead of once per word
    // of it (a hash look-up each): mending `side` changes neither `other` nor `own_keys`.
    candidates.clear();
    for (size_t k = 0; k < other.words.size(); ++k)
      if (!other.words[k].opaque && own_keys.count(other.words[k].key) == 0)
        candidates.push_back(k);
    for (size_t i = 0; i < side.words.size(); ++i) {
      Word& w = side.words[i];
      if (other_keys.count(w.key) > 0) continue;
      // A British or American spelling of the other side's word ("organisation" /
      // "organization") is the same word to the diff, as the word judgement says too; the
      // lexical detector still notes it at info, as a misspelling.
      if (align_spelling(view, side, i, other, candidates, rendition_side)) continue;
      if (!may_be_misspelt(view, w, function_words)) continue;
      for (size_t k : candidates) {
        const Word& x = other.words[k];
        if (!slip_of(w.folded, x.folded)) continue;
        // The folded form too: the detectors' word lists ("dennied" / "denied" is still a
        // negator) and relations read it.
        respell(side, i, x.folded, x.key, x.content);
        view.misspellings.emplace_back(rendition_side ? k : i, rendition_side ? i : k);
        break;
      }
    }
  };
  mend(view.rendition, o_keys, view.original, r_keys, true);
  mend(view.original, r_keys, view.rendition, o_keys, false);
}

// Misspellings of words the other side does not have ("aroind 3,000" / "about 3,000",
// "dennied" / "rejected"): read as the word they misspell (slip_repair.h), so that the
// detectors see the approximator, the negator or the verb the writer meant. English only: the
// candidates are WordNet's.
void repair_slips(BeadView& view) {
  if (view.language != "en") return;
  const FunctionWords function_words(view.language);
  auto repair = [&](BeadSide& side, const BeadSide& other, bool rendition_side) {
    if (side.doc != nullptr && !side.doc->language.empty() && side.doc->language != "en") return;
    for (size_t i = 0; i < side.words.size(); ++i) {
      Word& w = side.words[i];
      // A capital starts a name even at the start of a sentence ("Ambala stood first"). A word
      // the other side has too is kept as it is ("ambala" / "Ambala"; a word mend_misspellings
      // mended has the key of its counterpart there), and one two letters
      // from a word there most likely misspells that word ("tyhe" / "they", not "the"): the
      // word judgement reads it as a typo of it.
      constexpr size_t kNearSlip = 2;
      if (w.capitalized || !may_be_misspelt(view, w, function_words) ||
          std::any_of(other.words.begin(), other.words.end(), [&](const Word& x) {
            return x.key == w.key ||
                   edit_distance_at_most(w.folded, x.folded, kNearSlip) <= kNearSlip;
          }))
        continue;
      // The word and its stem, the diff key every other word has.
      auto repaired = [&]() -> std::pair<std::string, std::string> {
        std::string word = repair_slip(w.folded, function_words);
        if (word.empty()) return {};
        const Stemmer stem(view.language);
        std::string key = stem(word);
        return {std::move(word), std::move(key)};
      };
      std::pair<std::string, std::string> repair;
      if (view.lexicon != nullptr) {
        auto [it, inserted] = view.lexicon->repairs.try_emplace(w.folded);
        if (inserted) it->second = repaired();
        repair = it->second;
      } else {
        repair = repaired();
      }
      if (repair.first.empty()) continue;
      const bool content = !function_words.contains(repair.first);
      respell(side, i, std::move(repair.first), std::move(repair.second), content);
      view.repaired.emplace_back(rendition_side, i);
    }
  };
  repair(view.original, view.rendition, false);
  repair(view.rendition, view.original, true);
}

void diff_words(BeadView& view) {
  std::unordered_map<std::string_view, int> ids;
  auto encode = [&ids](const BeadSide& side) {
    std::vector<int> seq;
    seq.reserve(side.words.size());
    for (const Word& w : side.words) {
      auto [it, inserted] = ids.emplace(w.key, static_cast<int>(ids.size()));
      seq.push_back(it->second);
    }
    return seq;
  };
  std::vector<int> a = encode(view.original);
  std::vector<int> b = encode(view.rendition);
  dtl::Diff<int, std::vector<int>> diff(a, b);
  diff.compose();

  size_t o_pos = 0, r_pos = 0;
  bool in_run = false;
  Hunk run;
  for (const auto& [elem, info] : diff.getSes().getSequence()) {
    (void)elem;
    if (info.type == dtl::SES_COMMON) {
      if (in_run) {
        run.o_end = o_pos;
        run.r_end = r_pos;
        view.hunks.push_back(run);
        in_run = false;
      }
      view.common.emplace_back(o_pos, r_pos);
      ++o_pos;
      ++r_pos;
      continue;
    }
    if (!in_run) {
      run = Hunk{o_pos, o_pos, r_pos, r_pos};
      in_run = true;
    }
    if (info.type == dtl::SES_DELETE) ++o_pos;
    if (info.type == dtl::SES_ADD) ++r_pos;
  }
  if (in_run) {
    run.o_end = o_pos;
    run.r_end = r_pos;
    view.hunks.push_back(run);
  }

  // Merge two hunks separated by one common function word ("fired a lot" / "produced a lot"
  // stays two; "the X of the Y" edits around "of" become one change).
  std::vector<Hunk> merged;
  for (const Hunk& h : view.hunks) {
    if (!merged.empty()) {
      Hunk& last = merged.back();
      if (h.o_begin == last.o_end + 1 && h.r_begin == last.r_end + 1 &&
          !view.original.words[last.o_end].content) {
        last.o_end = h.o_end;
        last.r_end = h.r_end;
        continue;
      }
    }
    merged.push_back(h);
  }
  view.hunks = std::move(merged);

  size_t common_content = 0;
  for (auto [o, r] : view.common) common_content += view.original.words[o].content ? 1 : 0;
  const size_t total = view.original.content_words + view.rendition.content_words;
  view.changed_content = total - 2 * common_content;
  view.overlap = total == 0 ? 1.0 : 2.0 * static_cast<double>(common_content) / total;
  const size_t changed_words =
      view.original.words.size() + view.rendition.words.size() - 2 * view.common.size();
  view.tight = total - 2 * common_content <= kTightMaxChangedContent &&
               view.overlap >= kTightMinOverlap && changed_words <= kTightMaxChangedWords;
}

// The letters and digits of words [b, e) run together: "one-hundred" and "one hundred",
// "p. 109" and "p109", "do n't" and "don't", "U.S." and "US" all come out the same.
std::string joined(const BeadSide& side, size_t b, size_t e) {
  std::string out;
  for (size_t k = b; k < e; ++k)
    for (char c : side.words[k].folded)
      if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)))
        out += c;
  return out;
}

constexpr size_t kMaxRespacedRun = 3;

// joined(side, k, k + n) for each word k of [b, e) and n = 1 .. kMaxRespacedRun (empty past
// e): built once per hunk, not once per pair of words, which on a hunk of long tokens
// copied each one hundreds of times.
std::vector<std::array<std::string, kMaxRespacedRun>> joined_runs(const BeadSide& side, size_t b,
                                                                  size_t e) {
  std::vector<std::array<std::string, kMaxRespacedRun>> out(e - b);
  for (size_t k = b; k < e; ++k)
    for (size_t n = 1; n <= kMaxRespacedRun && k + n <= e; ++n)
      out[k - b][n - 1] = joined(side, k, k + n);
  return out;
}

// Words split, joined, hyphenated or punctuated differently are the same words: inside each
// hunk, a run of up to three words on one side that spells a run on the other is claimed as
// a tokenization difference, and a hunk left with nothing else is dropped.
void claim_respaced(BeadView& view) {
  constexpr size_t kMaxRun = kMaxRespacedRun;
  BeadSide& o_side = view.original;
  BeadSide& r_side = view.rendition;
  for (const Hunk& h : view.hunks) {
    const auto o_runs = joined_runs(o_side, h.o_begin, h.o_end);
    const auto r_runs = joined_runs(r_side, h.r_begin, h.r_end);
    for (size_t i = h.o_begin; i < h.o_end; ++i) {
      if (o_side.claimed[i]) continue;
      bool found = false;
      for (size_t lo = 1; lo <= kMaxRun && i + lo <= h.o_end && !found; ++lo) {
        const std::string& a = o_runs[i - h.o_begin][lo - 1];
        if (a.empty()) break;
        for (size_t j = h.r_begin; j < h.r_end && !found; ++j) {
          if (r_side.claimed[j]) continue;
          for (size_t lr = 1; lr <= kMaxRun && j + lr <= h.r_end; ++lr) {
            if (lo > 1 && lr > 1) break;  // one side is a single word
            const std::string& b = r_runs[j - h.r_begin][lr - 1];
            if (b.size() > a.size()) break;
            if (b != a) continue;
            for (size_t k = i; k < i + lo; ++k) o_side.claimed[k] = true;
            for (size_t k = j; k < j + lr; ++k) r_side.claimed[k] = true;
            found = true;
            break;
          }
        }
      }
    }
  }
  std::erase_if(view.hunks, [&](const Hunk& h) {
    for (size_t k = h.o_begin; k < h.o_end; ++k)
      if (!o_side.claimed[k]) return false;
    for (size_t k = h.r_begin; k < h.r_end; ++k)
      if (!r_side.claimed[k]) return false;
    return true;
  });
}

}  // namespace

void diff_bead(BeadView& view) {
  mend_misspellings(view);
  repair_slips(view);
  diff_words(view);
  claim_respaced(view);
}

BeadChanges changed_ranges(const BeadView& view) {
  BeadChanges changes;
  auto add = [](const BeadSide& side, size_t b, size_t e, std::vector<CodePointRange>& out) {
    // One range per sentence the hunk touches: a range never runs over a sentence boundary.
    for (size_t k = b; k < e; ++k) {
      const Token* t = side.words[k].token;
      if (k > b && side.words[k - 1].sentence == side.words[k].sentence)
        out.back().end = t->end;
      else
        out.push_back({t->start, t->end});
    }
  };
  for (const Hunk& h : view.hunks) {
    add(view.original, h.o_begin, h.o_end, changes.original);
    add(view.rendition, h.r_begin, h.r_end, changes.rendition);
  }
  return changes;
}

}  // namespace driftcheck
