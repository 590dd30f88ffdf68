// The monotone dynamic program over beads, within the band of band.h. Bead cosines come from
// pairwise dot products (vectors add), so each cell costs a few lookups.
#include "align/bead_search.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "align/band.h"

namespace driftcheck {
namespace {

struct Shape {
  int a;  // original sentences
  int b;  // rendition sentences
};
// Index 0 is "no predecessor" (the start cell).
constexpr std::array<Shape, 9> kShapes{
    {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}}};

constexpr double kNegative = -std::numeric_limits<double>::infinity();

// Dot products of sentence pairs inside the band, stored by cell: the pair (i - 1, j - 1)
// at cell (i, j). Pairs outside it are computed when asked.
class CrossDots {
 public:
  CrossDots(const PairProfiles& p, const Band& band) : p_(p) {
    const auto& o = p.original();
    const auto& r = p.rendition();
    // Row i keeps columns up to row i + 3's end: a bead ending in row i + 3 (at most three
    // sentences per side) asks for pairs of rows i.. up to its own column.
    const size_t rows = band.lo.size();
    // Likewise columns from row i - 3's start.
    hi_.resize(rows);
    lo_.resize(rows);
    for (size_t i = 0; i < rows; ++i) hi_[i] = band.hi[std::min(i + 3, rows - 1)];
    for (size_t i = 0; i < rows; ++i) lo_[i] = band.lo[i >= 3 ? i - 3 : 0];
    offset_.resize(rows + 1, 0);
    for (size_t i = 0; i < rows; ++i)
      offset_[i + 1] = offset_[i] + static_cast<size_t>(hi_[i] - lo_[i] + 1);
    values_.assign(offset_.back(), 0.0f);
    uint32_t features = 0;
    for (const auto& s : o)
      if (!s.terms.ids.empty()) features = std::max(features, s.terms.ids.back() + 1);
    for (const auto& s : r)
      if (!s.terms.ids.empty()) features = std::max(features, s.terms.ids.back() + 1);
    // Feature entries of the rendition's sentences before column j (sentence j - 1).
    std::vector<size_t> entries_before(r.size() + 2, 0);
    for (size_t j = 0; j < r.size(); ++j)
      entries_before[j + 2] = entries_before[j + 1] + r[j].terms.ids.size();
    // Rows in windows whose columns hold at most kMaxPostings entries (at least one row each):
    // lo_ and hi_ never decrease, so a window's columns run from its first row's lo_ to its
    // last row's hi_.
    std::vector<uint32_t> start(static_cast<size_t>(features) + 1, 0);
    std::vector<std::pair<int, float>> postings;
    const auto column_entries = [&](size_t first_row, size_t last_row) {
      const int first = std::max(lo_[first_row], 1);
      if (first > hi_[last_row]) return size_t{0};
      return entries_before[static_cast<size_t>(hi_[last_row]) + 1] -
             entries_before[static_cast<size_t>(first)];
    };
    for (size_t begin = 1; begin < rows;) {
      size_t end = begin + 1;
      while (end < rows && column_entries(begin, end) <= kMaxPostings) ++end;
      fill_rows(o, r, begin, end, start, postings);
      begin = end;
    }
  }

  // dot(original[i], rendition[j]), sentence indices.
  double operator()(int i, int j) const {
    const size_t row = static_cast<size_t>(i) + 1;
    const int col = j + 1;
    if (col >= lo_[row] && col <= hi_[row])
      return values_[offset_[row] + static_cast<size_t>(col - lo_[row])];
    return dot(p_.original()[static_cast<size_t>(i)].terms,
               p_.rendition()[static_cast<size_t>(j)].terms);
  }

 private:
  // Postings for up to this many feature entries of the rendition (8 MiB of them) at a time:
  // a book is read in windows of rows, so that the peak memory of a long check does not grow
  // by a copy of the rendition's vectors.
  static constexpr size_t kMaxPostings = size_t{1} << 20;

  // The dots of rows [begin, end) from postings of the features of the rendition's sentences
  // in those rows' columns, so that a pair costs the features it shares rather than every
  // feature of the rendition sentence (multiplying by zero was most of the search). Both
  // sides' ids ascend, so each sum takes its products in the order of the ids, as a dense
  // scatter of the original sentence would, and the products it skips are zeros, which leave
  // a sum of non-negative products as it is: the values are the same floats.
  void fill_rows(const std::vector<SentenceProfile>& o, const std::vector<SentenceProfile>& r,
                 size_t begin, size_t end, std::vector<uint32_t>& start,
                 std::vector<std::pair<int, float>>& postings) {
    const int first_column = std::max(lo_[begin], 1);
    const int last_column = hi_[end - 1];
    if (first_column > last_column) return;
    std::fill(start.begin(), start.end(), 0);
    size_t entries = 0;
    for (int j = first_column; j <= last_column; ++j)
      for (uint32_t id : r[static_cast<size_t>(j - 1)].terms.ids) ++start[id + 1], ++entries;
    for (size_t f = 0; f + 1 < start.size(); ++f) start[f + 1] += start[f];
    // By feature, then by column (rendition sentence + 1), with that sentence's weight.
    postings.resize(entries);
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (int j = first_column; j <= last_column; ++j) {
      const SparseVector& w = r[static_cast<size_t>(j - 1)].terms;
      for (size_t k = 0; k < w.ids.size(); ++k) postings[fill[w.ids[k]]++] = {j, w.weights[k]};
    }
    std::vector<double> sums;
    for (size_t i = begin; i < end; ++i) {
      const SparseVector& v = o[i - 1].terms;
      const int first = std::max(lo_[i], 1);
      if (first > hi_[i]) continue;
      sums.assign(static_cast<size_t>(hi_[i] - first + 1), 0.0);
      for (size_t k = 0; k < v.ids.size(); ++k) {
        const auto from = postings.begin() + start[v.ids[k]];
        const auto to = postings.begin() + start[v.ids[k] + 1];
        // To the row's first column by a binary search: a common word's postings run the
        // length of the window, and a row reads only its band's stretch of them.
        auto p = std::lower_bound(
            from, to, first, [](const std::pair<int, float>& x, int j) { return x.first < j; });
        for (; p != to && p->first <= hi_[i]; ++p)
          sums[static_cast<size_t>(p->first - first)] += double(v.weights[k]) * double(p->second);
      }
      for (int j = first; j <= hi_[i]; ++j)
        values_[offset_[i] + static_cast<size_t>(j - lo_[i])] =
            static_cast<float>(sums[static_cast<size_t>(j - first)]);
    }
  }

  const PairProfiles& p_;
  std::vector<int> lo_;
  std::vector<int> hi_;
  std::vector<size_t> offset_;
  std::vector<float> values_;
};

// Dot products of each sentence with the next one and the one after, on one side.
struct NeighbourDots {
  std::vector<double> next;   // dot(s[k], s[k + 1])
  std::vector<double> after;  // dot(s[k], s[k + 2])
  explicit NeighbourDots(const std::vector<SentenceProfile>& s)
      : next(s.size(), 0.0), after(s.size(), 0.0) {
    for (size_t k = 0; k + 1 < s.size(); ++k) next[k] = dot(s[k].terms, s[k + 1].terms);
    for (size_t k = 0; k + 2 < s.size(); ++k) after[k] = dot(s[k].terms, s[k + 2].terms);
  }
  // Squared norm and length of the group [begin, end), end - begin <= 3.
  double norm2(const std::vector<SentenceProfile>& s, int begin, int end) const {
    double sum = 0.0;
    for (int k = begin; k < end; ++k) sum += s[static_cast<size_t>(k)].norm2;
    for (int k = begin; k + 1 < end; ++k) sum += 2.0 * next[static_cast<size_t>(k)];
    for (int k = begin; k + 2 < end; ++k) sum += 2.0 * after[static_cast<size_t>(k)];
    return sum;
  }
};

double group_length(const std::vector<SentenceProfile>& s, int begin, int end) {
  double sum = 0.0;
  for (int k = begin; k < end; ++k) sum += s[static_cast<size_t>(k)].length;
  return sum;
}

// Squared norm and length of each group of one to three sentences, by its end and size: the
// search asks for the same groups in every cell of a row or column, so they are summed once
// (by the same functions, so the sums are the same doubles).
struct GroupSums {
  std::vector<std::array<double, 4>> norm2;   // [end][count]
  std::vector<std::array<double, 4>> length;  // [end][count]
  GroupSums(const std::vector<SentenceProfile>& s, const NeighbourDots& near)
      : norm2(s.size() + 1), length(s.size() + 1) {
    const int n = static_cast<int>(s.size());
    for (int end = 0; end <= n; ++end)
      for (int count = 1; count <= 3 && count <= end; ++count) {
        norm2[static_cast<size_t>(end)][static_cast<size_t>(count)] =
            near.norm2(s, end - count, end);
        length[static_cast<size_t>(end)][static_cast<size_t>(count)] =
            group_length(s, end - count, end);
      }
  }
};

}  // namespace

double bead_gain(double cosine, int original_count, int rendition_count, double original_length,
                 double rendition_length, double length_ratio, const AlignOptions& options) {
  const double size = 0.5 * (original_count + rendition_count);
  // Lengths smoothed by a short sentence's worth of characters, so that two short lines of
  // different length are not punished as hard as two long ones.
  constexpr double kSmooth = 20.0;
  const double mismatch =
      std::abs(std::log((rendition_length + kSmooth) / (length_ratio * original_length + kSmooth)));
  double penalty = 0.0;
  if (original_count + rendition_count == 3) penalty = options.merge_penalty;
  if (original_count + rendition_count >= 4) penalty = options.wide_penalty;
  return size * (cosine - options.match_threshold - options.length_weight * mismatch - penalty);
}

std::vector<SearchBead> search_beads(const PairProfiles& p, const AlignOptions& options) {
  const auto& o = p.original();
  const auto& r = p.rendition();
  const int n = static_cast<int>(o.size());
  const int m = static_cast<int>(r.size());
  const Band band = find_band(p, options);
  const CrossDots cross(p, band);
  const NeighbourDots near_o(o), near_r(r);
  const GroupSums sums_o(o, near_o), sums_r(r, near_r);
  const double c = p.length_ratio();

  // Back-pointers for every cell of the band (one byte each), best totals only for the
  // last four rows (a bead spans at most three): the tables stay a byte per cell. The
  // cosine of each bead on the path is computed again while backtracking, by the same code.
  std::vector<size_t> offset(static_cast<size_t>(n) + 2, 0);
  for (size_t i = 0; i <= static_cast<size_t>(n); ++i)
    offset[i + 1] = offset[i] + static_cast<size_t>(band.hi[i] - band.lo[i] + 1);
  std::vector<uint8_t> back(offset.back(), 0);
  constexpr size_t kRows = 4;
  std::array<std::vector<double>, kRows> best_rows;
  auto best = [&](int i, int j) -> double {
    if (i < 0 || j < 0) return kNegative;
    const size_t row = static_cast<size_t>(i);
    if (j < band.lo[row] || j > band.hi[row]) return kNegative;
    return best_rows[row % kRows][static_cast<size_t>(j - band.lo[row])];
  };
  // The cosine of the bead of shape (a, b) ending at cell (i, j), both sides non-empty; false
  // when a sentence of a joined side does not bring its share of the shared weight (a short
  // unrelated sentence riding along on its neighbour's match).
  auto bead_cosine = [&](int i, int j, int a, int b, double& cos) {
    std::array<double, 3> by_o{}, by_r{};
    double d = 0.0;
    for (int x = i - a; x < i; ++x)
      for (int y = j - b; y < j; ++y) {
        const double v = cross(x, y);
        by_o[static_cast<size_t>(x - (i - a))] += v;
        by_r[static_cast<size_t>(y - (j - b))] += v;
        d += v;
      }
    const double floor = options.min_member_share * d;
    bool carried = false;
    for (int x = 0; a > 1 && x < a; ++x) carried |= by_o[static_cast<size_t>(x)] < floor;
    for (int y = 0; b > 1 && y < b; ++y) carried |= by_r[static_cast<size_t>(y)] < floor;
    if (carried) return false;
    cos = group_cosine(d, sums_o.norm2[static_cast<size_t>(i)][static_cast<size_t>(a)],
                       sums_r.norm2[static_cast<size_t>(j)][static_cast<size_t>(b)]);
    return true;
  };

  for (int i = 0; i <= n; ++i) {
    const size_t ui = static_cast<size_t>(i);
    std::vector<double>& row = best_rows[ui % kRows];
    row.assign(static_cast<size_t>(band.hi[ui] - band.lo[ui] + 1), kNegative);
    for (int j = band.lo[ui]; j <= band.hi[ui]; ++j) {
      const size_t col = static_cast<size_t>(j - band.lo[ui]);
      if (i == 0 && j == 0) {
        row[col] = 0.0;
        continue;
      }
      double top = kNegative;
      uint8_t how = 0;
      for (uint8_t s = 1; s < kShapes.size(); ++s) {
        const auto [a, b] = kShapes[s];
        const double from = best(i - a, j - b);
        if (from == kNegative) continue;
        double gain = 0.0;
        if (a > 0 && b > 0) {
          double cos = 0.0;
          if (!bead_cosine(i, j, a, b, cos)) continue;
          const size_t uj = static_cast<size_t>(j);
          const size_t ua = static_cast<size_t>(a), ub = static_cast<size_t>(b);
          gain = bead_gain(cos, a, b, sums_o.length[ui][ua], sums_r.length[uj][ub], c, options);
        }
        const double total = from + gain;
        if (total > top) {
          top = total;
          how = s;
        }
      }
      row[col] = top;
      back[offset[ui] + col] = how;
    }
  }

  std::vector<SearchBead> path;
  for (int i = n, j = m; i > 0 || j > 0;) {
    const size_t here =
        offset[static_cast<size_t>(i)] + static_cast<size_t>(j - band.lo[static_cast<size_t>(i)]);
    const auto [a, b] = kShapes[back[here]];
    if (a == 0 && b == 0) break;  // unreachable: the band always connects the corners
    double cos = 0.0;
    // Stored as a float before; rounded the same way, so scores stay the same.
    if (a && b) bead_cosine(i, j, a, b, cos);
    path.push_back({i - a, i, j - b, j, (a && b) ? double(static_cast<float>(cos)) : 0.0});
    i -= a;
    j -= b;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

double group_similarity(const PairProfiles& p, const std::vector<int>& original,
                        const std::vector<int>& rendition) {
  SparseVector sum_o, sum_r;
  auto add = [](SparseVector& into, const SparseVector& v) {
    SparseVector out;
    size_t i = 0, j = 0;
    while (i < into.ids.size() || j < v.ids.size()) {
      if (j == v.ids.size() || (i < into.ids.size() && into.ids[i] < v.ids[j])) {
        out.ids.push_back(into.ids[i]);
        out.weights.push_back(into.weights[i++]);
      } else if (i == into.ids.size() || v.ids[j] < into.ids[i]) {
        out.ids.push_back(v.ids[j]);
        out.weights.push_back(v.weights[j++]);
      } else {
        out.ids.push_back(v.ids[j]);
        out.weights.push_back(into.weights[i++] + v.weights[j++]);
      }
    }
    into = std::move(out);
  };
  for (int k : original) add(sum_o, p.original()[static_cast<size_t>(k)].terms);
  for (int k : rendition) add(sum_r, p.rendition()[static_cast<size_t>(k)].terms);
  return group_cosine(dot(sum_o, sum_r), dot(sum_o, sum_o), dot(sum_r, sum_r));
}

}  // namespace driftcheck
