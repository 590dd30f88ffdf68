// The word-pair classifier: WordNet relations (common senses first, rare ones as "near"),
// the Moby thesaurus, spelling variants, typos and words of another language, memoized per
// check. The lexical detector decides what a judged pair means for a finding.
#include "drift/word_relation.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>

#include "drift/bead_view.h"
#include "drift/detector.h"
#include "drift/judgement_memo.h"
#include "lexicon/spelling.h"
#include "lexicon/thesaurus.h"
#include "lexicon/wordnet.h"
#include "text/tokenize.h"

namespace driftcheck {

bool is_latin(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c <= 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON &&
        script != USCRIPT_INHERITED)
      return false;
  }
  return true;
}

bool is_close(WordRelation r) {
  return r == WordRelation::synonym || r == WordRelation::similar || r == WordRelation::hypernym ||
         r == WordRelation::hyponym || r == WordRelation::derivation ||
         r == WordRelation::same_lemma;
}

namespace {

// The word and its base forms as a noun, a verb or an adjective, each once: "employees" ->
// {"employees", "employee"}.
std::vector<std::string> with_base_forms(const std::string& w) {
  const WordNet& wn = WordNet::embedded();
  std::vector<std::string> forms = {w};
  for (PartOfSpeech p : {PartOfSpeech::noun, PartOfSpeech::verb, PartOfSpeech::adjective})
    for (std::string& f : wn.base_forms(w, p))
      if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(std::move(f));
  return forms;
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// One adjacent transposition: "enxt" / "next".
bool transposed(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

bool is_typo(std::string_view a, std::string_view b) {
  if (transposed(a, b)) return true;
  const size_t shorter = std::min(a.size(), b.size());
  if (shorter < 4) return false;
  const size_t limit = shorter >= 8 ? 2 : 1;
  return edit_distance_at_most(a, b, limit) <= limit;
}

// WordNet::relate_common through the check's memo.
WordRelation relate_common(LexiconCache* memo, const std::string& a, const std::string& b) {
  return static_cast<WordRelation>(cached_relate_common(memo, a, b));
}

// The synonyms of `a` (and of its base forms) that are synonyms in a common sense of `a`.
std::vector<std::string> common_synonyms(LexiconCache* memo, const std::string& a) {
  if (memo != nullptr)
    if (auto it = memo->synonyms.find(a); it != memo->synonyms.end()) return it->second;
  const WordNet& wn = WordNet::embedded();
  std::vector<std::string> forms = {a};
  for (PartOfSpeech p : {PartOfSpeech::noun, PartOfSpeech::verb, PartOfSpeech::adjective})
    for (std::string& f : wn.base_forms(a, p))
      if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(std::move(f));
  std::vector<std::string> out;
  for (const std::string& f : forms)
    for (std::string& s : wn.synonyms(f))
      if (std::find(out.begin(), out.end(), s) == out.end() &&
          relate_common(memo, a, s) == WordRelation::synonym)
        out.push_back(std::move(s));
  if (memo != nullptr) memo->synonyms.emplace(a, out);
  return out;
}

// Two hops: a common-sense synonym of `a` is close to `b` ("required" ~ "compel" ~ "obliged").
bool linked_through_synonym(LexiconCache* memo, const std::string& a, const std::string& b) {
  for (const std::string& s : common_synonyms(memo, a))
    if (is_close(relate_common(memo, s, b))) return true;
  return false;
}

std::string lookup_form(const std::string& folded) {
  if (folded.size() > 3 && folded.ends_with("'s")) return folded.substr(0, folded.size() - 2);
  return folded;
}

bool misspells_lemma(LexiconCache* lexicon, const std::string& w);

// A lower-case word of letters only that WordNet does not know, that misspells no word it
// knows and that is more than one letter from `original`: "investigadores" for
// "investigators", "statistiky" for "statistics".
bool foreign_for(LexiconCache* memo, const Word& wb, const std::string& original) {
  const std::string& w = wb.folded;
  if (wb.capitalized || w.size() < 4) return false;
  if (!std::all_of(w.begin(), w.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c));
      }))
    return false;
  if (transposed(original, w) || edit_distance_at_most(original, w, 1) <= 1) return false;
  return !misspells_lemma(memo, w);
}

// Opposites among function words, which WordNet does not list: "before" / "after".
bool opposite_function_words(std::string_view a, std::string_view b) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"before", "after"}, {"above", "below"},     {"over", "under"},  {"inside", "outside"},
      {"up", "down"},      {"earlier", "later"},   {"since", "until"}, {"maximum", "minimum"},
      {"first", "last"},   {"following", "before"}};
  for (auto [x, y] : kPairs)
    if ((a == x && b == y) || (a == y && b == x)) return true;
  return false;
}

// "employs" / "employees": WordNet reaches an antonym through a derivation ("employ" ->
// "employer" <-> "employee"), but the two words are one stem in two parts of speech. Opposites
// that share their stem are antonyms of each other directly ("employer" / "employee").
bool one_stem_apart(const std::string& a, const std::string& b) {
  constexpr size_t kSharedStem = 5;
  const WordNet& wn = WordNet::embedded();
  const std::vector<std::string> bases_a = with_base_forms(a), bases_b = with_base_forms(b);
  for (const std::string& x : bases_a) {
    const std::vector<std::string> direct = wn.antonyms(x);
    for (const std::string& y : bases_b)
      if (std::binary_search(direct.begin(), direct.end(), y)) return false;
  }
  for (const std::string& x : bases_a)
    for (const std::string& y : bases_b) {
      const std::string& shorter = x.size() <= y.size() ? x : y;
      const std::string& longer = x.size() <= y.size() ? y : x;
      if (shorter.size() >= kSharedStem && longer.starts_with(shorter)) return true;
    }
  return false;
}

}  // namespace

// An antonym of `a` (or of a base form of it) that is a synonym, similar word or same lemma of
// `b` in a common sense, or the other way round; empty if none. "independent" / "conditional"
// through "dependent", "normal" / "unusual" through "usual".
std::string opposite_through_neighbour(LexiconCache* memo, const std::string& a,
                                       const std::string& b) {
  const WordNet& wn = WordNet::embedded();
  auto search = [&](const std::string& x, const std::string& y) -> std::string {
    for (const std::string& f : with_base_forms(x))
      for (const std::string& opposite : wn.antonyms(f)) {
        const WordRelation r = relate_common(memo, opposite, y);
        if (r == WordRelation::synonym || r == WordRelation::similar ||
            r == WordRelation::same_lemma)
          return opposite;
      }
    return {};
  };
  if (std::string via = search(a, b); !via.empty()) return via;
  return search(b, a);
}

namespace {

// `deep` adds the slower two-hop synonym search; without it such pairs come out unrelated.
// `again` is "re" and a verb whose opposite is `other`: "reopen" / "close", "reappear" /
// "vanish" ("rebel" is no such verb: its rest is no verb at all).
bool undone_again(const std::string& again, const std::string& other, LexiconCache* memo) {
  constexpr size_t kMinVerb = 3;
  if (!again.starts_with("re") || again.size() < 2 + kMinVerb) return false;
  const WordNet& wn = WordNet::embedded();
  for (const std::string& base : wn.base_forms(again, PartOfSpeech::verb)) {
    const std::string verb = base.substr(2);
    if (verb.size() >= kMinVerb && wn.knows(verb, PartOfSpeech::verb) &&
        relate_common(memo, verb, other) == WordRelation::antonym)
      return true;
  }
  return false;
}

// A WordNet lemma as the thesauri write it: "carry_out" -> "carry out".
std::string phrase(std::string lemma) {
  std::replace(lemma.begin(), lemma.end(), '_', ' ');
  return lemma;
}

constexpr const char* kSameGerman = "both translate one German word (FreeDict)";

// The thesaurus forms of a pair's words and of their phrasal verbs (none where a word has no
// phrasal verb), looked up once for the Moby and the German table.
struct PairForms {
  Thesaurus::Forms a, b, a_phrasal, b_phrasal;
};

PairForms pair_forms(const std::string& a, const std::string& a_phrasal, const std::string& b,
                     const std::string& b_phrasal) {
  PairForms f{Thesaurus::forms_of(a), Thesaurus::forms_of(b), {}, {}};
  if (!a_phrasal.empty()) f.a_phrasal = Thesaurus::forms_of(phrase(a_phrasal));
  if (!b_phrasal.empty()) f.b_phrasal = Thesaurus::forms_of(phrase(b_phrasal));
  return f;
}

// How two words are related in one table: as they are, or with one side's phrasal verb
// ("conducted" / "carried out" through "durchführen").
enum class TableLink { none, bare_verb, phrasal_verb };

TableLink listed_together(const Thesaurus& table, const PairForms& f) {
  if (table.related(f.a_phrasal, f.b) || table.related(f.a, f.b_phrasal))
    return TableLink::phrasal_verb;
  return table.related(f.a, f.b) ? TableLink::bare_verb : TableLink::none;
}

WordJudgement judge_uncached(LexiconCache* memo, const Word& wa, const Word& wb, bool deep) {
  struct Form {
    std::string folded;
  };
  // A token too long to be a word has no relations, spelling or typos to look for: it is
  // equal to the other side's or it changed.
  if (wa.opaque || wb.opaque)
    return {WordLink::unknown, "too long to be a word; compared as written"};
  const Form a{lookup_form(wa.folded)}, b{lookup_form(wb.folded)};
  const WordNet& wn = WordNet::embedded();
  if (opposite_function_words(a.folded, b.folded))
    return {WordLink::antonym, "the words are opposites"};
  // A phrasal verb on either side: "turned down" / "accepted".
  if (!wa.phrasal.empty() && relate_common(memo, wa.phrasal, b.folded) == WordRelation::antonym)
    return {WordLink::antonym, "WordNet lists them as opposites (" + wa.phrasal + ")"};
  if (!wb.phrasal.empty() && relate_common(memo, a.folded, wb.phrasal) == WordRelation::antonym)
    return {WordLink::antonym, "WordNet lists them as opposites (" + wb.phrasal + ")"};
  // "shot down" / "downed": the phrasal verb is the other word.
  if (!wa.phrasal.empty() && is_close(relate_common(memo, wa.phrasal, b.folded)))
    return {WordLink::equivalent, "WordNet: the phrasal verb " + wa.phrasal};
  if (!wb.phrasal.empty() && is_close(relate_common(memo, a.folded, wb.phrasal)))
    return {WordLink::equivalent, "WordNet: the phrasal verb " + wb.phrasal};
  if (spelling_variant(a.folded, b.folded)) return {WordLink::equivalent, "spelling variant"};
  if (is_latin(a.folded) && !is_latin(b.folded))
    return {WordLink::foreign, "a word in another script"};
  WordRelation common = relate_common(memo, a.folded, b.folded);
  // Adverbs through their adjectives: "differently" / "similarly" as "different" / "similar".
  if (common != WordRelation::antonym && a.folded.ends_with("ly") && b.folded.ends_with("ly") &&
      a.folded.size() > 4 && b.folded.size() > 4 &&
      wn.relate_common(a.folded.substr(0, a.folded.size() - 2),
                       b.folded.substr(0, b.folded.size() - 2)) == WordRelation::antonym)
    common = WordRelation::antonym;
  // A verb done again through its bare verb: "reopen" / "close" as "open" / "close".
  if (common != WordRelation::antonym &&
      (undone_again(a.folded, b.folded, memo) || undone_again(b.folded, a.folded, memo)))
    return {WordLink::antonym, "WordNet lists them as opposites (without the prefix 're-')"};
  switch (common) {
    case WordRelation::antonym:
      if (one_stem_apart(a.folded, b.folded))
        return {WordLink::equivalent, "WordNet: derivation (one stem, another part of speech)"};
      return {WordLink::antonym, "WordNet lists them as opposites"};
    default:
      if (is_close(common))
        return {WordLink::equivalent, std::string("WordNet: ") + to_string(common)};
      break;
  }
  if (common == WordRelation::unknown) {
    const bool a_known = wn.is_lemma(a.folded), b_known = wn.is_lemma(b.folded);
    if (a_known && !b_known && foreign_for(memo, wb, a.folded))
      return {WordLink::foreign, "a word from another language"};
    if (is_typo(a.folded, b.folded)) return {WordLink::typo, "a misspelling"};
    if (a_known && !b_known && !wb.capitalized && !is_ascii(b.folded))
      return {WordLink::foreign, "a word from another language"};
    if (a_known && !b_known) return {WordLink::unknown, "not an English word WordNet knows"};
    return {WordLink::unknown, "WordNet does not know one of them"};
  }
  // "shot down" / "launched": a link of the bare verb ("shoot" ~ "launch") is not one of the
  // phrasal verb's, so it is weak evidence.
  const bool bare_verb = wa.phrasal.empty() != wb.phrasal.empty();
  // relate() is relate_common() over all senses; through the memo when there is one.
  const WordRelation any = memo != nullptr ? wn.relate_common(a.folded, b.folded, memo->senses, 0)
                                           : wn.relate(a.folded, b.folded);
  if (any == WordRelation::antonym) return {WordLink::antonym, "WordNet lists them as opposites"};
  const PairForms forms = pair_forms(a.folded, wa.phrasal, b.folded, wb.phrasal);
  const Thesaurus& german = Thesaurus::through_german();
  if (any == WordRelation::synonym || any == WordRelation::same_lemma) {
    // A rare sense of the bare verb is weak evidence unless the phrasal verb translates alike.
    const bool weak = bare_verb && listed_together(german, forms) != TableLink::phrasal_verb;
    return {WordLink::near, "synonyms only in a rare sense", weak};
  }
  // The thesaurus groups paraphrases WordNet keeps apart ("offer" / "present"), and puts
  // "town" with "city" where WordNet only sees two kinds of settlement. It lists phrasal verbs
  // as phrases: "published" / "came out".
  const Thesaurus& moby = Thesaurus::embedded();
  if (moby.related(forms.a, forms.b))
    return {WordLink::near, "listed together in the Moby thesaurus", bare_verb};
  if (moby.related(forms.a_phrasal, forms.b) || moby.related(forms.a, forms.b_phrasal))
    return {WordLink::near, "listed together in the Moby thesaurus (as a phrasal verb)"};
  // "chaired" / "presided over": words a translator would put into the same German word.
  if (const TableLink g = listed_together(german, forms); g != TableLink::none)
    return {WordLink::near, kSameGerman, g == TableLink::bare_verb && bare_verb};
  if (common == WordRelation::coordinate)
    return {WordLink::sibling, "sister terms in WordNet (same broader term)"};
  if (deep && (linked_through_synonym(memo, a.folded, b.folded) ||
               linked_through_synonym(memo, b.folded, a.folded)))
    return {WordLink::near, "related through a common synonym in WordNet", true};
  if (is_typo(a.folded, b.folded)) return {WordLink::typo, "a misspelling"};
  return {WordLink::unrelated, "WordNet has no sense linking them"};
}

// An ASCII word one keystroke away (a letter dropped, doubled, swapped or changed) from a word
// WordNet knows ("importamt", "goverment"), or two such words run together. Words with other
// letters are not tried.
bool misspells_lemma_uncached(const std::string& w) {
  // Each edit below builds a copy and looks it up: quadratic in the length, so only for words.
  if (!is_ascii(w) || w.size() < 4 || w.size() > kMaxWordBytes) return false;
  const WordNet& wn = WordNet::embedded();
  // A compound WordNet lacks as one: two English words ("livestreamed"), or a prefix on a
  // long English word ("cyberattacks").
  constexpr size_t kLongHead = 7;
  for (size_t cut = 3; cut + 3 <= w.size(); ++cut) {
    const std::string tail = w.substr(cut);
    if (!wn.is_lemma(tail)) continue;
    if (tail.size() >= kLongHead || wn.is_lemma(w.substr(0, cut))) return true;
  }
  std::string t;
  auto known = [&](const std::string& s) { return wn.is_lemma(s); };
  for (size_t i = 0; i < w.size(); ++i) {  // deletion
    t = w;
    t.erase(i, 1);
    if (known(t)) return true;
  }
  for (size_t i = 0; i + 1 < w.size(); ++i) {  // transposition
    t = w;
    std::swap(t[i], t[i + 1]);
    if (known(t)) return true;
  }
  for (size_t i = 0; i < w.size(); ++i)  // substitution
    for (char c = 'a'; c <= 'z'; ++c) {
      if (c == w[i]) continue;
      t = w;
      t[i] = c;
      if (known(t)) return true;
    }
  for (size_t i = 0; i <= w.size(); ++i)  // insertion
    for (char c = 'a'; c <= 'z'; ++c) {
      t = w;
      t.insert(t.begin() + static_cast<std::ptrdiff_t>(i), c);
      if (known(t)) return true;
    }
  return false;
}

bool misspells_lemma(LexiconCache* lexicon, const std::string& w) {
  if (lexicon == nullptr) return misspells_lemma_uncached(w);
  const std::string key = "\x01typo:" + w;  // shares the lemma memo under its own prefix
  auto& memo = lexicon->lemma;
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  const bool typo = misspells_lemma_uncached(w);
  memo.emplace(key, typo);
  return typo;
}

}  // namespace

// Memoized in the check's LexiconCache under a key of both words and every input judge_uncached
// reads, and behind it in the memo shared across checks when the cache has one.
WordJudgement judge_words(const BeadView& view, const Word& wa, const Word& wb, bool deep) {
  if (view.lexicon == nullptr) return judge_uncached(nullptr, wa, wb, deep);
  std::string key;
  key.reserve(wa.folded.size() + wb.folded.size() + 3);
  key += wa.folded;
  key += '\x1f';
  key += wb.folded;
  key += deep ? 'd' : 's';
  key += wb.capitalized ? 'C' : 'l';
  key += wa.phrasal;
  key += '\x1f';
  key += wb.phrasal;
  auto& memo = view.lexicon->judged;
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  WordJudgement j;
  if (JudgementMemo* shared = view.lexicon->shared_judgements; shared != nullptr) {
    // Across checks the key also names the opaque flags judge_uncached reads, which the
    // folded words imply in practice but not by definition.
    std::string shared_key = key;
    shared_key += wa.opaque ? 'O' : 'w';
    shared_key += wb.opaque ? 'O' : 'w';
    j = shared->judgement(shared_key, [&] { return judge_uncached(view.lexicon, wa, wb, deep); });
  } else {
    j = judge_uncached(view.lexicon, wa, wb, deep);
  }
  memo.emplace(std::move(key), j);
  return j;
}

// A lower-case word WordNet does not know and that misspells no word of the original:
// a word from another language ("sesji", "investigadores", "refusée").
bool is_foreign_word(const BeadView& view, size_t r) {
  const Word& w = view.rendition.words[r];
  if (w.capitalized || !w.content || w.opaque || w.folded.size() < 4) return false;
  if (w.folded.find('\'') != std::string::npos || w.folded.find('-') != std::string::npos)
    return false;
  // Letters only: "p109", "covid-19" and codes are not words of another language.
  if (!std::all_of(w.folded.begin(), w.folded.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c));
      }))
    return false;
  if (cached_is_lemma(view, w.folded)) return false;
  if (misspells_lemma(view.lexicon, w.folded)) return false;
  // A cognate two letters off ("investigadores" for "investigators") is still another
  // language; one letter off is a slip.
  for (const Word& o : view.original.words)
    if (o.folded == w.folded || transposed(o.folded, w.folded) ||
        edit_distance_at_most(o.folded, w.folded, 1) <= 1)
      return false;
  return true;
}

}  // namespace driftcheck
