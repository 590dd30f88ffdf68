#include "cli/suggest.h"

#include <algorithm>
#include <vector>

namespace driftcheck {
namespace {

// Two edits catch a swapped, dropped or doubled letter or two. Each edit needs three letters
// of name, so that a short word two edits away from a command ("bat" for "batch" is fine,
// "sign" for "align" is not) is not taken for it.
constexpr size_t kMostEdits = 2;
constexpr size_t kLettersPerEdit = 3;
constexpr size_t kShortestPrefix = 3;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view without_dashes(std::string_view name) {
  while (!name.empty() && name.front() == '-') name.remove_prefix(1);
  return name;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (lower(text[i]) != lower(prefix[i])) return false;
  return true;
}

// Edits that turn `a` into `b`, ignoring ASCII case; stops counting at `limit` + 1, which
// is all a caller that wants "close" needs.
size_t edit_distance(std::string_view a, std::string_view b, size_t limit) {
  const size_t longer = std::max(a.size(), b.size());
  if (longer - std::min(a.size(), b.size()) > limit) return limit + 1;
  // Optimal string alignment: three rows of the Damerau-Levenshtein table suffice.
  std::vector<size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    size_t row_best = current[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1]))
        current[j] = std::min(current[j], before[j - 2] + 1);
      row_best = std::min(row_best, current[j]);
    }
    if (row_best > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], limit + 1);
}

}  // namespace

std::string closest_name(std::string_view typed, const std::vector<std::string>& candidates) {
  const std::string_view word = without_dashes(typed);
  // One letter is too little to guess from, and -V is not a mistyped -v.
  if (word.size() < 2) return {};
  std::string best;
  size_t best_edits = kMostEdits + 1;
  for (const std::string& candidate : candidates) {
    const std::string_view name = without_dashes(candidate);
    const size_t edits = edit_distance(word, name, kMostEdits);
    if (edits * kLettersPerEdit > std::max(word.size(), name.size())) continue;
    if (edits < best_edits) {
      best_edits = edits;
      best = candidate;
    }
  }
  if (!best.empty() || word.size() < kShortestPrefix) return best;
  for (const std::string& candidate : candidates) {
    if (!starts_with_ignoring_case(without_dashes(candidate), word)) continue;
    if (!best.empty()) return {};  // "--ma" could be --max-bytes or --max-sentences
    best = candidate;
  }
  return best;
}

}  // namespace driftcheck
