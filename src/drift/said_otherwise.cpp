// Evidence that a run of dropped or added words is said another way by the other side.
#include "drift/said_otherwise.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "drift/detector.h"
#include "drift/dropped_words.h"
#include "drift/word_relation.h"
#include "lexicon/thesaurus.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {

// Words a translator adds or drops with the wording, not the facts ("came", "way", "make"),
// and support verbs of a noun phrase ("gave its approval" / "approved").
bool only_light(const BeadSide& side, const std::vector<size_t>& idx) {
  // Emphasis and aspect adverbs ("had already won", "the worst ever") go with the wording too,
  // as does the particle of "mix together" / "combine".
  static constexpr std::array<std::string_view, 35> kLight = {
      "come",    "came",      "comes", "make",   "made",   "makes",    "take", "took",    "takes",
      "get",     "got",       "give",  "gave",   "gives",  "given",    "way",  "thing",   "things",
      "however", "therefore", "thus",  "place",  "time",   "case",     "fact", "part",    "kind",
      "well",    "already",   "ever",  "indeed", "really", "actually", "just", "together"};
  for (size_t i : idx)
    if (std::find(kLight.begin(), kLight.end(), side.words[i].folded) == kLight.end()) return false;
  return true;
}

// "sensors used for intelligence" / "sensors for intelligence": "used" after a noun and before
// the purpose it serves says nothing the preposition does not. After an auxiliary ("has been
// used in greenhouses") it is the verb of the clause.
bool used_for_purpose(const BeadSide& side, const std::vector<size_t>& idx) {
  if (idx.size() != 1 || side.words[idx.front()].folded != "used") return false;
  const size_t i = idx.front();
  if (i == 0 || i + 1 >= side.words.size() || !side.words[i - 1].content) return false;
  const std::string& next = side.words[i + 1].folded;
  return next == "for" || next == "to" || next == "as" || next == "in";
}

// A lone word the other text uses elsewhere with the same neighbour ("Shahed attack drones"
// where the original said "attack drone" two paragraphs up): a description the reader has
// from the other text, not information lost or invented.
bool said_elsewhere(const BeadView& view, bool original_side, size_t i) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  const std::string& key = side.words[i].key;
  auto neighbour_content = [&](size_t k) {
    return side.words[k].content && side.words[k].sentence == side.words[i].sentence;
  };
  return (i > 0 && neighbour_content(i - 1) &&
          document_has_pair(view, !original_side, side.words[i - 1].key, key)) ||
         (i + 1 < side.words.size() && neighbour_content(i + 1) &&
          document_has_pair(view, !original_side, key, side.words[i + 1].key));
}

// The run is said again, reworded, among the other side's changed words: "grew faster than
// expected" / "In the third quarter, ... expanded more quickly than forecast", "have become
// endangered" / "are in danger of extinction". At least half of the run's content words have
// a synonym or near word there.
namespace {

// How much of a run the other side's changed words say: its content words, those with a
// synonym (or near word, unless `synonyms_only`) there, and its nouns and verbs without one.
struct RunEcho {
  size_t content = 0, linked = 0, unsaid_names = 0;
  // Unsaid nouns that the run's side uses nowhere else ("the death toll ... while the death
  // toll" repeats a thing already named).
  size_t new_things = 0;
};

RunEcho echo_of(const BeadView& view, bool original_side, const std::vector<size_t>& idx,
                bool synonyms_only) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  const BeadSide& other = original_side ? view.rendition : view.original;
  const WordNet& wn = WordNet::embedded();
  RunEcho echo;
  for (size_t i : idx) {
    if (!side.words[i].content) continue;
    ++echo.content;
    const bool found = std::any_of(view.hunks.begin(), view.hunks.end(), [&](const Hunk& h) {
      for (size_t k = original_side ? h.r_begin : h.o_begin;
           k < (original_side ? h.r_end : h.o_end); ++k) {
        if (!other.words[k].content) continue;
        const Word& o = original_side ? side.words[i] : other.words[k];
        const Word& r = original_side ? other.words[k] : side.words[i];
        const WordLink l = judge_words(view, o, r, false).link;
        if (l == WordLink::equivalent || (l == WordLink::near && !synonyms_only)) return true;
      }
      return false;
    });
    echo.linked += found ? 1 : 0;
    const Word& w = side.words[i];
    if (!found && !is_focus_word(w.folded) &&
        (w.capitalized || wn.knows(w.folded, PartOfSpeech::noun) ||
         wn.knows(w.folded, PartOfSpeech::verb)))
      ++echo.unsaid_names;
    const auto same_word = [&](const Word& x) { return x.key == w.key; };
    if (!found && !is_focus_word(w.folded) && wn.knows(w.folded, PartOfSpeech::noun) &&
        std::count_if(side.words.begin(), side.words.end(), same_word) == 1)
      ++echo.new_things;
  }
  return echo;
}

}  // namespace

bool reworded_elsewhere(const BeadView& view, bool original_side, const std::vector<size_t>& idx,
                        bool synonyms_only) {
  // Two things or actions the other side names nowhere are news of their own, however many
  // words are said: "past and present, except the drummer" (but "more quickly" is wording).
  const RunEcho echo = echo_of(view, original_side, idx, synonyms_only);
  return echo.content > 0 && 2 * echo.linked >= echo.content && echo.unsaid_names < kMaxUnsaidNames;
}

bool names_unsaid_things(const BeadView& view, bool original_side, const std::vector<size_t>& idx) {
  return echo_of(view, original_side, idx, false).new_things >= kMaxUnsaidNames;
}

// Word i is the verb of a phrasal verb whose particle the other side kept, merged into one
// verb of the same sense: "shot down" / "downed" (the diff pairs "down" with "downed").
bool phrasal_merged(const BeadView& view, bool original_side, size_t i) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  const BeadSide& other = original_side ? view.rendition : view.original;
  const Word& w = side.words[i];
  if (w.phrasal.empty()) return false;
  for (auto [o, r] : view.common) {
    const size_t here = original_side ? o : r, there = original_side ? r : o;
    if (here != i + 1 || other.words[there].folded == side.words[i + 1].folded) continue;
    return is_close(static_cast<WordRelation>(
        cached_relate_common(view.lexicon, w.phrasal, other.words[there].folded)));
  }
  return false;
}

// A lone support verb whose noun the other side says as a verb: "gave its approval" /
// "approved", "made a decision" / "decided". The noun follows within three words.
bool support_verb_of_kept_noun(const BeadView& view, bool original_side,
                               const std::vector<size_t>& idx) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  const BeadSide& other = original_side ? view.rendition : view.original;
  if (idx.size() != 1 || !only_light(side, idx)) return false;
  constexpr size_t kNounWithin = 3;
  for (size_t k = idx.front() + 1; k < side.words.size() && k <= idx.front() + kNounWithin; ++k) {
    if (!side.words[k].content) continue;
    for (const Word& y : other.words)
      if (y.content &&
          static_cast<WordRelation>(cached_relate_common(view.lexicon, side.words[k].folded,
                                                         y.folded)) == WordRelation::derivation)
        return true;
    return false;
  }
  return false;
}

// Added words that name what a pronoun of the original's hunk pointed to: "it is now a port" /
// "the place is now a port", "he said" / "the minister said". The referent is made explicit,
// not added.
bool names_pronoun(const BeadView& view, bool original_side, const std::vector<size_t>& idx,
                   const Hunk& h) {
  constexpr size_t kNameWords = 2;
  if (idx.size() > kNameWords) return false;
  const BeadSide& other = original_side ? view.rendition : view.original;
  const size_t b = original_side ? h.r_begin : h.o_begin, e = original_side ? h.r_end : h.o_end;
  const WordList& pronouns = word_list(view.language, WordListKind::pronouns);
  bool pronoun = false;
  for (size_t k = b; k < e; ++k) {
    if (other.words[k].content) return false;
    pronoun = pronoun || pronouns.find(other.words[k].folded) != nullptr;
  }
  return pronoun;
}

// A lone word whose hunk on the other side holds only function words among them a form of
// "be", "have" or "do": the same thing said with a support verb ("finished the bridge" /
// "were done with the bridge", "the presence of a team" / "having a team").
bool said_with_support_verb(const BeadView& view, bool original_side,
                            const std::vector<size_t>& idx, const Hunk& h) {
  static constexpr std::string_view kSupport[] = {"be",    "is",   "are",  "was",  "were",   "been",
                                                  "being", "have", "has",  "had",  "having", "do",
                                                  "does",  "did",  "done", "doing"};
  if (idx.size() != 1) return false;
  const BeadSide& other = original_side ? view.rendition : view.original;
  const size_t b = original_side ? h.r_begin : h.o_begin, e = original_side ? h.r_end : h.o_end;
  bool support = false;
  for (size_t k = b; k < e; ++k) {
    if (other.words[k].content && !other.claimed[k]) return false;
    support = support || std::find(std::begin(kSupport), std::end(kSupport),
                                   other.words[k].folded) != std::end(kSupport);
  }
  return support;
}

// "for three consecutive months" / "for three months in a row": the idiom says the word.
bool said_as_in_a_row(const BeadView& view, bool original_side, const std::vector<size_t>& idx) {
  static constexpr std::string_view kInARow[] = {"consecutive", "successive", "straight",
                                                 "running"};
  const BeadSide& side = original_side ? view.original : view.rendition;
  const BeadSide& other = original_side ? view.rendition : view.original;
  if (idx.size() != 1 || std::find(std::begin(kInARow), std::end(kInARow),
                                   side.words[idx.front()].folded) == std::end(kInARow))
    return false;
  for (size_t k = 0; k + 2 < other.words.size(); ++k)
    if (other.words[k].folded == "in" && other.words[k + 1].folded == "a" &&
        other.words[k + 2].folded == "row")
      return true;
  return false;
}

bool said_by_re_prefix(const BeadView& view, bool original_side, const std::vector<size_t>& idx) {
  constexpr size_t kMinStem = 3;
  const BeadSide& side = original_side ? view.original : view.rendition;
  const BeadSide& other = original_side ? view.rendition : view.original;
  if (idx.size() != 1) return false;
  const std::string& w = side.words[idx.front()].folded;
  if (w != "again" && w != "anew") return false;
  return std::any_of(other.words.begin(), other.words.end(), [&](const Word& x) {
    if (!x.content || !x.folded.starts_with("re") || x.folded.size() < 2 + kMinStem) return false;
    const std::string_view rest = std::string_view(x.folded).substr(2);
    return std::any_of(side.words.begin(), side.words.end(), [&](const Word& y) {
      return y.content && y.key.size() >= kMinStem && rest.starts_with(y.key);
    });
  });
}

bool completes_compound(const BeadView& view, bool original_side, const std::vector<size_t>& idx) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  if (idx.size() != 1 || idx.front() == 0) return false;
  const size_t i = idx.front();
  const Word& head = side.words[i];
  const Word& before = side.words[i - 1];
  if (!before.content || before.sentence != head.sentence) return false;
  const bool kept = std::any_of(view.common.begin(), view.common.end(), [&](const auto& p) {
    return (original_side ? p.first : p.second) == i - 1;
  });
  if (!kept) return false;
  const std::string compound = before.folded + " " + head.folded;
  std::string lemma = compound;
  std::replace(lemma.begin(), lemma.end(), ' ', '_');
  return is_close(
             static_cast<WordRelation>(cached_relate_common(view.lexicon, lemma, before.folded))) ||
         Thesaurus::through_german().related(compound, before.folded);
}

// A word of the other side that negates by a prefix the stem of one of the run's words:
// "uninterrupted" for "interruptions", "unable" for "ability".
bool negative_stem_elsewhere(const BeadView& view, bool original_side,
                             const std::vector<size_t>& idx) {
  static constexpr std::string_view kPrefixes[] = {"un", "in", "im", "ir", "il", "dis", "non"};
  constexpr size_t kStem = 6;
  const BeadSide& side = original_side ? view.original : view.rendition;
  const BeadSide& other = original_side ? view.rendition : view.original;
  for (size_t i : idx) {
    const std::string& x = side.words[i].folded;
    if (x.size() < kStem) continue;
    for (const Word& y : other.words)
      for (std::string_view p : kPrefixes)
        if (y.folded.size() >= p.size() + kStem && y.folded.starts_with(p) &&
            y.folded.compare(p.size(), kStem, x, 0, kStem) == 0)
          return true;
  }
  return false;
}

// "in the year 2019" / "in 2019": the word says what the figure beside it already is.
bool names_the_figure(const BeadSide& side, const std::vector<size_t>& idx) {
  if (idx.size() != 1) return false;
  const size_t i = idx.front();
  // "the 84-year-old leader" / "the leader, 84": an age says what the figure is.
  static constexpr std::string_view kAgeUnits[] = {"year", "years", "month", "months",
                                                   "week", "weeks", "day",   "days"};
  if (side.words[i].folded == "old" && i >= 2 &&
      std::find(std::begin(kAgeUnits), std::end(kAgeUnits), side.words[i - 1].folded) !=
          std::end(kAgeUnits) &&
      side.words[i - 2].token->kind == TokenKind::number)
    return true;
  if (side.words[i].folded != "year") return false;
  return i + 1 < side.words.size() && side.words[i + 1].token->kind == TokenKind::number &&
         side.words[i + 1].folded.size() == 4;
}

}  // namespace driftcheck
