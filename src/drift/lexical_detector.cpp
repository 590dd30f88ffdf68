// What the specialised detectors left of each hunk, word by word: an antonym (critical), a
// content word replaced by one WordNet does not link to it (substitution), content words
// dropped or added inside the sentence (omission, addition; see dropped_words.h), and
// harmless changes at info (synonyms, spelling variants, typos, repeated words). Inside
// quotation marks a changed word is a changed quote. How two words relate is word_relation's
// judgement; this file turns it into findings.
#include "drift/lexical_detector.h"

#include <algorithm>

#include "drift/detector.h"
#include "drift/dropped_words.h"
#include "drift/word_relation.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

// A hunk that drops at least this many content words no WordNet sense links to the other
// side, and adds kClauseWords or more, is a rewritten stretch.
constexpr size_t kRewrittenWords = 6;
// Hunks with more dropped x added content words than this are not paired word by word.
constexpr size_t kMaxPairings = 36;
// An unrelated verb in place of another is a different action (major) where at least this
// share of the content words is kept in order.
constexpr double kActionMinOverlap = 0.8;
// Content words changed when one word was traded for one: the pair is the only change.
constexpr size_t kOnlyPairChanged = 2;

// A reporting verb or a verb of emphasis ("said", "highlighted", "underscored", "stressed").
bool speech_verb(const BeadView& view, const Word& w) {
  if (word_list(view.language, WordListKind::reporting_verbs).find(w.folded)) return true;
  static constexpr std::string_view kEmphasis[] = {"highlight", "underscor", "underlin",
                                                   "emphasi",   "stress",    "spotlight"};
  return std::any_of(std::begin(kEmphasis), std::end(kEmphasis),
                     [&](std::string_view p) { return w.folded.starts_with(p); });
}

// Words o and r can each be read as a verb, so trading one for the other may change what was
// done: finite verbs anywhere, and where the pair is the sentence's only change any verb form
// WordNet knows that a function word introduces ("focus on providing" -> "focus on
// withdrawing", "does not educate"). A participle right after a noun modifies it
// ("traditions surrounding" / "traditions related to"), as an adjective would.
bool changed_action(const BeadView& view, size_t o, size_t r, bool only_change) {
  const bool finite_o = is_finite_verb(view.original, o);
  const bool finite_r = is_finite_verb(view.rendition, r);
  if (finite_o && finite_r) return true;
  if (!only_change) return false;
  const WordNet& wn = WordNet::embedded();
  auto verb_form = [&](const BeadSide& side, size_t i) {
    const Word& w = side.words[i];
    return !w.capitalized && wn.knows(w.folded, PartOfSpeech::verb) &&
           (i == 0 || !side.words[i - 1].content);
  };
  return (finite_o || verb_form(view.original, o)) && (finite_r || verb_form(view.rendition, r));
}

// Word i follows a form of "be" or "have": a participle or a predicate, not a thing named.
bool after_auxiliary(const BeadSide& side, size_t i) {
  static constexpr std::string_view kAuxiliaries[] = {"is",   "are", "was",  "were", "be",
                                                      "been", "has", "have", "had",  "being"};
  return i > 0 && std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries),
                            side.words[i - 1].folded) != std::end(kAuxiliaries);
}

// A lower-case word WordNet knows only as an adjective: it describes, it names no thing.
bool describes(const Word& w) {
  const WordNet& wn = WordNet::embedded();
  return !w.capitalized && wn.knows(w.folded, PartOfSpeech::adjective) &&
         !wn.knows(w.folded, PartOfSpeech::noun) && !wn.knows(w.folded, PartOfSpeech::verb);
}

// "dozens" 1, "hundreds" 2, ... "billions" 5: counts given by their order of magnitude; -1 for
// any other word.
int magnitude_rank(std::string_view w) {
  static constexpr std::string_view kMagnitudes[] = {"tens",      "dozens",   "hundreds",
                                                     "thousands", "millions", "billions"};
  const auto* it = std::find(std::begin(kMagnitudes), std::end(kMagnitudes), w);
  if (it == std::end(kMagnitudes)) return -1;
  return std::max(0, static_cast<int>(it - std::begin(kMagnitudes)) - 1);
}

bool is_colour(std::string_view w) {
  static constexpr std::string_view kColours[] = {"red",   "orange", "yellow", "green",
                                                  "blue",  "purple", "pink",   "brown",
                                                  "black", "white",  "grey",   "gray"};
  return std::find(std::begin(kColours), std::end(kColours), w) != std::end(kColours);
}

// How much, by an adverb of degree: -1 for a little ("slightly injured"), 1 for much
// ("seriously injured"), 0 for any other word. WordNet links none of them to the others.
int degree(std::string_view w) {
  static constexpr std::string_view kLittle[] = {"slightly", "lightly", "mildly", "marginally"};
  static constexpr std::string_view kMuch[] = {"seriously",  "severely", "badly",
                                               "critically", "gravely",  "heavily"};
  if (std::find(std::begin(kLittle), std::end(kLittle), w) != std::end(kLittle)) return -1;
  if (std::find(std::begin(kMuch), std::end(kMuch), w) != std::end(kMuch)) return 1;
  return 0;
}

// Two orders of magnitude, two colours or two degrees: two values of one scale, never a
// rewording.
bool other_value(std::string_view a, std::string_view b) {
  return (magnitude_rank(a) >= 0 && magnitude_rank(b) >= 0 &&
          magnitude_rank(a) != magnitude_rank(b)) ||
         (is_colour(a) && is_colour(b) && a != b) || degree(a) * degree(b) < 0;
}

void report_pair(BeadView& view, size_t o, size_t r, const Hunk& h, std::vector<Finding>& out) {
  const Word& a = view.original.words[o];
  const Word& b = view.rendition.words[r];
  WordJudgement j = judge_words(view, a, b, false);
  const std::string change = quoted(a.token->text) + " became " + quoted(b.token->text);
  const bool one_to_one = [&] {
    size_t no = 0, nr = 0;
    for (size_t k = h.o_begin; k < h.o_end; ++k) no += view.original.words[k].content;
    for (size_t k = h.r_begin; k < h.r_end; ++k) nr += view.rendition.words[k].content;
    return no == 1 && nr == 1;
  }();
  // This pair is the bead's only change of content words.
  const bool only_change = view.changed_content <= kOnlyPairChanged;
  const bool action = one_to_one && changed_action(view, o, r, only_change);
  // The two-hop synonym search only matters where an unrelated pair would be reported major.
  if (j.link == WordLink::unrelated && action) j = judge_words(view, a, b, true);
  // "normal" -> "unusual" in an otherwise kept sentence: the opposite of a word close to the
  // other ("usual"). In a free translation such two-step links join too much to be evidence.
  if ((j.link == WordLink::unrelated || j.link == WordLink::near || j.link == WordLink::sibling) &&
      one_to_one && (view.tight || only_change))
    if (const std::string via = opposite_through_neighbour(view.lexicon, a.folded, b.folded);
        !via.empty())
      j = {WordLink::antonym, "the opposite of '" + via + "', which WordNet puts close to it"};
  Category category = Category::substitution;
  Severity severity = Severity::info;
  std::string message;
  // "Even the mayor" -> "Only the mayor": focus words are function words WordNet does not
  // relate, yet one for another changes whom the claim covers.
  if (j.link == WordLink::unrelated && is_focus_word(a.folded) && is_focus_word(b.folded)) {
    Finding f = make_finding(view, Category::substitution,
                             view.tight ? Severity::major : Severity::minor, o, o + 1, r, r + 1,
                             change + ": another focus, so the claim covers something else");
    mark_quote(view, f, o, o + 1, r, r + 1);
    out.push_back(std::move(f));
    return;
  }
  // "thousands of cars" -> "hundreds of vehicles", "a red card" -> "a yellow card": a count
  // said by its order of magnitude, a colour or a degree ("slightly" / "seriously injured") is
  // a fact however freely the rest is worded.
  // (WordNet makes two colours "similar", satellites of "chromatic".)
  const bool magnitudes = magnitude_rank(a.folded) >= 0 && magnitude_rank(b.folded) >= 0;
  if (other_value(a.folded, b.folded)) {
    const char* what = magnitudes                                ? ": another order of magnitude"
                       : degree(a.folded) * degree(b.folded) < 0 ? ": another degree"
                                                                 : ": another colour";
    Finding f = make_finding(view, magnitudes ? Category::number : Category::substitution,
                             Severity::major, o, o + 1, r, r + 1, change + what);
    mark_quote(view, f, o, o + 1, r, r + 1);
    out.push_back(std::move(f));
    return;
  }
  // "cheapest" / "least expensive", "cheaper" / "less expensive": the opposite word, lowered,
  // is the same claim.
  const auto lowered = [](const BeadSide& side, size_t i) {
    return i > 0 && side.words[i - 1].sentence == side.words[i].sentence &&
           (side.words[i - 1].folded == "less" || side.words[i - 1].folded == "least");
  };
  if (j.link == WordLink::antonym && lowered(view.original, o) != lowered(view.rendition, r))
    j = {WordLink::equivalent, "the opposite word after 'less' or 'least'"};
  switch (j.link) {
    case WordLink::antonym:
      category = Category::antonym;
      severity = Severity::critical;
      message = change + ": the opposite meaning";
      break;
    case WordLink::equivalent:
    case WordLink::typo:
      category = Category::format;
      message = change + ": same meaning (" + j.why + ")";
      break;
    case WordLink::sibling:
      // "The cat sat" -> "The dog sat": another thing of the same kind, where nothing else
      // changed, is a different fact. A participle after "be" or "have" names no thing ("no
      // casualties" / "nobody was hurt").
      if (one_to_one && only_change && !after_auxiliary(view.original, o) &&
          !after_auxiliary(view.rendition, r)) {
        severity = Severity::major;
        message = change + ": another thing of the same kind (" + j.why + ")";
        break;
      }
      [[fallthrough]];
    case WordLink::near:
      // "asked" -> "forbade", "offers" -> "withdraws": verbs only a chain of two synonyms
      // joins are two actions where nothing else in the sentence changed. The thesaurus and
      // rare senses ("offers" / "presents") stay evidence of a paraphrase.
      if (j.weak && action && only_change) {
        severity = Severity::major;
        message = change + ": a different action; only " + j.why;
        break;
      }
      category = view.tight ? Category::substitution : Category::format;
      severity = view.tight ? Severity::minor : Severity::info;
      message = change + ": close but not the same (" + j.why + ")";
      break;
    case WordLink::foreign:
      severity = Severity::major;
      message = change + ": " + j.why + " replaced the original word";
      break;
    case WordLink::unknown:
      if (is_foreign_word(view, r)) {
        j.link = WordLink::foreign;
        j.why = "a word from another language";
        severity = Severity::major;
        message = change + ": " + j.why + " replaced the original word";
        break;
      }
      severity = view.tight ? Severity::major : Severity::minor;
      message = change + ": " + j.why;
      break;
    case WordLink::unrelated:
      // Only a changed action is judged from words alone; other content words change with a
      // translator's choices far more often than with the facts.
      if (action && speech_verb(view, a) && speech_verb(view, b)) {
        // "highlighted" -> "underscored": two ways of saying or stressing, not two actions.
        severity = Severity::minor;
        message = change + ": another verb of saying or stressing; " + j.why;
      } else if (action) {
        // Two free translations choose their verbs apart ("escalated" / "sparked"); only where
        // the rest of the sentence is kept is another verb a deliberate change of action.
        // Inside quotation marks the verbs are the speaker's own, as for lone words.
        const double min_overlap =
            a.in_quote && b.in_quote ? kLoneMinOverlapQuoted : kActionMinOverlap;
        severity = only_change || view.overlap >= min_overlap ? Severity::major : Severity::minor;
        message = change + ": a different action; " + j.why;
      } else if (one_to_one && only_change && describes(a) && describes(b) &&
                 !(a.in_quote && b.in_quote)) {
        // "calm" -> "angry": the one word traded in a kept sentence says how a thing is, and
        // nothing links the two. A quoted adjective is the speaker's wording: see below.
        severity = Severity::major;
        message = change + ": a different quality; " + j.why;
      } else {
        category = Category::format;
        message = change + ": reworded; " + j.why;
      }
      break;
  }
  Finding f = make_finding(view, category, severity, o, o + 1, r, r + 1, std::move(message));
  f.evidence.emplace_back("wordnet", j.why);
  // A changed action stays a substitution even inside a quote.
  // So does a word of another language: code-mixing is not a quote's rewording.
  if (!(j.link == WordLink::unrelated && severity == Severity::major) &&
      j.link != WordLink::foreign)
    mark_quote(view, f, o, o + 1, r, r + 1);
  // A quoted adjective traded for another ("an essential supplier" -> "an important
  // supplier") puts other words in the speaker's mouth, even when the two are close.
  if (f.category == Category::quote && f.severity == Severity::info && j.link != WordLink::typo &&
      j.why != "spelling variant" && j.why != "WordNet: same_lemma" &&
      j.why != "WordNet: synonym" && WordNet::embedded().knows(a.folded, PartOfSpeech::adjective) &&
      WordNet::embedded().knows(b.folded, PartOfSpeech::adjective) &&
      !WordNet::embedded().knows(a.folded, PartOfSpeech::verb) &&
      !WordNet::embedded().knows(b.folded, PartOfSpeech::verb)) {
    f.severity = Severity::minor;
    f.message += "; the quoted adjective changed in strength or sense";
  }
  out.push_back(std::move(f));
}

// Splits word indices into runs with nothing but function words between them, so that a word
// that only moved does not end up inside the span of a dropped clause.
std::vector<std::vector<size_t>> contiguous(const BeadSide& side, std::vector<size_t> idx) {
  std::vector<std::vector<size_t>> runs;
  for (size_t i : idx) {
    bool joins = !runs.empty();
    if (joins)
      for (size_t k = runs.back().back() + 1; k < i; ++k)
        if (side.words[k].content || side.claimed[k]) joins = false;
    if (joins)
      runs.back().push_back(i);
    else
      runs.push_back({i});
  }
  return runs;
}

bool repeats_neighbour(const BeadSide& side, size_t i) {
  return (i > 0 && side.words[i - 1].key == side.words[i].key) ||
         (i + 1 < side.words.size() && side.words[i + 1].key == side.words[i].key);
}

void report_rewritten_stretch(const BeadView& view, const std::vector<size_t>& dropped,
                              const std::vector<size_t>& added, std::vector<Finding>& out) {
  const size_t ob = dropped.front(), oe = dropped.back() + 1;
  const size_t rb = added.front(), re = added.back() + 1;
  Finding f = make_finding(view, Category::rewrite, Severity::major, ob, oe, rb, re,
                           quoted(words_text(view.original, ob, oe)) + " became " +
                               quoted(words_text(view.rendition, rb, re)) +
                               ": this stretch is rewritten, read both sides");
  f.evidence.emplace_back("content words", std::to_string(dropped.size()) + " dropped, " +
                                               std::to_string(added.size()) + " added");
  out.push_back(std::move(f));
}

// "Even the mayor admitted" / "The mayor too admitted": one additive focus word for another,
// wherever each sits in the group. Claims both and reports the rewording at info.
void swap_additive_focus(BeadView& view, std::vector<Finding>& out) {
  static constexpr std::string_view kAdditive[] = {"even", "too", "also"};
  auto additive = [&](const BeadSide& side, bool original_side) -> size_t {
    for (const Hunk& h : view.hunks)
      for (size_t k = original_side ? h.o_begin : h.r_begin;
           k < (original_side ? h.o_end : h.r_end); ++k)
        if (!side.claimed[k] && std::find(std::begin(kAdditive), std::end(kAdditive),
                                          side.words[k].folded) != std::end(kAdditive))
          return k;
    return std::string::npos;
  };
  const size_t o = additive(view.original, true), r = additive(view.rendition, false);
  if (o == std::string::npos || r == std::string::npos) return;
  view.original.claimed[o] = view.rendition.claimed[r] = true;
  out.push_back(make_finding(view, Category::format, Severity::info, o, o + 1, r, r + 1,
                             quoted(view.original.words[o].token->text) + " became " +
                                 quoted(view.rendition.words[r].token->text) +
                                 ": the same emphasis, placed elsewhere"));
}

// "gave its approval" / "blocked": a support verb and its noun on one side, one verb on the
// other. The noun carries the action, so it is the noun that is compared with the verb.
// Reports and returns true if the hunk is such a pair.
bool support_phrase_for_verb(BeadView& view, const std::vector<size_t>& dropped,
                             const std::vector<size_t>& added, std::vector<Finding>& out) {
  static constexpr std::string_view kSupport[] = {"give",  "gave",  "gives", "given", "make",
                                                  "made",  "makes", "take",  "took",  "takes",
                                                  "taken", "hold",  "held",  "holds"};
  constexpr size_t kNounWithin = 3;
  auto support = [&](const BeadSide& side, const std::vector<size_t>& idx) {
    return idx.size() == 2 && idx[1] - idx[0] <= kNounWithin &&
           std::find(std::begin(kSupport), std::end(kSupport), side.words[idx[0]].folded) !=
               std::end(kSupport) &&
           WordNet::embedded().knows(side.words[idx[1]].folded, PartOfSpeech::noun);
  };
  const bool in_original = support(view.original, dropped) && added.size() == 1 &&
                           is_finite_verb(view.rendition, added[0]);
  const bool in_rendition = support(view.rendition, added) && dropped.size() == 1 &&
                            is_finite_verb(view.original, dropped[0]);
  if (!in_original && !in_rendition) return false;
  const size_t o = in_original ? dropped[1] : dropped[0];
  const size_t r = in_original ? added[0] : added[1];
  const Word& a = view.original.words[o];
  const Word& b = view.rendition.words[r];
  const WordJudgement j = judge_words(view, a, b, true);
  const std::string change = quoted(a.token->text) + " became " + quoted(b.token->text);
  Finding f;
  if (j.link == WordLink::antonym) {
    f = make_finding(view, Category::antonym, Severity::critical, o, o + 1, r, r + 1,
                     change + ": the opposite action (" + j.why + ")");
  } else if (j.link == WordLink::unrelated || j.link == WordLink::sibling) {
    // Only where the rest of the sentence is kept is another action a deliberate change: the
    // three words of this hunk are all that changed.
    const bool kept =
        view.changed_content <= kOnlyPairChanged + 1 || view.overlap >= kActionMinOverlap;
    f = make_finding(view, Category::substitution, kept ? Severity::major : Severity::minor, o,
                     o + 1, r, r + 1, change + ": a different action; " + j.why);
  } else {
    f = make_finding(view, Category::format, Severity::info, o, o + 1, r, r + 1,
                     change + ": the same action said with a verb (" + j.why + ")");
  }
  f.evidence.emplace_back("wordnet", j.why);
  out.push_back(std::move(f));
  return true;
}

// Key `key` is among the changed words `keys` of the other side: the word moved there.
bool moved(const std::vector<std::string_view>& keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// Opposites the diff put in different hunks because a phrase moved around them: "grew faster
// than expected in the third quarter" / "In the third quarter, ... shrank". Words the other
// side has too ("rose ... fell" / "fell ... rose") only moved.
void pair_opposites_across_hunks(BeadView& view, std::vector<Finding>& out,
                                 const std::vector<std::string_view>& o_keys,
                                 const std::vector<std::string_view>& r_keys) {
  if (view.hunks.size() < 2) return;
  std::vector<std::pair<size_t, size_t>> o_words, r_words;  // (word, hunk)
  for (size_t k = 0; k < view.hunks.size(); ++k) {
    const Hunk& h = view.hunks[k];
    for (size_t o = h.o_begin; o < h.o_end; ++o)
      if (!view.original.claimed[o] && view.original.words[o].content &&
          !moved(r_keys, view.original.words[o].key))
        o_words.emplace_back(o, k);
    for (size_t r = h.r_begin; r < h.r_end; ++r)
      if (!view.rendition.claimed[r] && view.rendition.words[r].content &&
          !moved(o_keys, view.rendition.words[r].key))
        r_words.emplace_back(r, k);
  }
  if (o_words.size() * r_words.size() > kMaxPairings) return;
  auto link = [&](size_t o, size_t r) {
    return judge_words(view, view.original.words[o], view.rendition.words[r], false).link;
  };
  // A word with a synonym on the other side is said there: "previous and current" / "past
  // and present" pairs "previous" with "past", not with the opposite of "past".
  auto said_by_synonym = [&](size_t word, bool original_side) {
    const auto& others = original_side ? r_words : o_words;
    return std::any_of(others.begin(), others.end(), [&](const auto& x) {
      const WordLink l = original_side ? link(word, x.first) : link(x.first, word);
      return l == WordLink::equivalent || l == WordLink::near;
    });
  };
  for (auto [o, ho] : o_words)
    for (auto [r, hr] : r_words) {
      if (ho == hr || view.original.claimed[o] || view.rendition.claimed[r]) continue;
      if (!(link(o, r) == WordLink::antonym ||
            other_value(view.original.words[o].folded, view.rendition.words[r].folded)) ||
          said_by_synonym(o, true) || said_by_synonym(r, false))
        continue;
      report_pair(view, o, r, view.hunks[ho], out);
      view.original.claimed[o] = view.rendition.claimed[r] = true;
    }
}

}  // namespace

void detect_lexical(BeadView& view, std::vector<Finding>& out) {
  swap_additive_focus(view, out);
  // Words that only moved inside the group ("the names of the accused are" / "the accused are
  // named") are not dropped or added.
  std::vector<std::string_view> o_keys, r_keys;
  for (const Hunk& h : view.hunks) {
    for (size_t o = h.o_begin; o < h.o_end; ++o)
      if (!view.original.claimed[o]) o_keys.push_back(view.original.words[o].key);
    for (size_t r = h.r_begin; r < h.r_end; ++r)
      if (!view.rendition.claimed[r]) r_keys.push_back(view.rendition.words[r].key);
  }
  // Words paired with a derived form of themselves ("weightlessness" / "weightless").
  std::vector<bool> o_reformed(view.original.words.size()), r_reformed(view.rendition.words.size());
  // One stem, another part of speech: "accelerated" / "acceleration" (not an inflection).
  for (auto [o, r] : view.common)
    if (view.original.words[o].content &&
        view.original.words[o].folded != view.rendition.words[r].folded &&
        static_cast<WordRelation>(cached_relate_common(view.lexicon, view.original.words[o].folded,
                                                       view.rendition.words[r].folded)) ==
            WordRelation::derivation)
      o_reformed[o] = r_reformed[r] = true;
  pair_opposites_across_hunks(view, out, o_keys, r_keys);
  for (const Hunk& h : view.hunks) {
    // One word for one word, function words included: "before" -> "after".
    if (h.o_end - h.o_begin == 1 && h.r_end - h.r_begin == 1 && !view.original.claimed[h.o_begin] &&
        !view.rendition.claimed[h.r_begin] &&
        judge_words(view, view.original.words[h.o_begin], view.rendition.words[h.r_begin]).link ==
            WordLink::antonym) {
      report_pair(view, h.o_begin, h.r_begin, h, out);
      view.original.claimed[h.o_begin] = view.rendition.claimed[h.r_begin] = true;
      continue;
    }
    std::vector<size_t> d, a;
    for (size_t o = h.o_begin; o < h.o_end; ++o) {
      const Word& w = view.original.words[o];
      if (view.original.claimed[o] || !carries_content(view, w)) continue;
      if (repeats_neighbour(view.original, o)) continue;  // "then then" -> "then"
      if (moved(r_keys, w.key)) continue;
      d.push_back(o);
    }
    for (size_t r = h.r_begin; r < h.r_end; ++r) {
      const Word& w = view.rendition.words[r];
      if (view.rendition.claimed[r] || !carries_content(view, w)) continue;
      if (repeats_neighbour(view.rendition, r)) continue;  // "daylight daylight"
      if (moved(o_keys, w.key)) continue;
      a.push_back(r);
    }
    // Pair words WordNet links first, wherever they sit in the hunk.
    std::vector<bool> d_used(d.size()), a_used(a.size());
    // In a long reworded stretch word-by-word pairing costs more than it tells.
    const bool pair_by_meaning = d.size() * a.size() <= kMaxPairings;
    for (size_t i = 0; pair_by_meaning && i < d.size(); ++i) {
      for (size_t k = 0; k < a.size(); ++k) {
        if (a_used[k]) continue;
        // The two-hop search only where its answer changes a severity: a changed action, or
        // a minimal edit.
        const bool deep = d.size() * a.size() <= 4 &&
                          (view.tight || changed_action(view, d[i], a[k],
                                                        view.changed_content <= kOnlyPairChanged));
        const WordLink l =
            judge_words(view, view.original.words[d[i]], view.rendition.words[a[k]], deep).link;
        if (l == WordLink::antonym || l == WordLink::equivalent || l == WordLink::typo ||
            l == WordLink::near || l == WordLink::sibling) {
          report_pair(view, d[i], a[k], h, out);
          d_used[i] = a_used[k] = true;
          if (l == WordLink::equivalent &&
              static_cast<WordRelation>(cached_relate_common(
                  view.lexicon, view.original.words[d[i]].folded,
                  view.rendition.words[a[k]].folded)) == WordRelation::derivation)
            o_reformed[d[i]] = r_reformed[a[k]] = true;
          break;
        }
      }
    }
    std::vector<size_t> d_left, a_left;
    for (size_t i = 0; i < d.size(); ++i)
      if (!d_used[i]) d_left.push_back(d[i]);
    for (size_t k = 0; k < a.size(); ++k)
      if (!a_used[k]) a_left.push_back(a[k]);
    // A stretch rewritten inside a sentence that otherwise stays close: many content words
    // gone and many new ones, none linked. One finding for the stretch tells an editor more
    // than a word-by-word cloud of small ones.
    if (d_left.size() >= kRewrittenWords && a_left.size() >= kClauseWords) {
      report_rewritten_stretch(view, d_left, a_left, out);
    } else if (support_phrase_for_verb(view, d_left, a_left, out)) {
    } else {
      // Then by position: the i-th dropped word became the i-th added one.
      const bool small = d_left.size() <= 2 && a_left.size() <= 2;
      const size_t pairs = small ? std::min(d_left.size(), a_left.size()) : 0;
      for (size_t i = 0; i < pairs; ++i) report_pair(view, d_left[i], a_left[i], h, out);
      std::vector<size_t> d_paired(d_left.begin(), d_left.begin() + pairs);
      std::vector<size_t> a_paired(a_left.begin(), a_left.begin() + pairs);
      for (size_t i = 0; i < d.size(); ++i)
        if (d_used[i]) d_paired.push_back(d[i]);
      for (size_t k = 0; k < a.size(); ++k)
        if (a_used[k]) a_paired.push_back(a[k]);
      for (const auto& run : contiguous(view.original, {d_left.begin() + pairs, d_left.end()}))
        report_run(view, true, run, h, out, o_reformed, {d_paired, a_paired});
      for (const auto& run : contiguous(view.rendition, {a_left.begin() + pairs, a_left.end()}))
        report_run(view, false, run, h, out, r_reformed, {a_paired, d_paired});
    }
    for (size_t o = h.o_begin; o < h.o_end; ++o) view.original.claimed[o] = true;
    for (size_t r = h.r_begin; r < h.r_end; ++r) view.rendition.claimed[r] = true;
  }
}

}  // namespace driftcheck
