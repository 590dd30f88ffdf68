#include "drift/moved_block.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "drift/detector.h"
#include "lexicon/word_lists.h"

namespace driftcheck {
namespace {

enum class End { none, front, back };

// Words [begin, stop) of a side, at its front or back, and what identifies the block on the
// other side: the reporting verb's key, or the subordinating word.
struct Block {
  End end = End::none;
  size_t begin = 0, stop = 0;
  std::string_view key;
};

// Index of the word after the last comma before token `t` of the side, or npos.
size_t after_last_comma(const BeadSide& side, size_t t) {
  size_t after = std::string_view::npos;
  for (size_t k = 0; k < t; ++k)
    if (side.tokens[k]->folded == ",")
      after = k + 1 < side.word_at_token.size() && side.word_at_token[k + 1] >= 0
                  ? static_cast<size_t>(side.word_at_token[k + 1])
                  : side.words.size();
  return after;
}

// The attribution: the reporting verb and its subject at the front (no comma before the
// verb, "that" after it kept with it) or at the back (after the last comma).
Block attribution(const BeadView& view, const BeadSide& side) {
  constexpr size_t kMaxSubjectWords = 4;
  const WordList& reporting = word_list(view.language, WordListKind::reporting_verbs);
  const size_t n = side.words.size();
  for (size_t v = 0; v < n; ++v) {
    if (reporting.find(side.words[v].folded) == nullptr) continue;
    const size_t after = after_last_comma(side, token_index(side, v));
    if (after == std::string_view::npos && v <= kMaxSubjectWords && v + 1 < n) {
      const size_t stop = side.words[v + 1].folded == "that" ? v + 2 : v + 1;
      return {End::front, 0, stop, side.words[v].key};
    }
    if (after != std::string_view::npos && after <= v && n - after <= kMaxSubjectWords + 1)
      return {End::back, after, n, side.words[v].key};
  }
  return {};
}

// A subordinate clause: opening the sentence up to its first comma, or closing it from its
// subordinating word on.
Block clause(const BeadSide& side) {
  static constexpr std::array<std::string_view, 13> kSubordinators = {
      "when",   "after", "before", "as",    "because", "while", "although",
      "though", "if",    "since",  "until", "unless",  "once"};
  constexpr size_t kMinRest = 3;
  const size_t n = side.words.size();
  auto subordinator = [&](size_t i) {
    return std::find(kSubordinators.begin(), kSubordinators.end(), side.words[i].folded) !=
           kSubordinators.end();
  };
  if (n > kMinRest && subordinator(0)) {
    for (size_t t = token_index(side, 0); t < side.tokens.size(); ++t)
      if (side.tokens[t]->folded == "," && t + 1 < side.word_at_token.size() &&
          side.word_at_token[t + 1] >= 0) {
        const auto stop = static_cast<size_t>(side.word_at_token[t + 1]);
        if (stop + kMinRest <= n) return {End::front, 0, stop, side.words[0].folded};
        break;
      }
    return {};
  }
  for (size_t i = kMinRest; i + 1 < n; ++i)
    if (subordinator(i)) return {End::back, i, n, side.words[i].folded};
  return {};
}

// Longest common subsequence of two key sequences.
size_t lcs(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
  std::vector<size_t> row(y.size() + 1, 0), prev(y.size() + 1, 0);
  for (size_t i = 1; i <= x.size(); ++i) {
    for (size_t k = 1; k <= y.size(); ++k)
      row[k] = x[i - 1] == y[k - 1] ? prev[k - 1] + 1 : std::max(prev[k], row[k - 1]);
    std::swap(row, prev);
  }
  return prev[y.size()];
}

double order_with(const BeadView& view, const Block& a, const Block& b) {
  if (a.end == End::none || b.end == End::none || a.end == b.end || a.key != b.key) return -1;
  auto keys = [](const BeadSide& side, const Block& block, bool inside) {
    std::vector<std::string_view> out;
    for (size_t i = 0; i < side.words.size(); ++i)
      if (side.words[i].content && (i >= block.begin && i < block.stop) == inside)
        out.push_back(side.words[i].key);
    return out;
  };
  const auto x_rest = keys(view.original, a, false), y_rest = keys(view.rendition, b, false);
  const auto x_block = keys(view.original, a, true), y_block = keys(view.rendition, b, true);
  const size_t total = x_rest.size() + y_rest.size() + x_block.size() + y_block.size();
  if (x_rest.empty() || y_rest.empty() || total == 0) return -1;
  return 2.0 * static_cast<double>(lcs(x_rest, y_rest) + lcs(x_block, y_block)) /
         static_cast<double>(total);
}

}  // namespace

double order_with_moved_block(const BeadView& view) {
  return std::max(
      order_with(view, attribution(view, view.original), attribution(view, view.rendition)),
      order_with(view, clause(view.original), clause(view.rendition)));
}

}  // namespace driftcheck
