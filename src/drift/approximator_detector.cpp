// Approximators (about, almost, more than, at least, up to) and quantifiers (some, all, most,
// few, everything) among the changed words. Entries of one class say the same thing ("about"
// = "around"); a change of class changes the claim. An approximator dropped makes an
// estimate exact (or "almost failed" a failure) and is judged more severely than one added.
#include "drift/approximator_detector.h"

#include <algorithm>
#include <cstdlib>

#include "drift/detector.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

// Quantifier classes two or more steps apart on none < few < some < many < majority <
// universal, or "none" against any other: "few people" / "many people", "some" / "most", "no
// one" / "a few" say another amount, not the same amount in other words.
bool far_apart(const std::string& a, const std::string& b) {
  static constexpr std::string_view kOrder[] = {"none", "few",      "some",
                                                "many", "majority", "universal"};
  auto rank = [&](const std::string& k) {
    const auto* it = std::find(std::begin(kOrder), std::end(kOrder), k);
    return it == std::end(kOrder) ? -1 : static_cast<int>(it - std::begin(kOrder));
  };
  const int x = rank(a), y = rank(b);
  if (x < 0 || y < 0) return false;
  return x == 0 || y == 0 || std::abs(x - y) >= 2;
}

struct Hit {
  size_t at = 0, length = 0;
  std::string klass;
};

bool number_follows(const BeadSide& side, size_t at) {
  // "about 90", "about a hundred", "over $5 million": the number comes next or after one
  // article or symbol.
  for (size_t k = at; k < side.words.size() && k < at + 2; ++k) {
    if (side.words[k].token->kind == TokenKind::number) return true;
    const std::string& w = side.words[k].folded;
    if (w != "a" && w != "an" && w != "$" && side.words[k].token->kind != TokenKind::symbol)
      return false;
  }
  return false;
}

// "close to half", "up to three": a number said in words, after at most an article.
bool number_word_follows(const BeadSide& side, size_t at) {
  static constexpr std::string_view kNumberWords[] = {
      "half",     "third",     "quarter", "dozen",    "dozens",  "hundred", "hundreds",
      "thousand", "thousands", "million", "millions", "billion", "one",     "two",
      "three",    "four",      "five",    "six",      "seven",   "eight",   "nine",
      "ten",      "twenty",    "thirty",  "forty",    "fifty"};
  for (size_t k = at; k < side.words.size() && k < at + 2; ++k) {
    const std::string& w = side.words[k].folded;
    if (std::find(std::begin(kNumberWords), std::end(kNumberWords), w) != std::end(kNumberWords))
      return true;
    if (w != "a" && w != "an") return false;
  }
  return false;
}

// Words that are approximators only before a number ("about 90", not "about Iran"; "close to
// 500", not "close to fans"; "short of 50", not "short of nurses").
bool needs_number(const BeadView& view, const WordListEntry& e) {
  if (e.words.size() >= 2 && (e.words.back() == "to" || e.words.back() == "of")) return true;
  if (e.words.size() != 1) return false;
  const std::string& w = e.words.front();
  return w == "some" || w == "estimated" ||
         word_list(view.language, WordListKind::stopwords).find(w) != nullptr;
}

// "both" opening a pair joined by "and" within a few words ("both Friday and Sunday") stresses
// the pair; it counts nothing the pair does not.
bool both_before_and(const BeadSide& side, size_t i) {
  constexpr size_t kPairWithin = 4;
  if (side.words[i].folded != "both") return false;
  for (size_t k = i + 2; k < side.words.size() && k <= i + kPairWithin; ++k)
    if (side.words[k].folded == "and") return true;
  return false;
}

bool is_scale_word(std::string_view w) {
  static constexpr std::string_view kScales[] = {"dozen", "hundred", "thousand", "million",
                                                 "billion"};
  return std::find(std::begin(kScales), std::end(kScales), w) != std::end(kScales);
}

std::vector<Hit> hits(const BeadView& view, bool original_side, WordListKind kind) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  const WordList& list = word_list(view.language, kind);
  const WordList& negators = word_list(view.language, WordListKind::negators);
  std::vector<Hit> out;
  for (size_t i = 0; i < side.words.size();) {
    size_t length = 0;
    const WordListEntry* e = list.match(side.folded, i, &length);
    const bool in_hunk =
        (original_side ? hunk_of_original(view, i) : hunk_of_rendition(view, i)) != nullptr;
    if (!e || !in_hunk || side.claimed[i]) {
      ++i;
      continue;
    }
    const size_t next = i + length;
    if (kind == WordListKind::approximators) {
      if (needs_number(view, *e) && !number_follows(side, next) &&
          !(e->words.size() >= 2 && number_word_follows(side, next)))
        e = nullptr;
    } else if (negators.find(side.words[i].folded)) {
      e = nullptr;  // "no", "none", "never": the negation detector's
    } else if (both_before_and(side, i)) {
      e = nullptr;  // "on both Friday and Sunday": the pair is named either way
    } else if (next < side.words.size() && is_scale_word(side.words[next].folded)) {
      e = nullptr;  // "several dozen" is a number ("dozens"), the number detector's
    }
    if (!e) {
      ++i;
      continue;
    }
    out.push_back({i, length, e->attribute});
    i = next;
  }
  return out;
}

void compare(BeadView& view, WordListKind kind, std::vector<Finding>& out) {
  // Quantifiers that count nothing of their own ("both Friday and Sunday", "several dozen")
  // are claimed, so that no other detector reports them either.
  if (kind == WordListKind::quantifiers)
    for (BeadSide* side : {&view.original, &view.rendition})
      for (size_t i = 0; i < side->words.size(); ++i) {
        size_t length = 0;
        if (both_before_and(*side, i) ||
            (word_list(view.language, kind).match(side->folded, i, &length) &&
             i + length < side->words.size() && is_scale_word(side->words[i + length].folded)))
          side->claimed[i] = true;
      }
  const std::vector<Hit> o = hits(view, true, kind);
  const std::vector<Hit> r = hits(view, false, kind);
  if (o.empty() && r.empty()) return;
  for (const Hit& h : o)
    for (size_t k = h.at; k < h.at + h.length; ++k) view.original.claimed[k] = true;
  for (const Hit& h : r)
    for (size_t k = h.at; k < h.at + h.length; ++k) view.rendition.claimed[k] = true;
  const bool approx = kind == WordListKind::approximators;
  const Category category = approx ? Category::approximator : Category::quantifier;
  const char* noun = approx ? "approximator " : "quantifier ";
  if (!o.empty() && !r.empty()) {
    const Hit& a = o.front();
    const Hit& b = r.front();
    if (a.klass == b.klass) return;
    const std::string at = words_text(view.original, a.at, a.at + a.length);
    const std::string bt = words_text(view.rendition, b.at, b.at + b.length);
    // Adverbs of frequency ("often", "always") against determiners ("all you want") count how
    // often, not how many: the class scale does not compare them.
    const WordNet& wn = WordNet::embedded();
    auto only_adverb = [&](const BeadSide& side, const Hit& hit) {
      const std::string& w = side.words[hit.at].folded;
      return hit.length == 1 && wn.knows(w, PartOfSpeech::adverb) &&
             !wn.knows(w, PartOfSpeech::adjective);
    };
    const bool comparable = !only_adverb(view.original, a) && !only_adverb(view.rendition, b);
    Finding f = make_finding(
        view, category,
        approx || !comparable || !far_apart(a.klass, b.klass) ? Severity::minor : Severity::major,
        a.at, a.at + a.length, b.at, b.at + b.length,
        quoted(at) + " became " + quoted(bt) + ": " + a.klass + " -> " + b.klass +
            " changes the amount claimed");
    f.evidence.emplace_back("class", a.klass + " -> " + b.klass);
    out.push_back(std::move(f));
    return;
  }
  if (!o.empty()) {
    const Hit& a = o.front();
    const Hunk* h = hunk_of_original(view, a.at);
    const std::string at = words_text(view.original, a.at, a.at + a.length);
    // An approximator dropped makes an estimate exact; a quantifier dropped generalizes.
    const Severity s = approx || view.tight ? Severity::major : Severity::minor;
    out.push_back(make_finding(view, category, s, a.at, a.at + a.length, h ? h->r_begin : 0,
                               h ? h->r_begin : 0,
                               noun + quoted(at) + " dropped: " +
                                   (approx ? "an approximate claim is now stated as exact"
                                           : "the claim now covers a different amount")));
    return;
  }
  const Hit& b = r.front();
  const Hunk* h = hunk_of_rendition(view, b.at);
  const std::string bt = words_text(view.rendition, b.at, b.at + b.length);
  const bool on_number = approx && number_follows(view.rendition, b.at + b.length);
  // Major only as a pure insertion into an otherwise copied sentence ("almost failed").
  bool replaces = false;
  if (h)
    for (size_t k = h->o_begin; k < h->o_end; ++k)
      if (view.original.words[k].content) replaces = true;
  const Severity s = view.tight && !on_number && !replaces ? Severity::major : Severity::minor;
  out.push_back(make_finding(view, category, s, h ? h->o_begin : 0, h ? h->o_begin : 0, b.at,
                             b.at + b.length,
                             noun + quoted(bt) + " added: " +
                                 (approx ? "the rendition qualifies what the original states"
                                         : "the claim now covers a different amount")));
}

}  // namespace

void detect_approximators(BeadView& view, std::vector<Finding>& out) {
  compare(view, WordListKind::approximators, out);
  compare(view, WordListKind::quantifiers, out);
}

}  // namespace driftcheck
