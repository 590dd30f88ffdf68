// Negation: compares the polarity of both sides by counting negators, so that "was not
// surprising" = "came as no surprise" and "was unable to" = "could not" stay quiet, and
// reports the negators that one side adds or drops.
#include "drift/negation_detector.h"

#include <algorithm>

#include "drift/bead_view.h"
#include "drift/detector.h"
#include "drift/polarity_words.h"
#include "drift/word_relation.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

// A negated phrase said by one negative word is short: "did not go far enough".
constexpr size_t kPhraseForWord = 5;

struct Negator {
  size_t at = 0;
  size_t length = 0;
};

// "not only", "not just": a focus construction, not a negation. "no doubt": certainty.
bool is_false_negator(const BeadSide& side, size_t at, size_t length) {
  const size_t next = at + length;
  if (next >= side.words.size()) return false;
  const std::string& first = side.words[at].folded;
  const std::string& after = side.words[next].folded;
  if (first == "not" && (after == "only" || after == "just" || after == "merely")) return true;
  if ((first == "no" || first == "without") && (after == "doubt" || after == "question"))
    return true;
  return false;
}

// "... did not either": the clause's last word after the negator is "either".
bool either_follows(const BeadSide& side, size_t from) {
  constexpr size_t kClauseTail = 4;
  for (size_t k = from; k < side.words.size() && k < from + kClauseTail; ++k)
    if (side.words[k].folded == "either") return true;
  return false;
}

std::vector<Negator> negators(const BeadSide& side, std::string_view language) {
  const WordList& list = word_list(language, WordListKind::negators);
  std::vector<Negator> out;
  bool neither = false;
  for (size_t i = 0; i < side.words.size();) {
    size_t length = 0;
    if (list.match(side.folded, i, &length) && !is_false_negator(side, i, length)) {
      // "neither ... nor", "did not ..., nor did", "did not ..., and ... did not either": one
      // negation spread over two clauses.
      const bool nor = side.words[i].folded == "nor";
      if (!((nor && (neither || !out.empty())) ||
            (!out.empty() && either_follows(side, i + length))))
        out.push_back({i, length});
      if (side.words[i].folded == "neither") neither = true;
      i += length;
    } else {
      ++i;
    }
  }
  return out;
}

// A negator in changed words whose hunk holds no negator on the other side: the one that
// was really added or dropped ("was unable to" -> "could not" is balanced).
bool changed(const BeadView& view, bool original_side, const Negator& n,
             const std::vector<Negator>& other) {
  for (size_t k = n.at; k < n.at + n.length; ++k) {
    const Hunk* h = original_side ? hunk_of_original(view, k) : hunk_of_rendition(view, k);
    if (!h) continue;
    const size_t b = original_side ? h->r_begin : h->o_begin;
    const size_t e = original_side ? h->r_end : h->o_end;
    for (const Negator& x : other)
      if (x.at >= b && x.at < e) return false;
    return true;
  }
  return false;
}

// The content word after position `k` in its sentence, or npos.
size_t next_content(const BeadSide& side, size_t k) {
  for (size_t i = k + 1; i < side.words.size() && side.words[i].sentence == side.words[k].sentence;
       ++i)
    if (side.words[i].content) return i;
  return std::string::npos;
}

// "more Arabic than African" / "Arabic, not African", "X instead of Y" / "X, not Y": the
// negator excludes the very word the other side sets aside with "than" or "instead of".
// Returns the other side's marker word, or npos. "not Arabic but African" negates the
// favoured word and stays a reversal.
size_t restated_contrast(const BeadView& view, bool added, const Negator& n) {
  const BeadSide& negating = added ? view.rendition : view.original;
  const BeadSide& other = added ? view.original : view.rendition;
  const size_t negated = next_content(negating, n.at + n.length - 1);
  if (negated == std::string::npos) return std::string::npos;
  for (size_t k = 0; k + 1 < other.words.size(); ++k) {
    const std::string& w = other.words[k].folded;
    size_t set_aside = std::string::npos;
    if (w == "than") set_aside = next_content(other, k);
    if (w == "instead" && other.words[k + 1].folded == "of") set_aside = next_content(other, k + 1);
    if (set_aside != std::string::npos && other.words[set_aside].key == negating.words[negated].key)
      return k;
  }
  return std::string::npos;
}

// The other side's changed word that says the same as a negating content word ("denied the
// allegations" / "In a statement, ... rejected the accusations"): the negation is said by a
// verb of that sense, wherever the diff put it. npos if none.
size_t negating_word_said_otherwise(const BeadView& view, bool added, const Negator& n) {
  const BeadSide& side = added ? view.rendition : view.original;
  const BeadSide& other = added ? view.original : view.rendition;
  // Negators that are verbs ("deny", "lack", "failed to", "refused to"), not "not" or
  // "never". The verb may be said by its noun: "for failing to" / "for its failure to".
  const bool verb_to = n.length == 2 && side.words[n.at + 1].folded == "to";
  if ((n.length != 1 && !verb_to) ||
      !WordNet::embedded().knows(side.words[n.at].folded, PartOfSpeech::verb))
    return std::string::npos;
  for (const Hunk& h : view.hunks)
    for (size_t k = added ? h.o_begin : h.r_begin; k < (added ? h.o_end : h.r_end); ++k) {
      if (other.claimed[k] || !other.words[k].content) continue;
      const Word& o = added ? other.words[k] : side.words[n.at];
      const Word& r = added ? side.words[n.at] : other.words[k];
      // "failed to" is near "went" in a rare sense; the verb with "to" must be said outright.
      const WordLink l = judge_words(view, o, r).link;
      if (l == WordLink::equivalent || (l == WordLink::near && !verb_to)) return k;
    }
  return std::string::npos;
}

}  // namespace

void detect_negation(BeadView& view, std::vector<Finding>& out) {
  const std::vector<Negator> o = negators(view.original, view.language);
  const std::vector<Negator> r = negators(view.rendition, view.language);
  // Claim every negator: a change between two negators of one polarity is wording only.
  for (const Negator& n : o)
    for (size_t k = n.at; k < n.at + n.length; ++k) view.original.claimed[k] = true;
  for (const Negator& n : r)
    for (size_t k = n.at; k < n.at + n.length; ++k) view.rendition.claimed[k] = true;
  // "could not", "cannot": the modal belongs to the negation ("was unable to" = "could not").
  for (BeadSide* side : {&view.original, &view.rendition})
    for (const Negator& n : side == &view.original ? o : r)
      if (n.at > 0 &&
          word_list(view.language, WordListKind::hedges).find(side->words[n.at - 1].folded))
        side->claimed[n.at - 1] = true;
  if (o.size() == r.size()) {
    report_prefix_dropped(view, out);
    return;
  }
  // "traffic goes on uninterrupted" / "traffic continues without interruptions", "did not go
  // far enough" / "was insufficient": a negator on one side, a negative word on the other.
  const std::vector<size_t> op = prefix_negatives(view, true), rp = prefix_negatives(view, false);
  // "did not accept" / "rejected", "did not win" / "lost": the negator dropped and the verb
  // traded for its opposite say the same; each opposite pair balances one negator.
  if (const auto pairs = opposite_pairs(view);
      !pairs.empty() &&
      pairs.size() == (o.size() > r.size() ? o.size() - r.size() : r.size() - o.size())) {
    const bool added = r.size() > o.size();
    const Negator& n = added ? r.back() : o.back();
    const BeadSide& side = added ? view.rendition : view.original;
    for (auto [a, b] : pairs) view.original.claimed[a] = view.rendition.claimed[b] = true;
    const auto [a, b] = pairs.front();
    const std::string negator = quoted(words_text(side, n.at, n.at + n.length));
    Finding f = make_finding(
        view, Category::negation, Severity::info, added ? a : n.at, added ? a + 1 : n.at + n.length,
        added ? n.at : b, added ? n.at + n.length : b + 1,
        negator + (added ? " added" : " dropped") + " and " +
            quoted(view.original.words[a].token->text) + " became its opposite " +
            quoted(view.rendition.words[b].token->text) + ": the polarity is the same");
    out.push_back(std::move(f));
    return;
  }
  if (o.size() + op.size() == r.size() + rp.size() && !(op.empty() && rp.empty())) {
    for (size_t k : op) view.original.claimed[k] = true;
    for (size_t k : rp) view.rendition.claimed[k] = true;
    // The negator of the side with more, against the negative word of the other.
    const bool added = r.size() > o.size();
    const Negator& n = added ? r.back() : o.back();
    const std::vector<size_t>& word = added ? op : rp;
    const size_t w = word.empty() ? 0 : word.front();
    const size_t we = word.empty() ? 0 : w + 1;
    // "did not go far enough" / "was insufficient": the negated phrase and the negative word
    // fill one hunk; its words say the one thing the other side says in one word.
    if (const Hunk* h = added ? hunk_of_rendition(view, n.at) : hunk_of_original(view, n.at);
        h && !word.empty() && h->o_end - h->o_begin <= kPhraseForWord &&
        h->r_end - h->r_begin <= kPhraseForWord && w >= (added ? h->o_begin : h->r_begin) &&
        w < (added ? h->o_end : h->r_end)) {
      for (size_t k = h->o_begin; k < h->o_end; ++k) view.original.claimed[k] = true;
      for (size_t k = h->r_begin; k < h->r_end; ++k) view.rendition.claimed[k] = true;
    }
    const BeadSide& side = added ? view.rendition : view.original;
    Finding f = make_finding(
        view, Category::negation, Severity::info, added ? w : n.at, added ? we : n.at + n.length,
        added ? n.at : w, added ? n.at + n.length : we,
        quoted(words_text(side, n.at, n.at + n.length)) + (added ? " added" : " dropped") +
            " where the other text negates by a prefix: the polarity is the "
            "same");
    out.push_back(std::move(f));
    return;
  }

  const bool added = r.size() > o.size();
  const std::vector<Negator>& more = added ? r : o;
  if (const size_t marker = restated_contrast(view, added, more.back());
      (added ? r.size() - o.size() : o.size() - r.size()) == 1 && marker != std::string::npos) {
    const Negator& n = more.back();
    BeadSide& other = added ? view.original : view.rendition;
    // "more", "rather" and "than" said the contrast the negator now says.
    for (size_t k = marker > 0 ? marker - 1 : 0; k <= marker + 1 && k < other.words.size(); ++k)
      if (other.words[k].folded == "rather" || other.words[k].folded == "than" ||
          other.words[k].folded == "instead" || other.words[k].folded == "of")
        other.claimed[k] = true;
    for (size_t k = 0; k < marker && k < other.words.size(); ++k)
      if (other.words[k].folded == "more" &&
          other.words[k].sentence == other.words[marker].sentence)
        other.claimed[k] = true;
    const std::string words =
        quoted(words_text(added ? view.rendition : view.original, n.at, n.at + n.length));
    Finding f = make_finding(view, Category::negation, Severity::info, added ? marker : n.at,
                             added ? marker + 1 : n.at + n.length, added ? n.at : marker,
                             added ? n.at + n.length : marker + 1,
                             words + (added ? " added" : " dropped") + " where the " +
                                 (added ? "original" : "rendition") + " sets the same word " +
                                 "aside with " + quoted(other.words[marker].token->text) +
                                 ": the same contrast");
    out.push_back(std::move(f));
    return;
  }
  if (const size_t k = negating_word_said_otherwise(view, added, more.back());
      (added ? r.size() - o.size() : o.size() - r.size()) == 1 && k != std::string::npos) {
    const Negator& n = more.back();
    BeadSide& other = added ? view.original : view.rendition;
    other.claimed[k] = true;
    const std::string word =
        quoted(words_text(added ? view.rendition : view.original, n.at, n.at + n.length));
    out.push_back(make_finding(
        view, Category::negation, Severity::info, added ? k : n.at, added ? k + 1 : n.at + n.length,
        added ? n.at : k, added ? n.at + n.length : k + 1,
        word + (added ? " added" : " dropped") + " where the " +
            (added ? "original" : "rendition") + " says " + quoted(other.words[k].token->text) +
            ", a word of the same sense: the polarity is the same"));
    return;
  }
  const size_t to_report = added ? r.size() - o.size() : o.size() - r.size();
  // Prefer the negators that sit in changed words; fall back to the last ones.
  std::vector<Negator> picks;
  for (const Negator& n : more)
    if (picks.size() < to_report && changed(view, !added, n, added ? o : r)) picks.push_back(n);
  for (auto it = more.rbegin(); it != more.rend() && picks.size() < to_report; ++it)
    if (std::none_of(picks.begin(), picks.end(), [&](const Negator& p) { return p.at == it->at; }))
      picks.push_back(*it);

  for (const Negator& n : picks) {
    const BeadSide& side = added ? view.rendition : view.original;
    const std::string words = words_text(side, n.at, n.at + n.length);
    size_t ob, oe, rb, re;
    if (added) {
      rb = n.at, re = n.at + n.length;
      const Hunk* h = hunk_of_rendition(view, n.at);
      ob = oe = h ? h->o_begin : 0;
      if (h) oe = h->o_end;
    } else {
      ob = n.at, oe = n.at + n.length;
      const Hunk* h = hunk_of_original(view, n.at);
      rb = re = h ? h->r_begin : 0;
      if (h) re = h->r_end;
    }
    std::string message =
        added ? quoted(words) + " added: the rendition negates what the original affirms"
              : quoted(words) + " dropped: the rendition affirms what the original negates";
    Finding f = make_finding(view, Category::negation, Severity::critical, ob, oe, rb, re,
                             std::move(message));
    f.evidence.emplace_back("negators", std::to_string(o.size()) + " in the original, " +
                                            std::to_string(r.size()) + " in the rendition");
    out.push_back(std::move(f));
  }
}

}  // namespace driftcheck
