// Content words a hunk drops or adds with no counterpart on the other side, judged as a run:
// a clause is major, a lone word major only in a sentence otherwise kept, and words a
// translator adds or drops with the wording (light verbs, emphasis) stay below it.
#include "drift/dropped_words.h"

#include <algorithm>
#include <array>

#include "drift/detector.h"
#include "drift/said_otherwise.h"
#include "drift/word_relation.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

// A lone word dropped or added is major where at least this share of the content words is
// kept in order; in looser translations lone words come and go with the wording.
constexpr double kLoneMinOverlap = 0.7;
// Below this in-order overlap of content words a group is a free translation.
constexpr double kLooseOverlap = 0.75;

// Words of emphasis or sequence that leave the facts as they were even in a kept sentence:
// "Right before the match" / "Before the match", "Following the vote" / "After the vote",
// "Even the mayor admitted" / "The mayor admitted". Reported below major.
bool only_emphasis(const BeadSide& side, const std::vector<size_t>& idx) {
  static constexpr std::array<std::string_view, 3> kEmphasis = {"right", "even", "following"};
  for (size_t i : idx)
    if (std::find(kEmphasis.begin(), kEmphasis.end(), side.words[i].folded) == kEmphasis.end())
      return false;
  return true;
}

// Part of a hyphenated compound whose other part is still there: "Iranian-designed" ->
// "Iranian", "state-owned" -> "state". The modifier is narrowed, not removed.
bool trims_compound(const BeadSide& side, size_t word) {
  const size_t t = token_index(side, word);
  if (t == side.tokens.size()) return false;
  auto hyphen = [](const Token* x) {
    return x->text == "-" || x->text == "\u2010" || x->text == "\u2011";
  };
  auto glued = [](const Token* a, const Token* b) { return a->end == b->start; };
  if (t >= 2 && hyphen(side.tokens[t - 1]) && side.word_at_token[t - 2] >= 0 &&
      glued(side.tokens[t - 2], side.tokens[t - 1]) && glued(side.tokens[t - 1], side.tokens[t]))
    return true;
  return t + 2 < side.tokens.size() && hyphen(side.tokens[t + 1]) &&
         side.word_at_token[t + 2] >= 0 && glued(side.tokens[t], side.tokens[t + 1]) &&
         glued(side.tokens[t + 1], side.tokens[t + 2]);
}

// Some hunk puts two or more content words into one side (`original_side`) with nothing in
// their place on the other: where both sides have one, a phrase moved or was reworded.
bool phrase_put_in(const BeadView& view, bool original_side) {
  return std::any_of(view.hunks.begin(), view.hunks.end(), [&](const Hunk& h) {
    const bool other_empty = original_side ? h.r_end == h.r_begin : h.o_end == h.o_begin;
    if (!other_empty) return false;
    const BeadSide& side = original_side ? view.original : view.rendition;
    size_t content = 0;
    for (size_t k = original_side ? h.o_begin : h.r_begin; k < (original_side ? h.o_end : h.r_end);
         ++k)
      content += side.words[k].content ? 1 : 0;
    return content >= 2;
  });
}

// Word i follows a relative or subject pronoun, an adverb or two between: "that also blamed",
// "who never said", "they quickly left".
bool after_subject_pronoun(const BeadSide& side, size_t i) {
  static constexpr std::string_view kSubjects[] = {"that", "which", "who", "he",  "she",
                                                   "it",   "they",  "we",  "you", "i"};
  constexpr size_t kAdverbsBetween = 2;
  for (size_t k = i, skipped = 0; k > 0 && skipped <= kAdverbsBetween; --k, ++skipped) {
    const Word& w = side.words[k - 1];
    if (w.sentence != side.words[i].sentence) return false;
    if (std::find(std::begin(kSubjects), std::end(kSubjects), w.folded) != std::end(kSubjects))
      return true;
    if (w.folded != "also" && w.folded != "never" && !w.folded.ends_with("ly")) return false;
  }
  return false;
}

// +1 for a word of upward direction ("higher", "up"), -1 for downward ("lower", "down"), else 0.
int direction_of(const Word& w) {
  static constexpr std::string_view kUp[] = {"higher", "up", "upward", "upwards"};
  static constexpr std::string_view kDown[] = {"lower", "down", "downward", "downwards"};
  if (std::find(std::begin(kUp), std::end(kUp), w.folded) != std::end(kUp)) return 1;
  if (std::find(std::begin(kDown), std::end(kDown), w.folded) != std::end(kDown)) return -1;
  return 0;
}

// A lone direction word against the opposite one on the other side: "push up prices" / "drive
// prices lower".
bool opposite_direction(const BeadView& view, bool original_side, const std::vector<size_t>& idx) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  const BeadSide& other = original_side ? view.rendition : view.original;
  if (idx.size() != 1) return false;
  const int d = direction_of(side.words[idx.front()]);
  return d != 0 &&
         std::any_of(other.words.begin(), other.words.end(),
                     [&](const Word& x) { return direction_of(x) == -d; }) &&
         std::none_of(other.words.begin(), other.words.end(),
                      [&](const Word& x) { return direction_of(x) == d; });
}

// A lone adjective or adverb slipped in beside (or cut from beside) a word both sides keep:
// "reluctantly promised", "the foreign government", "hijacked again". Even in a free
// translation it qualifies a claim the two sides share, so it is a change of that claim.
bool qualifies_kept_word(const BeadView& view, bool original_side, const std::vector<size_t>& idx,
                         const Hunk& h, const PairedWords& paired) {
  if (idx.size() != 1) return false;
  const BeadSide& side = original_side ? view.original : view.rendition;
  const BeadSide& other = original_side ? view.rendition : view.original;
  const size_t i = idx.front();
  const Word& w = side.words[i];
  // A direction the other side gives with a particle or another comparative: "push up prices"
  // / "drive prices higher".
  if (direction_of(w) != 0 &&
      std::any_of(other.words.begin(), other.words.end(),
                  [&](const Word& x) { return direction_of(x) == direction_of(w); }))
    return false;
  // Something in its place ("a big impression" / "much impression", "effectively" /
  // "actually"): reworded, not slipped in or cut. Words of the other side paired with another
  // word of the hunk ("agrees to our unfair" / "accepts our") are not in its place, nor
  // function words this side has too.
  const size_t ob = original_side ? h.r_begin : h.o_begin, oe = original_side ? h.r_end : h.o_end;
  const size_t sb = original_side ? h.o_begin : h.r_begin, se = original_side ? h.o_end : h.r_end;
  for (size_t k = ob; k < oe; ++k) {
    if (std::find(paired.there.begin(), paired.there.end(), k) != paired.there.end()) continue;
    if (other.words[k].content) return false;
    // A preposition traded ("options for" / "cheap alternatives to") takes no adjective's place.
    static constexpr std::string_view kPrepositions[] = {"for", "to", "of",   "in",   "on",
                                                         "at",  "by", "with", "from", "into"};
    if (std::find(std::begin(kPrepositions), std::end(kPrepositions), other.words[k].folded) !=
        std::end(kPrepositions))
      continue;
    bool shared = false;
    for (size_t j = sb; j < se && !shared; ++j)
      shared = side.words[j].folded == other.words[k].folded;
    if (!shared) return false;
  }
  const WordNet& wn = WordNet::embedded();
  // An adjective right before a kept noun modifies it even where WordNet also has a noun or a
  // verb of that spelling ("the two dry powders", "the main islands"); elsewhere such a word
  // may be a noun of a compound ("road repairs") or a verb.
  const bool before_kept_noun =
      std::any_of(view.common.begin(), view.common.end(), [&](const auto& p) {
        const size_t kept = original_side ? p.first : p.second;
        return kept == i + 1 && side.words[kept].sentence == w.sentence &&
               side.words[kept].content && wn.knows(side.words[kept].folded, PartOfSpeech::noun);
      });
  // A part of a hyphenated modifier ("55-year-old") is not the whole modifier.
  const bool adjective = wn.knows(w.folded, PartOfSpeech::adjective) && !trims_compound(side, i);
  if (w.capitalized || !(adjective || wn.knows(w.folded, PartOfSpeech::adverb)) ||
      (!(adjective && before_kept_noun) &&
       (wn.knows(w.folded, PartOfSpeech::noun) || wn.knows(w.folded, PartOfSpeech::verb))))
    return false;
  // Not beside a kept adverb: in "remarkably wide range" / "remarkable variety" the word
  // qualifies a reworded one ("range"), not the adverb.
  const bool beside_kept = std::any_of(view.common.begin(), view.common.end(), [&](const auto& p) {
    const size_t kept = original_side ? p.first : p.second;
    const Word& k = side.words[kept];
    const bool adverb =
        wn.knows(k.folded, PartOfSpeech::adverb) && !wn.knows(k.folded, PartOfSpeech::noun) &&
        !wn.knows(k.folded, PartOfSpeech::verb) && !wn.knows(k.folded, PartOfSpeech::adjective);
    return k.content && (kept + 1 == i || kept == i + 1) && !adverb;
  });
  if (!beside_kept) return false;
  // Said in another form elsewhere ("their southern neighbour" / "further south"): asked last,
  // as it relates the word to every content word of the other side.
  return std::none_of(other.words.begin(), other.words.end(), [&](const Word& x) {
    return x.content && (x.key == w.key || is_close(static_cast<WordRelation>(cached_relate_common(
                                               view.lexicon, w.folded, x.folded))));
  });
}

// A superlative: "cheapest", "largest", "worst". "most" and "least" count as the other
// side's superlative ("the most affordable") but are function words, never dropped alone.
bool is_superlative(const Word& w) {
  if (w.folded == "most" || w.folded == "least") return true;
  if (!w.content || w.capitalized || w.folded.size() < 4) return false;
  for (const std::string& base : WordNet::embedded().base_forms(w.folded, PartOfSpeech::adjective))
    if (base != w.folded &&
        (w.folded.ends_with("est") || w.folded == "best" || w.folded == "worst"))
      return true;
  return false;
}

// A lone superlative dropped or added where the other side ranks nothing: "some of the
// cheapest gorilla tracking" / "gorilla tracking", "the worst outbreak" / "an outbreak". A
// rank is a claim however freely the rest is worded; "the biggest" / "the largest" keeps one.
bool rank_claim(const BeadView& view, bool original_side, const std::vector<size_t>& idx) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  const BeadSide& other = original_side ? view.rendition : view.original;
  return idx.size() == 1 && is_superlative(side.words[idx.front()]) &&
         std::none_of(other.words.begin(), other.words.end(), is_superlative);
}

}  // namespace

bool is_focus_word(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kWords = {"very",  "only", "even", "too", "most",
                                                             "least", "more", "less", "much"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool carries_content(const BeadView& view, const Word& w) {
  return w.content || (view.tight && is_focus_word(w.folded));
}

void report_run(BeadView& view, bool original_side, const std::vector<size_t>& idx, const Hunk& h,
                std::vector<Finding>& out, const std::vector<bool>& reformed,
                const PairedWords& paired) {
  if (idx.empty()) return;
  if (idx.size() == 1 && phrasal_merged(view, original_side, idx.front())) return;
  const size_t b = idx.front(), e = idx.back() + 1;
  const BeadSide& side = original_side ? view.original : view.rendition;
  const std::string text = words_text(side, b, e);
  // The hunk holds nothing on the other side.
  const bool nothing_opposite = original_side ? h.r_end == h.r_begin : h.o_end == h.o_begin;
  // A single modifier or word cut out of (or slipped into) an otherwise unchanged stretch:
  // the hunk holds nothing else on either side.
  const bool lone = idx.size() == 1 && nothing_opposite &&
                    (original_side ? h.o_end - h.o_begin : h.r_end - h.r_begin) == 1;
  // The other side puts a phrase in somewhere with nothing opposite it.
  const bool phrase_elsewhere = phrase_put_in(view, !original_side);
  // A phrase cut out of (or slipped into) an otherwise unchanged stretch, nothing in its
  // place and no phrase put in elsewhere in the group: "collided with a hot air balloon
  // before" -> "collided before", but not "previous and current" moved as "past and present".
  const bool cut = idx.size() >= 2 && nothing_opposite && !phrase_elsewhere &&
                   !reworded_elsewhere(view, original_side, idx);
  // A word the side already uses elsewhere ("the Alabuga plant" after "the plant") adds
  // nothing new.
  const bool known_word = std::count_if(side.words.begin(), side.words.end(), [&](const Word& w) {
                            return w.key == side.words[b].key;
                          }) > 1;
  // Code-mixing: a word in another script, or an added word of another language.
  const bool foreign = std::any_of(idx.begin(), idx.end(), [&](size_t i) {
    return !is_latin(side.words[i].folded) || (!original_side && is_foreign_word(view, i));
  });
  // A shorter clause that carries a negation ("but is not getting the full return") is a claim.
  bool negated = false;
  const WordList& negators = word_list(view.language, WordListKind::negators);
  for (size_t k = original_side ? h.o_begin : h.r_begin; k < (original_side ? h.o_end : h.r_end);
       ++k)
    negated = negated || negators.find(side.words[k].folded) != nullptr;
  // "without major interruptions" / "uninterrupted": the other side negates the same stem by
  // a prefix, so the negation is not what the run adds.
  if (negated && negative_stem_elsewhere(view, original_side, idx)) negated = false;
  // Three content words around a verb that a pronoun governs say something of their own: "a
  // statement that also blamed the weather".
  const bool has_verb = std::any_of(idx.begin(), idx.end(), [&](size_t i) {
    return is_finite_verb(side, i) && after_subject_pronoun(side, i);
  });
  const bool clause =
      (idx.size() >= kClauseWords || ((negated || has_verb) && idx.size() + 1 >= kClauseWords)) &&
      !(phrase_elsewhere && reworded_elsewhere(view, original_side, idx));
  const double lone_min = all_quoted(side, b, e) ? kLoneMinOverlapQuoted : kLoneMinOverlap;
  // A cut phrase that names two things the other side never names is a claim lost (or
  // invented) however loosely the rest is worded: "a wide variety of animal and bird species"
  // / "a very wide range".
  // The words opposite the run, if any, are all another word's counterpart ("variety" /
  // "range" beside "of animal and bird species").
  const bool nothing_left_opposite = [&] {
    const BeadSide& other = original_side ? view.rendition : view.original;
    for (size_t k = original_side ? h.r_begin : h.o_begin; k < (original_side ? h.r_end : h.o_end);
         ++k)
      if (other.words[k].content &&
          std::find(paired.there.begin(), paired.there.end(), k) == paired.there.end())
        return false;
    return true;
  }();
  const bool cut_claim = idx.size() >= 2 && nothing_left_opposite && !phrase_elsewhere &&
                         names_unsaid_things(view, original_side, idx);
  Severity severity = view.tight || clause || (lone && !known_word && view.overlap >= lone_min) ||
                              (cut && view.overlap >= lone_min) || cut_claim || foreign
                          ? Severity::major
                          : Severity::minor;
  const bool reversed = opposite_direction(view, original_side, idx);
  if (reversed || qualifies_kept_word(view, original_side, idx, h, paired) ||
      rank_claim(view, original_side, idx))
    severity = Severity::major;
  const bool known_phrase = lone && !foreign && said_elsewhere(view, original_side, b);
  const bool trimmed = lone && original_side && trims_compound(side, b);
  if (severity == Severity::major && !negated && (known_phrase || trimmed))
    severity = Severity::minor;
  // A word or two that differ between two free translations is wording, not a fact.
  if (severity == Severity::minor && view.overlap < kLooseOverlap) severity = Severity::info;
  if (!view.tight && idx.size() < kClauseWords &&
      (only_light(side, idx) || only_emphasis(side, idx)))
    return;
  const bool in_a_row = said_as_in_a_row(view, original_side, idx);
  const bool re_prefix = said_by_re_prefix(view, original_side, idx);
  if (names_the_figure(side, idx) || in_a_row || re_prefix || used_for_purpose(side, idx) ||
      completes_compound(view, original_side, idx))
    severity = Severity::info;
  // A focus word with another function word in its place: "further details" / "the more
  // details".
  const bool focus_reworded =
      idx.size() == 1 && is_focus_word(side.words[b].folded) && !nothing_opposite;
  if (focus_reworded || only_emphasis(side, idx) ||
      support_verb_of_kept_noun(view, original_side, idx) ||
      names_pronoun(view, original_side, idx, h) ||
      said_with_support_verb(view, original_side, idx, h))
    severity = std::min(severity, Severity::minor);
  // A word beside one the other side says in a derived form: "weightlessness" / "weightless
  // conditions", "accelerated implementation" / "acceleration". The phrase was re-formed
  // around the derived word, not extended.
  const auto beside_reformed = [&](size_t i) {
    return (i > 0 && i - 1 < reformed.size() && reformed[i - 1]) ||
           (i + 1 < reformed.size() && reformed[i + 1]);
  };
  if (idx.size() == 1 && !view.tight && beside_reformed(idx.front()))
    severity = std::min(severity, Severity::minor);
  // A lone word whose synonym the other side has in another hunk: "bans smoking" / "smoking
  // is prohibited". The verb moved with the sentence's voice; the claim is kept.
  if (severity > Severity::minor && idx.size() == 1 && !negated &&
      reworded_elsewhere(view, original_side, idx, true))
    severity = std::min(severity, Severity::minor);
  Finding f = original_side
                  ? make_finding(view, Category::omission, severity, b, e, h.r_end, h.r_end,
                                 quoted(text) + " dropped: the rendition no longer says it")
                  : make_finding(view, Category::addition, severity, h.o_end, h.o_end, b, e,
                                 quoted(text) + " added: the original does not say it");
  f.evidence.emplace_back("content words", std::to_string(idx.size()));
  if (foreign) {
    f.message = quoted(text) + (original_side ? " dropped" : " added") +
                ": a word of another language, not a translation of the original";
    out.push_back(std::move(f));
    return;
  }
  if (reversed) {
    f.message = quoted(text) + (original_side ? " dropped" : " added") +
                ": the other text gives the opposite direction";
  } else if (in_a_row) {
    f.message = quoted(text) + (original_side ? " dropped" : " added") +
                ": the other text says it with 'in a row'";
  } else if (severity == Severity::info && completes_compound(view, original_side, idx)) {
    f.message = quoted(text) + (original_side ? " dropped" : " added") +
                ": the compound names what the word before it names alone";
  } else if (re_prefix) {
    f.message = quoted(text) + (original_side ? " dropped" : " added") +
                ": the other text says it with the prefix 're-'";
  } else if (trimmed) {
    f.message = quoted(text) + " dropped from a compound: the modifier is narrower";
  } else if (known_phrase && !negated) {
    f.message = quoted(text) + (original_side ? " dropped here; the rendition says it elsewhere"
                                              : " added here; the original says it elsewhere");
  }
  if (original_side)
    mark_quote(view, f, b, e, h.r_begin, h.r_begin);
  else
    mark_quote(view, f, h.o_begin, h.o_begin, b, e);
  out.push_back(std::move(f));
}

}  // namespace driftcheck
