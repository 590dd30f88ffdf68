// What the specialised detectors left of each hunk, word by word: an antonym (critical), a
// content word replaced by one WordNet does not link to it (substitution), content words
// dropped or added inside the sentence (omission, addition), and harmless changes at info
// (synonyms, spelling variants, typos, repeated words). Inside quotation marks a changed word
// is a changed quote.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "drift/detector.h"
#include "lexicon/spelling.h"
#include "lexicon/thesaurus.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"
#include "text/tokenize.h"

namespace driftcheck {
namespace {

// Dropped or added content words in one hunk from this many on are a clause, not a word:
// major even in a free translation.
constexpr size_t kClauseWords = 4;
// A hunk that drops at least this many content words no WordNet sense links to the other
// side, and adds kClauseWords or more, is a rewritten stretch.
constexpr size_t kRewrittenWords = 6;
// Hunks with more dropped x added content words than this are not paired word by word.
constexpr size_t kMaxPairings = 36;
// A lone word dropped or added is major where at least this share of the content words is
// kept in order; in looser translations lone words come and go with the wording.
constexpr double kLoneMinOverlap = 0.7;
// Inside quotation marks the words are the speaker's own, so lone changes count from here.
constexpr double kLoneMinOverlapQuoted = 0.6;
// An unrelated verb in place of another is a different action (major) where at least this
// share of the content words is kept in order.
constexpr double kActionMinOverlap = 0.8;
// Content words changed when one word was traded for one: the pair is the only change.
constexpr size_t kOnlyPairChanged = 2;
// Below this in-order overlap of content words a group is a free translation.
constexpr double kLooseOverlap = 0.75;

// Words a translator adds or drops with the wording, not the facts ("came", "way", "make"),
// and support verbs of a noun phrase ("gave its approval" / "approved").
bool only_light(const BeadSide& side, const std::vector<size_t>& idx) {
  // Emphasis and aspect adverbs ("had already won", "the worst ever") go with the wording too.
  static constexpr std::array<std::string_view, 34> kLight = {
      "come",    "came",      "comes", "make",   "made",   "makes",    "take", "took",  "takes",
      "get",     "got",       "give",  "gave",   "gives",  "given",    "way",  "thing", "things",
      "however", "therefore", "thus",  "place",  "time",   "case",     "fact", "part",  "kind",
      "well",    "already",   "ever",  "indeed", "really", "actually", "just"};
  for (size_t i : idx)
    if (std::find(kLight.begin(), kLight.end(), side.words[i].folded) == kLight.end()) return false;
  return true;
}

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

// Degree and focus adverbs that change a claim although they are function words:
// "very different" -> "different", "I only saw" -> "I saw".
bool is_focus_word(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kWords = {"very",  "only", "even", "too", "most",
                                                             "least", "more", "less", "much"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

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

bool close(WordRelation r) {
  return r == WordRelation::synonym || r == WordRelation::similar || r == WordRelation::hypernym ||
         r == WordRelation::hyponym || r == WordRelation::derivation ||
         r == WordRelation::same_lemma;
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
    if (close(relate_common(memo, s, b))) return true;
  return false;
}

// `sibling`: two kinds of one thing ("cat" / "dog", sister terms in WordNet).
enum class Link { antonym, equivalent, near, sibling, typo, foreign, unknown, unrelated };

struct Judged {
  Link link = Link::unrelated;
  std::string why;
};

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
      {"before", "after"},   {"above", "below"},     {"over", "under"},
      {"inside", "outside"}, {"up", "down"},         {"earlier", "later"},
      {"since", "until"},    {"maximum", "minimum"}, {"first", "last"}};
  for (auto [x, y] : kPairs)
    if ((a == x && b == y) || (a == y && b == x)) return true;
  return false;
}

// An antonym of `a` (or of a base form of it) that is a synonym, similar word or same lemma of
// `b` in a common sense, or the other way round; empty if none. "independent" / "conditional"
// through "dependent", "normal" / "unusual" through "usual".
std::string opposite_through_neighbour(LexiconCache* memo, const std::string& a,
                                       const std::string& b) {
  const WordNet& wn = WordNet::embedded();
  auto search = [&](const std::string& x, const std::string& y) -> std::string {
    std::vector<std::string> forms = {x};
    for (PartOfSpeech p : {PartOfSpeech::noun, PartOfSpeech::verb, PartOfSpeech::adjective})
      for (std::string& f : wn.base_forms(x, p))
        if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(std::move(f));
    for (const std::string& f : forms)
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

// `deep` adds the slower two-hop synonym search; without it such pairs come out unrelated.
Judged judge_uncached(LexiconCache* memo, const Word& wa, const Word& wb, bool deep) {
  struct Form {
    std::string folded;
  };
  // A token too long to be a word has no relations, spelling or typos to look for: it is
  // equal to the other side's or it changed.
  if (wa.opaque || wb.opaque) return {Link::unknown, "too long to be a word; compared as written"};
  const Form a{lookup_form(wa.folded)}, b{lookup_form(wb.folded)};
  const WordNet& wn = WordNet::embedded();
  if (opposite_function_words(a.folded, b.folded))
    return {Link::antonym, "the words are opposites"};
  // A phrasal verb on either side: "turned down" / "accepted".
  if (!wa.phrasal.empty() && relate_common(memo, wa.phrasal, b.folded) == WordRelation::antonym)
    return {Link::antonym, "WordNet lists them as opposites (" + wa.phrasal + ")"};
  if (!wb.phrasal.empty() && relate_common(memo, a.folded, wb.phrasal) == WordRelation::antonym)
    return {Link::antonym, "WordNet lists them as opposites (" + wb.phrasal + ")"};
  // "shot down" / "downed": the phrasal verb is the other word.
  if (!wa.phrasal.empty() && close(relate_common(memo, wa.phrasal, b.folded)))
    return {Link::equivalent, "WordNet: the phrasal verb " + wa.phrasal};
  if (!wb.phrasal.empty() && close(relate_common(memo, a.folded, wb.phrasal)))
    return {Link::equivalent, "WordNet: the phrasal verb " + wb.phrasal};
  if (spelling_variant(a.folded, b.folded)) return {Link::equivalent, "spelling variant"};
  if (is_latin(a.folded) && !is_latin(b.folded)) return {Link::foreign, "a word in another script"};
  WordRelation common = relate_common(memo, a.folded, b.folded);
  // Adverbs through their adjectives: "differently" / "similarly" as "different" / "similar".
  if (common != WordRelation::antonym && a.folded.ends_with("ly") && b.folded.ends_with("ly") &&
      a.folded.size() > 4 && b.folded.size() > 4 &&
      wn.relate_common(a.folded.substr(0, a.folded.size() - 2),
                       b.folded.substr(0, b.folded.size() - 2)) == WordRelation::antonym)
    common = WordRelation::antonym;
  switch (common) {
    case WordRelation::antonym:
      return {Link::antonym, "WordNet lists them as opposites"};
    case WordRelation::same_lemma:
    case WordRelation::synonym:
    case WordRelation::similar:
    case WordRelation::derivation:
    case WordRelation::hypernym:
    case WordRelation::hyponym:
      return {Link::equivalent, std::string("WordNet: ") + to_string(common)};
    default:
      break;
  }
  if (common == WordRelation::unknown) {
    const bool a_known = wn.is_lemma(a.folded), b_known = wn.is_lemma(b.folded);
    if (a_known && !b_known && foreign_for(memo, wb, a.folded))
      return {Link::foreign, "a word from another language"};
    if (is_typo(a.folded, b.folded)) return {Link::typo, "a misspelling"};
    if (a_known && !b_known && !wb.capitalized && !is_ascii(b.folded))
      return {Link::foreign, "a word from another language"};
    if (a_known && !b_known) return {Link::unknown, "not an English word WordNet knows"};
    return {Link::unknown, "WordNet does not know one of them"};
  }
  const WordRelation any = wn.relate(a.folded, b.folded);
  if (any == WordRelation::antonym) return {Link::antonym, "WordNet lists them as opposites"};
  if (any == WordRelation::synonym || any == WordRelation::same_lemma)
    return {Link::near, "synonyms only in a rare sense"};
  // The thesaurus groups paraphrases WordNet keeps apart ("offer" / "present"), and puts
  // "town" with "city" where WordNet only sees two kinds of settlement.
  if (Thesaurus::embedded().related(a.folded, b.folded))
    return {Link::near, "listed together in the Moby thesaurus"};
  if (common == WordRelation::coordinate)
    return {Link::sibling, "sister terms in WordNet (same broader term)"};
  if (deep && (linked_through_synonym(memo, a.folded, b.folded) ||
               linked_through_synonym(memo, b.folded, a.folded)))
    return {Link::near, "related through a common synonym in WordNet"};
  if (is_typo(a.folded, b.folded)) return {Link::typo, "a misspelling"};
  return {Link::unrelated, "WordNet has no sense linking them"};
}

// judge() through the check's memo: the key holds both words and every input judge reads.
Judged judge(const BeadView& view, const Word& wa, const Word& wb, bool deep = true) {
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
  if (auto it = memo.find(key); it != memo.end())
    return {static_cast<Link>(it->second.first), it->second.second};
  Judged j = judge_uncached(view.lexicon, wa, wb, deep);
  memo.emplace(std::move(key), std::make_pair(static_cast<int>(j.link), j.why));
  return j;
}

bool all_quoted(const BeadSide& side, size_t b, size_t e) {
  if (b >= e) return b < side.words.size() && side.words[b].in_quote;
  for (size_t k = b; k < e; ++k)
    if (!side.words[k].in_quote) return false;
  return true;
}

// Turns a content change inside quotation marks on both sides into a quote finding.
void mark_quote(const BeadView& view, Finding& f, size_t ob, size_t oe, size_t rb, size_t re) {
  if (f.category == Category::antonym) return;
  if (!all_quoted(view.original, ob, oe) || !all_quoted(view.rendition, rb, re)) return;
  f.category = Category::quote;
  if (!view.tight) f.severity = std::min(f.severity, Severity::minor);
  f.message = "inside a quote: " + f.message;
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

// Part of a hyphenated compound whose other part is still there: "Iranian-designed" ->
// "Iranian", "state-owned" -> "state". The modifier is narrowed, not removed.
bool trims_compound(const BeadSide& side, size_t word) {
  size_t t = 0;
  while (t < side.tokens.size() && side.word_at_token[t] != static_cast<int>(word)) ++t;
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
    return close(static_cast<WordRelation>(
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

bool counts(const BeadView& view, const Word& w) {
  return w.content || (view.tight && is_focus_word(w.folded));
}

void report_run(BeadView& view, bool original_side, const std::vector<size_t>& idx, const Hunk& h,
                std::vector<Finding>& out, const std::vector<bool>& reformed = {}) {
  if (idx.empty()) return;
  if (idx.size() == 1 && phrasal_merged(view, original_side, idx.front())) return;
  const size_t b = idx.front(), e = idx.back() + 1;
  const BeadSide& side = original_side ? view.original : view.rendition;
  const std::string text = words_text(side, b, e);
  // A single modifier or word cut out of (or slipped into) an otherwise unchanged stretch:
  // the hunk holds nothing else on either side.
  const bool lone =
      idx.size() == 1 && (original_side ? h.o_end - h.o_begin == 1 && h.r_end == h.r_begin
                                        : h.r_end - h.r_begin == 1 && h.o_end == h.o_begin);
  // A phrase cut out of (or slipped into) an otherwise unchanged stretch, nothing in its
  // place and no phrase put in elsewhere in the group: "collided with a hot air balloon
  // before" -> "collided before", but not "previous and current" moved as "past and present".
  const bool cut = idx.size() >= 2 &&
                   (original_side ? h.r_end == h.r_begin : h.o_end == h.o_begin) &&
                   !phrase_put_in(view, !original_side);
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
  const bool clause = idx.size() >= kClauseWords || (negated && idx.size() + 1 >= kClauseWords);
  const double lone_min = all_quoted(side, b, e) ? kLoneMinOverlapQuoted : kLoneMinOverlap;
  Severity severity = view.tight || clause || (lone && !known_word && view.overlap >= lone_min) ||
                              (cut && view.overlap >= lone_min) || foreign
                          ? Severity::major
                          : Severity::minor;
  const bool known_phrase = lone && !foreign && said_elsewhere(view, original_side, b);
  const bool trimmed = lone && original_side && trims_compound(side, b);
  if (severity == Severity::major && !negated && (known_phrase || trimmed))
    severity = Severity::minor;
  // A word or two that differ between two free translations is wording, not a fact.
  if (severity == Severity::minor && view.overlap < kLooseOverlap) severity = Severity::info;
  if (!view.tight && idx.size() < kClauseWords &&
      (only_light(side, idx) || only_emphasis(side, idx)))
    return;
  if (only_emphasis(side, idx) || support_verb_of_kept_noun(view, original_side, idx))
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
  if (trimmed) {
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

// A reporting verb or a verb of emphasis ("said", "highlighted", "underscored", "stressed").
bool speech_verb(const BeadView& view, const Word& w) {
  if (word_list(view.language, WordListKind::reporting_verbs).find(w.folded)) return true;
  static constexpr std::string_view kEmphasis[] = {"highlight", "underscor", "underlin",
                                                   "emphasi",   "stress",    "spotlight"};
  return std::any_of(std::begin(kEmphasis), std::end(kEmphasis),
                     [&](std::string_view p) { return w.folded.starts_with(p); });
}

void report_pair(BeadView& view, size_t o, size_t r, const Hunk& h, std::vector<Finding>& out) {
  const Word& a = view.original.words[o];
  const Word& b = view.rendition.words[r];
  Judged j = judge(view, a, b, false);
  const std::string change = quoted(a.token->text) + " became " + quoted(b.token->text);
  const bool one_to_one = [&] {
    size_t no = 0, nr = 0;
    for (size_t k = h.o_begin; k < h.o_end; ++k) no += view.original.words[k].content;
    for (size_t k = h.r_begin; k < h.r_end; ++k) nr += view.rendition.words[k].content;
    return no == 1 && nr == 1;
  }();
  // This pair is the bead's only change of content words.
  const bool only_change = view.changed_content <= kOnlyPairChanged;
  // The two-hop synonym search only matters where an unrelated pair would be reported major.
  if (j.link == Link::unrelated && one_to_one && is_finite_verb(view.original, o) &&
      is_finite_verb(view.rendition, r))
    j = judge(view, a, b, true);
  // "normal" -> "unusual" in an otherwise kept sentence: the opposite of a word close to the
  // other ("usual"). In a free translation such two-step links join too much to be evidence.
  if ((j.link == Link::unrelated || j.link == Link::near || j.link == Link::sibling) &&
      one_to_one && (view.tight || only_change))
    if (const std::string via = opposite_through_neighbour(view.lexicon, a.folded, b.folded);
        !via.empty())
      j = {Link::antonym, "the opposite of '" + via + "', which WordNet puts close to it"};
  Category category = Category::substitution;
  Severity severity = Severity::info;
  std::string message;
  switch (j.link) {
    case Link::antonym:
      category = Category::antonym;
      severity = Severity::critical;
      message = change + ": the opposite meaning";
      break;
    case Link::equivalent:
    case Link::typo:
      category = Category::format;
      message = change + ": same meaning (" + j.why + ")";
      break;
    case Link::sibling:
      // "The cat sat" -> "The dog sat": another thing of the same kind, where nothing else
      // changed, is a different fact.
      if (one_to_one && only_change) {
        severity = Severity::major;
        message = change + ": another thing of the same kind (" + j.why + ")";
        break;
      }
      [[fallthrough]];
    case Link::near:
      category = view.tight ? Category::substitution : Category::format;
      severity = view.tight ? Severity::minor : Severity::info;
      message = change + ": close but not the same (" + j.why + ")";
      break;
    case Link::foreign:
      severity = Severity::major;
      message = change + ": " + j.why + " replaced the original word";
      break;
    case Link::unknown:
      if (is_foreign_word(view, r)) {
        j.link = Link::foreign;
        j.why = "a word from another language";
        severity = Severity::major;
        message = change + ": " + j.why + " replaced the original word";
        break;
      }
      severity = view.tight ? Severity::major : Severity::minor;
      message = change + ": " + j.why;
      break;
    case Link::unrelated:
      // Only a changed action is judged from words alone; other content words change with a
      // translator's choices far more often than with the facts.
      if (one_to_one && is_finite_verb(view.original, o) && is_finite_verb(view.rendition, r) &&
          speech_verb(view, a) && speech_verb(view, b)) {
        // "highlighted" -> "underscored": two ways of saying or stressing, not two actions.
        severity = Severity::minor;
        message = change + ": another verb of saying or stressing; " + j.why;
      } else if (one_to_one && is_finite_verb(view.original, o) &&
                 is_finite_verb(view.rendition, r)) {
        // Two free translations choose their verbs apart ("escalated" / "sparked"); only where
        // the rest of the sentence is kept is another verb a deliberate change of action.
        // Inside quotation marks the verbs are the speaker's own, as for lone words.
        const double min_overlap =
            a.in_quote && b.in_quote ? kLoneMinOverlapQuoted : kActionMinOverlap;
        severity = only_change || view.overlap >= min_overlap ? Severity::major : Severity::minor;
        message = change + ": a different action; " + j.why;
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
  if (!(j.link == Link::unrelated && severity == Severity::major) && j.link != Link::foreign)
    mark_quote(view, f, o, o + 1, r, r + 1);
  // A quoted adjective traded for another ("an essential supplier" -> "an important
  // supplier") puts other words in the speaker's mouth, even when the two are close.
  if (f.category == Category::quote && f.severity == Severity::info && j.link != Link::typo &&
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

// The adjective a comparative compares by ("deadlier" -> "deadly", "more difficult" ->
// "difficult"); empty if word i is no comparative.
std::string comparative_base(const BeadSide& side, size_t i) {
  const WordNet& wn = WordNet::embedded();
  const std::string& w = side.words[i].folded;
  if (side.words[i].opaque) return {};
  if (i > 0 && (side.words[i - 1].folded == "more" || side.words[i - 1].folded == "less") &&
      wn.knows(w, PartOfSpeech::adjective))
    return w;
  if (w.size() < 5 || !w.ends_with("er") || wn.knows(w, PartOfSpeech::noun)) return {};
  for (const std::string& base : wn.base_forms(w, PartOfSpeech::adjective))
    if (base != w) return base;
  return {};
}

// A hunk that lists fewer comparatives than before ("deadlier and harder to bring down" ->
// "more difficult to intercept"): each original comparative no rendition comparative
// matches in meaning was dropped.
void detect_dropped_comparatives(BeadView& view, const Hunk& h, std::vector<Finding>& out) {
  std::vector<std::pair<size_t, std::string>> o, r;
  for (size_t k = h.o_begin; k < h.o_end; ++k)
    if (!view.original.claimed[k])
      if (std::string b = comparative_base(view.original, k); !b.empty()) o.emplace_back(k, b);
  for (size_t k = h.r_begin; k < h.r_end; ++k)
    if (std::string b = comparative_base(view.rendition, k); !b.empty()) r.emplace_back(k, b);
  if (o.size() < 2 || o.size() <= r.size()) return;
  std::vector<bool> r_used(r.size());
  std::vector<size_t> dropped;
  for (const auto& [k, base] : o) {
    bool matched = false;
    for (size_t j = 0; j < r.size() && !matched; ++j) {
      if (r_used[j]) continue;
      const auto rel =
          static_cast<WordRelation>(cached_relate_common(view.lexicon, base, r[j].second));
      if (rel == WordRelation::same_lemma || rel == WordRelation::synonym ||
          rel == WordRelation::similar)
        matched = r_used[j] = true;
    }
    if (!matched) dropped.push_back(k);
  }
  // Only the surplus: the comparatives the rendition has no counterpart for at all.
  if (dropped.size() + r.size() < o.size() || dropped.size() > o.size() - r.size()) return;
  for (size_t k : dropped) {
    view.original.claimed[k] = true;
    Finding f = make_finding(view, Category::omission, Severity::minor, k, k + 1, h.r_end, h.r_end,
                             quoted(view.original.words[k].token->text) +
                                 " dropped: one of the listed qualities is gone");
    mark_quote(view, f, k, k + 1, h.r_begin, h.r_begin);
    out.push_back(std::move(f));
  }
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

}  // namespace

void detect_misspellings(const BeadView& view, std::vector<Finding>& out) {
  for (auto [o, r] : view.misspellings)
    out.push_back(make_finding(view, Category::format, Severity::info, o, o + 1, r, r + 1,
                               quoted(view.original.words[o].token->text) + " became " +
                                   quoted(view.rendition.words[r].token->text) +
                                   ": same meaning (a misspelling)"));
}

void detect_lexical(BeadView& view, std::vector<Finding>& out) {
  for (const Hunk& h : view.hunks) detect_dropped_comparatives(view, h, out);
  // Words that only moved inside the group ("the names of the accused are" / "the accused are
  // named") are not dropped or added.
  std::vector<std::string_view> o_keys, r_keys;
  for (const Hunk& h : view.hunks) {
    for (size_t o = h.o_begin; o < h.o_end; ++o)
      if (!view.original.claimed[o]) o_keys.push_back(view.original.words[o].key);
    for (size_t r = h.r_begin; r < h.r_end; ++r)
      if (!view.rendition.claimed[r]) r_keys.push_back(view.rendition.words[r].key);
  }
  auto moved = [](const std::vector<std::string_view>& keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
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
  for (const Hunk& h : view.hunks) {
    // One word for one word, function words included: "before" -> "after".
    if (h.o_end - h.o_begin == 1 && h.r_end - h.r_begin == 1 && !view.original.claimed[h.o_begin] &&
        !view.rendition.claimed[h.r_begin] &&
        judge(view, view.original.words[h.o_begin], view.rendition.words[h.r_begin]).link ==
            Link::antonym) {
      report_pair(view, h.o_begin, h.r_begin, h, out);
      view.original.claimed[h.o_begin] = view.rendition.claimed[h.r_begin] = true;
      continue;
    }
    std::vector<size_t> d, a;
    for (size_t o = h.o_begin; o < h.o_end; ++o) {
      const Word& w = view.original.words[o];
      if (view.original.claimed[o] || !counts(view, w)) continue;
      if (repeats_neighbour(view.original, o)) continue;  // "then then" -> "then"
      if (moved(r_keys, w.key)) continue;
      d.push_back(o);
    }
    for (size_t r = h.r_begin; r < h.r_end; ++r) {
      const Word& w = view.rendition.words[r];
      if (view.rendition.claimed[r] || !counts(view, w)) continue;
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
        const bool deep =
            d.size() * a.size() <= 4 && (view.tight || (is_finite_verb(view.original, d[i]) &&
                                                        is_finite_verb(view.rendition, a[k])));
        const Link l =
            judge(view, view.original.words[d[i]], view.rendition.words[a[k]], deep).link;
        if (l == Link::antonym || l == Link::equivalent || l == Link::typo || l == Link::near ||
            l == Link::sibling) {
          report_pair(view, d[i], a[k], h, out);
          d_used[i] = a_used[k] = true;
          if (l == Link::equivalent &&
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
    } else {
      // Then by position: the i-th dropped word became the i-th added one.
      const bool small = d_left.size() <= 2 && a_left.size() <= 2;
      const size_t pairs = small ? std::min(d_left.size(), a_left.size()) : 0;
      for (size_t i = 0; i < pairs; ++i) report_pair(view, d_left[i], a_left[i], h, out);
      for (const auto& run : contiguous(view.original, {d_left.begin() + pairs, d_left.end()}))
        report_run(view, true, run, h, out, o_reformed);
      for (const auto& run : contiguous(view.rendition, {a_left.begin() + pairs, a_left.end()}))
        report_run(view, false, run, h, out, r_reformed);
    }
    for (size_t o = h.o_begin; o < h.o_end; ++o) view.original.claimed[o] = true;
    for (size_t r = h.r_begin; r < h.r_end; ++r) view.rendition.claimed[r] = true;
  }
}

}  // namespace driftcheck
