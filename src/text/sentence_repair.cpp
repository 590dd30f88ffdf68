#include "text/sentence_repair.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <span>
#include <string>

namespace driftcheck {
namespace {

using Text = std::u16string_view;

// Words a period never ends a sentence after: they announce an example or an alternative.
// Lower case, without the final period.
constexpr std::u16string_view kEnglishNeverEnds[] = {u"e.g", u"i.e", u"cf",     u"vs",
                                                     u"viz", u"v",   u"approx", u"ca"};
// Titles that stand before a name ("Gen. Jones", "St. Louis"). A period after one still
// ends a sentence when a sentence opener follows ("on Main St. The ...").
constexpr std::u16string_view kEnglishTitles[] = {
    u"mr",  u"mrs", u"ms",   u"mx",   u"messrs", u"dr",  u"prof", u"gen", u"lt",  u"col", u"capt",
    u"cpt", u"sgt", u"cpl",  u"pvt",  u"maj",    u"adm", u"cmdr", u"gov", u"sen", u"rep", u"rev",
    u"fr",  u"hon", u"pres", u"supt", u"insp",   u"det", u"st",   u"mt",  u"ph.d"};
// Capitalised words that begin sentences and never belong to a name: after "X." or "Joe."
// they show that the period ended the sentence, whatever ICU's abbreviation list says.
constexpr std::u16string_view kEnglishOpeners[] = {
    u"the",     u"a",         u"an",      u"this",  u"that",  u"these", u"those",    u"he",
    u"she",     u"it",        u"its",     u"they",  u"their", u"there", u"here",     u"we",
    u"our",     u"i",         u"you",     u"your",  u"his",   u"her",   u"my",       u"but",
    u"and",     u"or",        u"so",      u"yet",   u"then",  u"now",   u"however",  u"also",
    u"still",   u"meanwhile", u"instead", u"in",    u"on",    u"at",    u"for",      u"from",
    u"after",   u"before",    u"when",    u"while", u"if",    u"as",    u"although", u"though",
    u"because", u"since",     u"some",    u"many",  u"most",  u"all",   u"not",      u"what",
    u"why",     u"how",       u"where",   u"which", u"both",  u"each"};
// Russian: "т.е." (that is), "т.к." (because), "им." (named after), "ул." (street) ...
constexpr std::u16string_view kRussianTitles[] = {u"т.е", u"т.к", u"т.н",  u"т.д",  u"т.п",
                                                  u"им",  u"ул",  u"проф", u"акад", u"ген"};

struct WordLists {
  std::span<const std::u16string_view> never_ends;
  std::span<const std::u16string_view> titles;
  std::span<const std::u16string_view> openers;
};

WordLists word_lists(std::string_view language) {
  const std::string_view base = language.substr(0, language.find_first_of("-_"));
  if (base == "en") return {kEnglishNeverEnds, kEnglishTitles, kEnglishOpeners};
  if (base == "ru") return {{}, kRussianTitles, {}};
  return {};
}

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin == end; }
};

bool is_letter(char16_t c) { return u_isalpha(c) || U16_IS_SURROGATE(c); }
bool is_space(char16_t c) { return u_isUWhiteSpace(c); }
bool is_quote(char16_t c) { return c == u'"' || c == u'\'' || c == u'`'; }
bool is_closer(char16_t c) {
  const int8_t type = u_charType(c);
  return is_quote(c) || type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION;
}
bool is_opening(char16_t c) {
  const int8_t type = u_charType(c);
  return is_quote(c) || type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION;
}

size_t skip(Text p, size_t i, bool (*pred)(char16_t)) {
  while (i < p.size() && pred(p[i])) ++i;
  return i;
}

// The word that starts at or after `i`, past white space and opening quotes or brackets.
Span next_word(Text p, size_t i) {
  const size_t begin = skip(p, skip(p, i, is_space), is_opening);
  return {begin, skip(p, begin, is_letter)};
}

// The word that ends at the period at `dot`, dotted abbreviations included ("U.S", "e.g").
Span word_before(Text p, size_t dot) {
  size_t begin = dot;
  while (begin > 0 &&
         (is_letter(p[begin - 1]) || (p[begin - 1] == u'.' && begin >= 2 && begin < dot &&
                                      is_letter(p[begin - 2]) && is_letter(p[begin])))) {
    --begin;
  }
  return {begin, dot};
}

bool in_list(Text p, Span w, std::span<const std::u16string_view> list) {
  std::u16string lower(p.substr(w.begin, w.end - w.begin));
  for (char16_t& c : lower) c = static_cast<char16_t>(u_tolower(c));
  return std::find(list.begin(), list.end(), lower) != list.end();
}

bool is_capitalized(Text p, Span w) { return !w.empty() && u_isupper(p[w.begin]); }

// A capitalised sentence opener, not itself an initial ("A." in "J. A. Smith").
bool is_opener(Text p, Span w, const WordLists& lists) {
  if (!is_capitalized(p, w) || (w.end < p.size() && p[w.end] == u'.')) return false;
  return in_list(p, w, lists.openers);
}

// "J", "R", "U.S", "J.R": single capitals, dot-separated.
bool is_initials(Text p, Span w) {
  for (size_t i = w.begin; i < w.end; i += 2) {
    if (!u_isupper(p[i])) return false;
    if (i + 1 < w.end && p[i + 1] != u'.') return false;
  }
  return !w.empty();
}

// "thousand.The": two lower-case letters, a sentence end, closing quotes, then a capital
// and a lower-case letter. Leaves "U.S." and "3.5" alone.
void add_glued_cuts(Text p, std::vector<int32_t>& cuts) {
  for (size_t i = 2; i + 2 < p.size(); ++i) {
    if (p[i] != u'.' && p[i] != u'!' && p[i] != u'?') continue;
    if (!u_islower(p[i - 1]) || !u_islower(p[i - 2])) continue;
    const size_t next = skip(p, i + 1, is_closer);
    if (next + 1 < p.size() && u_isupper(p[next]) && u_islower(p[next + 1]))
      cuts.push_back(static_cast<int32_t>(next));
  }
}

// ICU never ends a sentence at "…"; a reader does when a capitalised sentence follows.
void add_ellipsis_cuts(Text p, std::vector<int32_t>& cuts) {
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] != u'…') continue;
    const size_t after = skip(p, i + 1, is_closer);
    const size_t start = skip(p, after, is_space);
    if (start == after) continue;
    if (is_capitalized(p, next_word(p, start))) cuts.push_back(static_cast<int32_t>(start));
  }
}

// "wrote on X. The", "met Joe. He": ICU's abbreviation list holds "X." and "Joe.".
void add_opener_cuts(Text p, const WordLists& lists, std::vector<int32_t>& cuts) {
  if (lists.openers.empty()) return;
  for (size_t i = 1; i + 1 < p.size(); ++i) {
    if (p[i] != u'.' || p[i + 1] == u'.' || p[i - 1] == u'.') continue;
    const Span before = word_before(p, i);
    if (before.empty() || in_list(p, before, lists.never_ends)) continue;
    const size_t after = skip(p, i + 1, is_closer);
    const size_t start = skip(p, after, is_space);
    if (start == after) continue;
    if (is_opener(p, next_word(p, start), lists)) cuts.push_back(static_cast<int32_t>(start));
  }
}

// Whether the break at `cut` should go: the text before it does not end a sentence.
bool joins_next(Text p, size_t cut, const WordLists& lists) {
  size_t end = cut;
  while (end > 0 && is_space(p[end - 1])) --end;
  size_t term = end;
  while (term > 0 && is_closer(p[term - 1])) --term;
  if (term == 0) return false;
  const char16_t mark = p[term - 1];
  const Span next = next_word(p, cut);
  if (next.empty()) return false;
  // "'Why?' he asked", "find it? and having found": the sentence goes on.
  if (mark == u'?' || mark == u'!') return u_islower(p[next.begin]);
  if (mark != u'.' || term != end) return false;
  const size_t dot = term - 1;
  if (dot > 0 && p[dot - 1] == u'.') return false;  // an ellipsis "..."
  const Span before = word_before(p, dot);
  if (before.empty()) return false;
  if (in_list(p, before, lists.never_ends)) return true;
  if (is_opener(p, next, lists)) return false;
  if (in_list(p, before, lists.titles)) return true;
  return is_initials(p, before) && is_capitalized(p, next);
}

}  // namespace

std::vector<int32_t> repair_sentence_cuts(std::u16string_view paragraph, std::vector<int32_t> cuts,
                                          std::string_view language) {
  const WordLists lists = word_lists(language);
  add_glued_cuts(paragraph, cuts);
  add_ellipsis_cuts(paragraph, cuts);
  add_opener_cuts(paragraph, lists, cuts);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  if (cuts.size() <= 2) return cuts;
  std::vector<int32_t> kept;
  kept.reserve(cuts.size());
  kept.push_back(cuts.front());
  for (size_t k = 1; k + 1 < cuts.size(); ++k)
    if (!joins_next(paragraph, static_cast<size_t>(cuts[k]), lists)) kept.push_back(cuts[k]);
  kept.push_back(cuts.back());
  return kept;
}

}  // namespace driftcheck
