#include "drift/detector.h"

#include <algorithm>
#include <span>

#include "lexicon/wordnet.h"

namespace driftcheck {

Finding make_finding(const BeadView& view, Category category, Severity severity, size_t ob,
                     size_t oe, size_t rb, size_t re, std::string message) {
  Finding f;
  f.category = category;
  f.severity = severity;
  f.original = span_of(view.original, ob, oe);
  f.rendition = span_of(view.rendition, rb, re);
  f.message = std::move(message);
  f.bead = view.bead;
  return f;
}

const Hunk* hunk_of_original(const BeadView& view, size_t o) {
  for (const Hunk& h : view.hunks)
    if (o >= h.o_begin && o < h.o_end) return &h;
  return nullptr;
}

const Hunk* hunk_of_rendition(const BeadView& view, size_t r) {
  for (const Hunk& h : view.hunks)
    if (r >= h.r_begin && r < h.r_end) return &h;
  return nullptr;
}

std::string quoted(const std::string& text) { return "'" + text + "'"; }

size_t edit_distance_at_most(std::string_view a, std::string_view b, size_t limit) {
  const size_t over = limit + 1;
  // A shared prefix and suffix cost nothing: two copies of one long token are compared in one
  // pass, not in the band.
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > limit) return over;
  if (b.empty()) return a.size();
  // Ukkonen's band: a cell more than `limit` off the diagonal costs more than `limit`. Row i
  // keeps columns j = i - limit .. i + limit at k = j - i + limit.
  const size_t width = 2 * limit + 1;
  std::vector<size_t> prev(width, over), cur(width, over);
  for (size_t k = limit; k < width && k - limit <= b.size(); ++k) prev[k] = k - limit;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t best = over;
    for (size_t k = 0; k < width; ++k) {
      cur[k] = over;
      if (i + k < limit || i + k - limit > b.size()) continue;  // j outside [0, b.size()]
      const size_t j = i + k - limit;
      size_t d = j == 0 ? i : prev[k] + (a[i - 1] != b[j - 1]);
      if (k + 1 < width) d = std::min(d, prev[k + 1] + 1);
      if (k > 0) d = std::min(d, cur[k - 1] + 1);
      cur[k] = std::min(d, over);
      best = std::min(best, cur[k]);
    }
    if (best > limit) return over;
    std::swap(prev, cur);
  }
  return prev[b.size() + limit - a.size()];
}

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
    const Token* a = side.words[k].token;
    const Token* b = side.words[k + 1].token;
    size_t t = 0;
    while (t < side.tokens.size() && side.tokens[t] != a) ++t;
    if (t + 1 >= side.tokens.size() || side.tokens[t + 1] != b) return nullptr;
    return &side.words[k + 1];
  };
  const std::string& w = side.words[i].folded;
  const Word* n = next(i);
  if (n == nullptr) return false;
  if (in_list(kArticles, w)) {
    if (in_list(kAuxiliaries, n->folded) || needs_continuation(n->folded)) return true;
    const WordNet& wn = WordNet::embedded();
    if (wn.knows(n->folded, PartOfSpeech::adjective) && !wn.knows(n->folded, PartOfSpeech::noun))
      if (const Word* m = next(i + 1); m && in_list(kAuxiliaries, m->folded)) return true;
    return false;
  }
  return w == "there" && in_list(kAfterThereBroken, n->folded);
}

std::vector<size_t> dangling(const BeadSide& side) {
  std::vector<size_t> out;
  for (size_t t = 0; t < side.tokens.size(); ++t) {
    const int w = side.word_at_token[t];
    if (w >= 0 && cut_after(side, static_cast<size_t>(w))) {
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
    if (last || next == "." || next == "," || next == "!" || next == "?" || next == ";" ||
        next == ")")
      out.push_back(static_cast<size_t>(w));
  }
  return out;
}

}  // namespace

void detect_broken_sentence(BeadView& view, std::vector<Finding>& out) {
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

void detect_question(BeadView& view, std::vector<Finding>& out) {
  if (view.original.question == view.rendition.question) return;
  if (view.original.words.empty() || view.rendition.words.empty()) return;
  const size_t on = view.original.words.size();
  const size_t rn = view.rendition.words.size();
  const bool asked = view.rendition.question;
  Finding f = make_finding(view, Category::modality, Severity::major, 0, on, 0, rn,
                           asked ? "a statement became a question: the rendition no longer "
                                   "asserts what the original states"
                                 : "a question became a statement: the rendition asserts what "
                                   "the original only asks");
  f.evidence.emplace_back("mood", asked ? "statement -> question" : "question -> statement");
  out.push_back(std::move(f));
}

}  // namespace driftcheck
