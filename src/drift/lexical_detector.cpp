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

#include "drift/detector.h"
#include "lexicon/spelling.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

// Dropped or added content words in one hunk from this many on are a clause, not a word:
// major even in a free translation.
constexpr size_t kClauseWords = 3;

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
    if (c > 0 && u_isalpha(c) && uscript_getScript(c, nullptr) != USCRIPT_LATIN) return false;
  }
  return true;
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

bool is_typo(std::string_view a, std::string_view b) {
  const size_t shorter = std::min(a.size(), b.size());
  if (shorter < 4) return false;
  const size_t limit = shorter >= 8 ? 2 : 1;
  return edit_distance(a, b) <= limit;
}

enum class Link { antonym, equivalent, near, typo, foreign, unknown, unrelated };

struct Judged {
  Link link = Link::unrelated;
  std::string why;
};

Judged judge(const Word& a, const Word& b) {
  const WordNet& wn = WordNet::embedded();
  if (spelling_variant(a.folded, b.folded)) return {Link::equivalent, "spelling variant"};
  if (is_latin(a.folded) && !is_latin(b.folded)) return {Link::foreign, "a word in another script"};
  const WordRelation common = wn.relate_common(a.folded, b.folded);
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
    if (is_typo(a.folded, b.folded)) return {Link::typo, "a misspelling"};
    if (a_known && !b_known) return {Link::unknown, "not an English word WordNet knows"};
    return {Link::unknown, "WordNet does not know one of them"};
  }
  const WordRelation any = wn.relate(a.folded, b.folded);
  if (any == WordRelation::antonym) return {Link::antonym, "WordNet lists them as opposites"};
  if (any == WordRelation::synonym || any == WordRelation::same_lemma)
    return {Link::near, "synonyms only in a rare sense"};
  if (common == WordRelation::coordinate)
    return {Link::near, "sister terms in WordNet (same broader term)"};
  if (is_typo(a.folded, b.folded)) return {Link::typo, "a misspelling"};
  return {Link::unrelated, "WordNet has no sense linking them"};
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

bool counts(const BeadView& view, const Word& w) {
  return w.content || (view.tight && is_focus_word(w.folded));
}

void report_run(BeadView& view, bool original_side, const std::vector<size_t>& idx, const Hunk& h,
                std::vector<Finding>& out) {
  if (idx.empty()) return;
  const size_t b = idx.front(), e = idx.back() + 1;
  const BeadSide& side = original_side ? view.original : view.rendition;
  const std::string text = words_text(side, b, e);
  const Severity severity =
      view.tight || idx.size() >= kClauseWords ? Severity::major : Severity::minor;
  Finding f = original_side
                  ? make_finding(view, Category::omission, severity, b, e, h.r_begin, h.r_begin,
                                 quoted(text) + " dropped: the rendition no longer says it")
                  : make_finding(view, Category::addition, severity, h.o_begin, h.o_begin, b, e,
                                 quoted(text) + " added: the original does not say it");
  f.evidence.emplace_back("content words", std::to_string(idx.size()));
  if (original_side)
    mark_quote(view, f, b, e, h.r_begin, h.r_begin);
  else
    mark_quote(view, f, h.o_begin, h.o_begin, b, e);
  out.push_back(std::move(f));
}

void report_pair(BeadView& view, size_t o, size_t r, const Hunk& h, std::vector<Finding>& out) {
  const Word& a = view.original.words[o];
  const Word& b = view.rendition.words[r];
  const Judged j = judge(a, b);
  const std::string change = quoted(a.token->text) + " became " + quoted(b.token->text);
  const bool one_to_one = [&] {
    size_t no = 0, nr = 0;
    for (size_t k = h.o_begin; k < h.o_end; ++k) no += view.original.words[k].content;
    for (size_t k = h.r_begin; k < h.r_end; ++k) nr += view.rendition.words[k].content;
    return no == 1 && nr == 1;
  }();
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
    case Link::near:
      category = view.tight ? Category::substitution : Category::format;
      severity = view.tight ? Severity::major : Severity::info;
      message = change + ": close but not the same (" + j.why + ")";
      break;
    case Link::foreign:
      severity = Severity::major;
      message = change + ": " + j.why + " replaced the original word";
      break;
    case Link::unknown:
      severity = view.tight ? Severity::major : Severity::minor;
      message = change + ": " + j.why;
      break;
    case Link::unrelated:
      severity = view.tight || one_to_one ? Severity::major : Severity::minor;
      message = change + ": a different meaning; " + j.why;
      break;
  }
  Finding f = make_finding(view, category, severity, o, o + 1, r, r + 1, std::move(message));
  f.evidence.emplace_back("wordnet", j.why);
  mark_quote(view, f, o, o + 1, r, r + 1);
  out.push_back(std::move(f));
}

bool repeats_neighbour(const BeadSide& side, size_t i) {
  return (i > 0 && side.words[i - 1].key == side.words[i].key) ||
         (i + 1 < side.words.size() && side.words[i + 1].key == side.words[i].key);
}

}  // namespace

void detect_lexical(BeadView& view, std::vector<Finding>& out) {
  for (const Hunk& h : view.hunks) {
    std::vector<size_t> d, a;
    for (size_t o = h.o_begin; o < h.o_end; ++o) {
      const Word& w = view.original.words[o];
      if (view.original.claimed[o] || !counts(view, w)) continue;
      if (repeats_neighbour(view.original, o)) continue;  // "then then" -> "then"
      d.push_back(o);
    }
    for (size_t r = h.r_begin; r < h.r_end; ++r) {
      const Word& w = view.rendition.words[r];
      if (view.rendition.claimed[r] || !counts(view, w)) continue;
      if (repeats_neighbour(view.rendition, r)) continue;  // "daylight daylight"
      a.push_back(r);
    }
    // Pair words WordNet links first, wherever they sit in the hunk.
    std::vector<bool> d_used(d.size()), a_used(a.size());
    for (size_t i = 0; i < d.size(); ++i) {
      for (size_t k = 0; k < a.size(); ++k) {
        if (a_used[k]) continue;
        const Link l = judge(view.original.words[d[i]], view.rendition.words[a[k]]).link;
        if (l == Link::antonym || l == Link::equivalent || l == Link::typo) {
          report_pair(view, d[i], a[k], h, out);
          d_used[i] = a_used[k] = true;
          break;
        }
      }
    }
    std::vector<size_t> d_left, a_left;
    for (size_t i = 0; i < d.size(); ++i)
      if (!d_used[i]) d_left.push_back(d[i]);
    for (size_t k = 0; k < a.size(); ++k)
      if (!a_used[k]) a_left.push_back(a[k]);
    // Then by position: the i-th dropped word became the i-th added one.
    const size_t pairs = std::min(d_left.size(), a_left.size());
    for (size_t i = 0; i < pairs; ++i) report_pair(view, d_left[i], a_left[i], h, out);
    report_run(view, true, std::vector<size_t>(d_left.begin() + pairs, d_left.end()), h, out);
    report_run(view, false, std::vector<size_t>(a_left.begin() + pairs, a_left.end()), h, out);
    for (size_t o = h.o_begin; o < h.o_end; ++o) view.original.claimed[o] = true;
    for (size_t r = h.r_begin; r < h.r_end; ++r) view.rendition.claimed[r] = true;
  }
}

}  // namespace driftcheck
