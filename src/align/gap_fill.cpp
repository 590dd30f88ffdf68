// The gaps of the path: leftovers paired by length (Gale-Church) between two kept matches,
// and leftovers joined to the match next to them.
#include <algorithm>
#include <cmath>

#include "align/align_phases.h"

namespace driftcheck {
namespace {

// Length ratio of the rendition to the original over the kept matches: the documents'
// ratio counts page content and dropped or added passages, the matches' does not.
double matched_length_ratio(const PairProfiles& p, const std::vector<SearchBead>& matches) {
  double lo = 0.0, lr = 0.0;
  for (const SearchBead& b : matches) {
    for (int k = b.original_begin; k < b.original_end; ++k)
      lo += p.original()[static_cast<size_t>(k)].length;
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      lr += p.rendition()[static_cast<size_t>(k)].length;
  }
  return lo > 0.0 && lr > 0.0 ? lr / lo : p.length_ratio();
}

// Length fit of two groups: |log(len_r / (c * len_o))|, smoothed as in bead_gain.
double length_mismatch(const PairProfiles& p, double ratio, int ob, int oe, int rb, int re) {
  double lo = 0.0, lr = 0.0;
  for (int k = ob; k < oe; ++k) lo += p.original()[static_cast<size_t>(k)].length;
  for (int k = rb; k < re; ++k) lr += p.rendition()[static_cast<size_t>(k)].length;
  constexpr double kSmooth = 20.0;
  return std::abs(std::log((lr + kSmooth) / (ratio * lo + kSmooth)));
}

std::vector<int> range_ids(int begin, int end) {
  std::vector<int> out;
  for (int k = begin; k < end; ++k) out.push_back(k);
  return out;
}

bool all_punctuated(const std::vector<SentenceProfile>& side, int begin, int end) {
  for (int k = begin; k < end; ++k)
    if (!side[static_cast<size_t>(k)].punctuated) return false;
  return true;
}

// Gale-Church inside a gap of the path: between two kept matches, the leftover sentences of
// both sides are aligned by a small dynamic program over 1:0, 0:1, 1:1, 1:2 and 2:1 in which
// length fit is the main evidence and shared words add to it. A gap of one omitted and one
// added sentence of similar length is, in a rendition, nearly always one sentence reworded
// past recognition; a gap of two and two, two such sentences.
void align_hole(const PairProfiles& p, double ratio, const std::vector<int>& hole_o,
                const std::vector<int>& hole_r, const AlignOptions& options,
                std::vector<SearchBead>& filled) {
  const int n = static_cast<int>(hole_o.size());
  const int m = static_cast<int>(hole_r.size());
  if (n == 0 || m == 0 || n > options.hole_max || m > options.hole_max) return;
  const double fit = std::log(options.hole_length_ratio);
  struct Cell {
    double best = -1e300;
    int a = 0, b = 0;
    double cos = 0.0;
  };
  std::vector<Cell> dp(static_cast<size_t>((n + 1) * (m + 1)));
  auto at = [&](int i, int j) -> Cell& { return dp[static_cast<size_t>(i * (m + 1) + j)]; };
  at(0, 0).best = 0.0;
  static constexpr int kShapesHole[][2] = {{1, 0}, {0, 1}, {1, 1}, {1, 2}, {2, 1}};
  for (int i = 0; i <= n; ++i)
    for (int j = 0; j <= m; ++j) {
      if (i == 0 && j == 0) continue;
      Cell& here = at(i, j);
      for (const auto& shape : kShapesHole) {
        const int a = shape[0], b = shape[1];
        if (a > i || b > j || at(i - a, j - b).best <= -1e299) continue;
        double gain = 0.0, cos = 0.0;
        if (a > 0 && b > 0) {
          const int ob = hole_o[static_cast<size_t>(i - a)],
                    oe = hole_o[static_cast<size_t>(i - 1)] + 1;
          const int rb = hole_r[static_cast<size_t>(j - b)],
                    re = hole_r[static_cast<size_t>(j - 1)] + 1;
          if (oe - ob != a || re - rb != b) continue;  // not contiguous
          cos = group_similarity(p, range_ids(ob, oe), range_ids(rb, re));
          // Length alone pairs only sentences: a label or heading sharing no word with a
          // sentence is not its rewording.
          if (cos <= 0.0 &&
              !(all_punctuated(p.original(), ob, oe) && all_punctuated(p.rendition(), rb, re)))
            continue;
          const double mm = length_mismatch(p, ratio, ob, oe, rb, re);
          gain = 0.5 * (a + b) *
                 (fit - mm + options.hole_cosine_weight * cos -
                  (a + b > 2 ? options.hole_split_penalty : 0.0));
        }
        const double total = at(i - a, j - b).best + gain;
        if (total > here.best) here = {total, a, b, cos};
      }
    }
  for (int i = n, j = m; i > 0 || j > 0;) {
    const Cell& c = at(i, j);
    if (c.a > 0 && c.b > 0)
      filled.push_back(
          {hole_o[static_cast<size_t>(i - c.a)], hole_o[static_cast<size_t>(i - 1)] + 1,
           hole_r[static_cast<size_t>(j - c.b)], hole_r[static_cast<size_t>(j - 1)] + 1, c.cos});
    i -= c.a;
    j -= c.b;
  }
}

}  // namespace

void fill_holes(const PairProfiles& profiles, const std::vector<SearchBead>& path,
                AlignmentParts& parts, const AlignOptions& options) {
  const std::vector<SearchBead>& moves = parts.moves;
  std::vector<int>& omitted = parts.omitted;
  std::vector<int>& added = parts.added;
  std::vector<SearchBead>& matches = parts.matches;
  std::vector<bool> moved_o(profiles.original().size(), false);
  std::vector<bool> moved_r(profiles.rendition().size(), false);
  for (const SearchBead& b : moves) {
    for (int k = b.original_begin; k < b.original_end; ++k) moved_o[static_cast<size_t>(k)] = true;
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      moved_r[static_cast<size_t>(k)] = true;
  }
  std::vector<bool> left_o(profiles.original().size(), false);
  std::vector<bool> left_r(profiles.rendition().size(), false);
  for (int k : omitted) left_o[static_cast<size_t>(k)] = !moved_o[static_cast<size_t>(k)];
  for (int k : added) left_r[static_cast<size_t>(k)] = !moved_r[static_cast<size_t>(k)];
  // Walk the path; between two kept matches collect what is left over.
  const double ratio = matched_length_ratio(profiles, matches);
  std::vector<int> hole_o, hole_r;
  // Moved sentences are left out of a gap; the rest of it is still in order on both sides.
  std::vector<SearchBead> filled;
  auto close_hole = [&]() {
    align_hole(profiles, ratio, hole_o, hole_r, options, filled);
    hole_o.clear();
    hole_r.clear();
  };
  size_t next_match = 0;
  for (const SearchBead& b : path) {
    if (next_match < matches.size() && matches[next_match].original_begin == b.original_begin &&
        matches[next_match].rendition_begin == b.rendition_begin) {
      close_hole();
      ++next_match;
      continue;
    }
    for (int k = b.original_begin; k < b.original_end; ++k)
      if (left_o[static_cast<size_t>(k)]) hole_o.push_back(k);
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      if (left_r[static_cast<size_t>(k)]) hole_r.push_back(k);
  }
  close_hole();
  for (const SearchBead& f : filled) {
    for (int k = f.original_begin; k < f.original_end; ++k) std::erase(omitted, k);
    for (int k = f.rendition_begin; k < f.rendition_end; ++k) std::erase(added, k);
  }
  matches.insert(matches.end(), filled.begin(), filled.end());
  std::stable_sort(matches.begin(), matches.end(), [](const SearchBead& x, const SearchBead& y) {
    return x.original_begin < y.original_begin;
  });
}

// The second half of a split that shares no word with the original (or the second of two
// merged sentences) is left over next to the match of its other half: an added line next to
// a match whose lengths already agree stays added.
void attach_neighbours(const PairProfiles& p, AlignmentParts& parts, const AlignOptions& options) {
  const std::vector<SearchBead>& moves = parts.moves;
  std::vector<int>& omitted = parts.omitted;
  std::vector<int>& added = parts.added;
  std::vector<SearchBead>& matches = parts.matches;
  std::vector<bool> moved_o(p.original().size(), false), moved_r(p.rendition().size(), false);
  for (const SearchBead& b : moves) {
    for (int k = b.original_begin; k < b.original_end; ++k) moved_o[static_cast<size_t>(k)] = true;
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      moved_r[static_cast<size_t>(k)] = true;
  }
  const double ratio = matched_length_ratio(p, matches);
  std::vector<int> owner_o(p.original().size(), -1), owner_r(p.rendition().size(), -1);
  for (size_t k = 0; k < matches.size(); ++k) {
    for (int x = matches[k].original_begin; x < matches[k].original_end; ++x)
      owner_o[static_cast<size_t>(x)] = static_cast<int>(k);
    for (int x = matches[k].rendition_begin; x < matches[k].rendition_end; ++x)
      owner_r[static_cast<size_t>(x)] = static_cast<int>(k);
  }
  auto try_side = [&](std::vector<int>& leftover, bool original_side) {
    std::vector<int> keep;
    for (int x : leftover) {
      if ((original_side ? moved_o : moved_r)[static_cast<size_t>(x)]) {
        keep.push_back(x);
        continue;
      }
      const auto& owner = original_side ? owner_o : owner_r;
      int best = -1;
      double best_gain = options.attach_gain;
      SearchBead best_bead;
      for (int neighbour : {x - 1, x + 1}) {
        if (neighbour < 0 || neighbour >= static_cast<int>(owner.size())) continue;
        const int k = owner[static_cast<size_t>(neighbour)];
        if (k < 0) continue;
        const SearchBead& b = matches[static_cast<size_t>(k)];
        SearchBead grown = b;
        if (original_side) {
          grown.original_begin = std::min(b.original_begin, x);
          grown.original_end = std::max(b.original_end, x + 1);
        } else {
          grown.rendition_begin = std::min(b.rendition_begin, x);
          grown.rendition_end = std::max(b.rendition_end, x + 1);
        }
        const int a = grown.original_end - grown.original_begin;
        const int c = grown.rendition_end - grown.rendition_begin;
        if (a > 3 || c > 3 || a + c > 4) continue;
        const double before = length_mismatch(p, ratio, b.original_begin, b.original_end,
                                              b.rendition_begin, b.rendition_end);
        const double after = length_mismatch(p, ratio, grown.original_begin, grown.original_end,
                                             grown.rendition_begin, grown.rendition_end);
        const double gain = before - after;
        if (gain > best_gain) {
          best_gain = gain;
          best = k;
          best_bead = grown;
        }
      }
      if (best < 0) {
        keep.push_back(x);
        continue;
      }
      best_bead.score =
          group_similarity(p, range_ids(best_bead.original_begin, best_bead.original_end),
                           range_ids(best_bead.rendition_begin, best_bead.rendition_end));
      matches[static_cast<size_t>(best)] = best_bead;
      (original_side ? owner_o : owner_r)[static_cast<size_t>(x)] = best;
    }
    leftover = std::move(keep);
  };
  try_side(added, false);
  try_side(omitted, true);
}

}  // namespace driftcheck
