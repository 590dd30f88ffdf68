// Comparatives dropped from a list: "deadlier and harder to bring down" -> "more difficult
// to intercept" keeps one quality of two. Runs right before the lexical detector, which would
// otherwise see the dropped comparative as one more changed word.
#include "drift/comparative_detector.h"

#include "drift/detector.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

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
void dropped_comparatives(BeadView& view, const Hunk& h, std::vector<Finding>& out) {
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

}  // namespace

void detect_comparatives(BeadView& view, std::vector<Finding>& out) {
  for (const Hunk& h : view.hunks) dropped_comparatives(view, h, out);
}

}  // namespace driftcheck
