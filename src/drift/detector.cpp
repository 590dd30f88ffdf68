#include "drift/detector.h"

#include <algorithm>

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

bool is_hearsay_adverb_of(std::string_view adverb, std::string_view verb) {
  constexpr size_t kStem = 5;  // "report", "alleg", "purport", "suppos"
  return verb.size() >= kStem && adverb.size() > kStem + 4 && adverb.size() > verb.size() &&
         adverb.ends_with("edly") && adverb.substr(0, kStem) == verb.substr(0, kStem);
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

bool all_quoted(const BeadSide& side, size_t b, size_t e) {
  if (b >= e) return b < side.words.size() && side.words[b].in_quote;
  for (size_t k = b; k < e; ++k)
    if (!side.words[k].in_quote) return false;
  return true;
}

void mark_quote(const BeadView& view, Finding& f, size_t ob, size_t oe, size_t rb, size_t re) {
  if (f.category == Category::antonym) return;
  if (!all_quoted(view.original, ob, oe) || !all_quoted(view.rendition, rb, re)) return;
  f.category = Category::quote;
  if (!view.tight) f.severity = std::min(f.severity, Severity::minor);
  f.message = "inside a quote: " + f.message;
}

}  // namespace driftcheck
