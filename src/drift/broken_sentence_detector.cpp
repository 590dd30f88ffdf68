// Broken sentences: a determiner or preposition left hanging before a full stop or a comma
// ("to search the."), or an article right before an auxiliary ("the names of the are"), where
// the original has none: a word was cut out of the rendition.
#include "drift/broken_sentence_detector.h"

#include <algorithm>
#include <span>

#include "drift/detector.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

// Words that cannot end a clause: a determiner or preposition left before a full stop or a
// comma is where a word was cut out ("to search the.", "planned for ."). "to" is left out:
// "without being obliged to." is English.
bool needs_continuation(std::string_view w) {
  static constexpr std::string_view kWords[] = {"the", "a",    "an",  "of",   "for", "in",    "on",
                                                "at",  "with", "by",  "from", "its", "their", "his",
                                                "her", "my",   "our", "your", "into"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool in_list(std::span<const std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// WordNet knows the word as an adjective (some also as an adverb: "new", "hard"), never as a
// noun or verb; and an adverb, never as anything else.
bool only_adjective(std::string_view w) {
  const WordNet& wn = WordNet::embedded();
  return wn.knows(w, PartOfSpeech::adjective) && !wn.knows(w, PartOfSpeech::noun) &&
         !wn.knows(w, PartOfSpeech::verb);
}
bool only_adverb(std::string_view w) {
  const WordNet& wn = WordNet::embedded();
  return wn.knows(w, PartOfSpeech::adverb) && !wn.knows(w, PartOfSpeech::noun) &&
         !wn.knows(w, PartOfSpeech::verb) && !wn.knows(w, PartOfSpeech::adjective);
}

// Auxiliaries and modals: never the word right after an article.
constexpr std::string_view kAuxiliaries[] = {
    "is",    "are", "was",   "were", "have",   "has", "had",  "will", "would", "can",
    "could", "may", "might", "must", "should", "do",  "does", "did",  "shall"};
constexpr std::string_view kArticles[] = {"the", "a", "an"};
// After "there" a verb comes first: "there are many", never "there many".
constexpr std::string_view kAfterThereBroken[] = {"many", "some", "few", "several", "a", "an"};

// Word i is where a head word was cut out of the middle of a clause: an article right before
// an auxiliary or a preposition ("the names of the are"), an article and an adjective right
// before an auxiliary ("travellers to a new have to adjust"), "there" right before a
// quantifier ("there many things").
bool cut_after(const BeadSide& side, size_t i) {
  const auto next = [&](size_t k) -> const Word* {
    if (k + 1 >= side.words.size() || side.words[k + 1].sentence != side.words[k].sentence)
      return nullptr;
    // Adjacent words only: a comma or a dash between them is another construction.
    const size_t t = token_index(side, k);
    if (t + 1 >= side.tokens.size() || side.tokens[t + 1] != side.words[k + 1].token)
      return nullptr;
    return &side.words[k + 1];
  };
  const std::string& w = side.words[i].folded;
  const Word* n = next(i);
  if (n == nullptr) return false;
  if (in_list(kArticles, w)) {
    if (in_list(kAuxiliaries, n->folded) || needs_continuation(n->folded)) return true;
    const WordNet& wn = WordNet::embedded();
    // "the injured were", "the elderly are": an adjective of people's lot as a plural noun.
    // "the local were", "the registered were" lost their noun.
    static constexpr std::string_view kPlural[] = {"are", "were", "have", "do"};
    static constexpr std::string_view kPeople[] = {
        "elderly",  "poor",    "rich",    "homeless", "sick",      "unemployed", "dead",
        "disabled", "injured", "wounded", "accused",  "displaced", "deceased"};
    const bool people = w == "the" && in_list(kPeople, n->folded);
    // "adapted to a new often": an article and an adjective right before an adverb lost the
    // noun between them.
    if (only_adjective(n->folded))
      if (const Word* m = next(i + 1); m && only_adverb(m->folded)) return true;
    if (wn.knows(n->folded, PartOfSpeech::adjective) && !wn.knows(n->folded, PartOfSpeech::noun))
      if (const Word* m = next(i + 1);
          m && in_list(kAuxiliaries, m->folded) && !(people && in_list(kPlural, m->folded)))
        return true;
    return false;
  }
  // A possessive before an auxiliary or a bare verb form: "because her has been published",
  // "had their refused". The thing possessed was cut out.
  // Not "its": "its was reported" is a slip for "it was".
  static constexpr std::string_view kPossessives[] = {"my", "your", "our", "their", "her"};
  if (in_list(kPossessives, w)) {
    if (in_list(kAuxiliaries, n->folded)) return true;
    const WordNet& wn = WordNet::embedded();
    return n->folded.ends_with("ed") && wn.knows(n->folded, PartOfSpeech::verb) &&
           !wn.knows(n->folded, PartOfSpeech::noun) &&
           !wn.knows(n->folded, PartOfSpeech::adjective);
  }
  // A subject pronoun opening the sentence with an -ing form and no auxiliary: "It racing
  // seats on the interior" lost its verb ("It has racing seats").
  static constexpr std::string_view kSubjectPronouns[] = {"i", "he", "she", "it", "we", "they"};
  if (side.words[i].sentence_initial && in_list(kSubjectPronouns, w) &&
      n->folded.ends_with("ing") && n->folded != "being" && n->folded != "having" &&
      WordNet::embedded().knows(n->folded, PartOfSpeech::verb))
    return true;
  return w == "there" && in_list(kAfterThereBroken, n->folded);
}

// A statement that opens with a modal, or "and"/"but" and a modal: "And can say it all you
// want". A question would end in '?'; the subject was cut out.
bool subject_missing_before_modal(const BeadSide& side, size_t i) {
  static constexpr std::string_view kModals[] = {"can",    "could", "will",  "would",
                                                 "should", "may",   "might", "must"};
  static constexpr std::string_view kOpeners[] = {"and", "but", "so", "or"};
  if (!side.words[i].sentence_initial || side.question) return false;
  size_t k = i;
  if (in_list(kOpeners, side.words[k].folded) && k + 1 < side.words.size() &&
      side.words[k + 1].sentence == side.words[i].sentence)
    ++k;
  if (!in_list(kModals, side.words[k].folded) || k + 1 >= side.words.size()) return false;
  const Word& next = side.words[k + 1];
  // "Can you ...": a pronoun after the modal is its subject.
  static constexpr std::string_view kPronouns[] = {"i", "you", "he", "she", "it", "we", "they"};
  return next.sentence == side.words[i].sentence && !in_list(kPronouns, next.folded) &&
         WordNet::embedded().knows(next.folded, PartOfSpeech::verb);
}

std::vector<size_t> dangling(const BeadSide& side) {
  std::vector<size_t> out;
  for (size_t t = 0; t < side.tokens.size(); ++t) {
    const int w = side.word_at_token[t];
    if (w >= 0 && (cut_after(side, static_cast<size_t>(w)) ||
                   subject_missing_before_modal(side, static_cast<size_t>(w)))) {
      out.push_back(static_cast<size_t>(w));
      continue;
    }
    if (w < 0 || !needs_continuation(side.words[static_cast<size_t>(w)].folded)) continue;
    const bool last = t + 1 == side.tokens.size() ||
                      side.words[static_cast<size_t>(w)].sentence !=
                          (side.word_at_token[t + 1] >= 0
                               ? side.words[static_cast<size_t>(side.word_at_token[t + 1])].sentence
                               : side.words[static_cast<size_t>(w)].sentence);
    const std::string& next = last ? std::string() : side.tokens[t + 1]->text;
    // A stray mark inside a sentence ("As a! result") ends nothing: the sentence goes on.
    const bool stray_stop = (next == "!" || next == "?" || next == ".") &&
                            t + 2 < side.tokens.size() && side.word_at_token[t + 2] >= 0 &&
                            side.words[static_cast<size_t>(side.word_at_token[t + 2])].sentence ==
                                side.words[static_cast<size_t>(w)].sentence;
    if (last ||
        ((next == "." || next == "," || next == "!" || next == "?" || next == ";" || next == ")") &&
         !stray_stop))
      out.push_back(static_cast<size_t>(w));
  }
  return out;
}

// A hunk that only cuts a subject pronoun opening a clause before its verb: "Once a fishing
// town, it is now a port" / "Once a fishing town, is now a port", "'This can go wrong'" /
// "'Can go wrong'". After "and" the subject may be left out ("he came and saw"), so only a
// clause opened by the sentence start or by punctuation counts. Returns the pronoun or npos.
size_t subject_cut(const BeadView& view, const Hunk& h) {
  static constexpr std::string_view kSubjects[] = {"i",  "we",   "you",  "he",   "she",
                                                   "it", "they", "this", "that", "there"};
  if (h.o_end != h.o_begin + 1 || h.r_end != h.r_begin || h.o_end >= view.original.words.size())
    return std::string::npos;
  const BeadSide& side = view.original;
  const size_t k = h.o_begin;
  if (!in_list(kSubjects, side.words[k].folded) ||
      side.words[k + 1].sentence != side.words[k].sentence)
    return std::string::npos;
  if (const size_t t = token_index(side, k); t > 0 && t < side.tokens.size() &&
                                             side.tokens[t - 1]->kind == TokenKind::word &&
                                             !side.words[k].sentence_initial)
    return std::string::npos;
  const bool verb_next =
      in_list(kAuxiliaries, side.words[k + 1].folded) || is_finite_verb(side, k + 1);
  return verb_next ? k : std::string::npos;
}

}  // namespace

void detect_broken_sentence(BeadView& view, std::vector<Finding>& out) {
  for (const Hunk& h : view.hunks)
    if (const size_t k = subject_cut(view, h); k != std::string::npos) {
      view.original.claimed[k] = true;
      out.push_back(make_finding(view, Category::omission, Severity::major, k, k + 1, h.r_begin,
                                 h.r_begin,
                                 "subject " + quoted(view.original.words[k].token->text) +
                                     " dropped: the clause no longer says who or what acts"));
      return;
    }
  const std::vector<size_t> o = dangling(view.original);
  const std::vector<size_t> r = dangling(view.rendition);
  if (r.size() <= o.size()) return;
  const size_t w = r.back();
  const Hunk* h = nullptr;
  for (const Hunk& x : view.hunks)
    if (x.r_begin <= w + 1 && w <= x.r_end) h = &x;
  const size_t ob = h ? h->o_begin : 0, oe = h ? h->o_end : 0;
  for (size_t k = ob; k < oe; ++k) view.original.claimed[k] = true;
  out.push_back(make_finding(
      view, Category::omission, Severity::major, ob, oe, w, w + 1,
      "the sentence breaks off after " + quoted(view.rendition.words[w].token->text) +
          ": a word was cut out" +
          (oe > ob ? " (" + quoted(words_text(view.original, ob, oe)) + ")" : std::string())));
}

}  // namespace driftcheck
