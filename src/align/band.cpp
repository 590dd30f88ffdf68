// Anchors through an inverted index of the rendition's rare features, the heaviest increasing
// chain of them, and the band of cells the dynamic program searches around that chain.
#include "align/band.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace driftcheck {
namespace {

// A feature held by more rendition sentences than this is no help in finding a partner
// (and would make the index quadratic); rarer ones are.
constexpr uint32_t kMaxPostings = 24;
// Features of one sentence looked up in the index: its heaviest ones.
constexpr size_t kLookups = 24;
// Approximate cosine a pair needs to be an anchor candidate.
constexpr double kAnchorMin = 0.2;

struct Candidate {
  int i;
  int j;
  double score;
};

// Each original sentence's best rendition partner through the index, if good enough.
std::vector<Candidate> best_partners(const PairProfiles& profiles) {
  const auto& o = profiles.original();
  const auto& r = profiles.rendition();
  const auto& df = profiles.rendition_df();
  // Postings, by counting sort over feature ids.
  std::vector<uint32_t> start(df.size() + 1, 0);
  for (size_t f = 0; f < df.size(); ++f)
    start[f + 1] = start[f] + (df[f] <= kMaxPostings ? df[f] : 0);
  std::vector<int> postings(start.back());
  std::vector<uint32_t> fill(start.begin(), start.end() - 1);
  for (size_t j = 0; j < r.size(); ++j)
    for (uint32_t f : r[j].terms.ids)
      if (df[f] <= kMaxPostings) postings[fill[f]++] = static_cast<int>(j);

  std::vector<double> acc(r.size(), 0.0);
  std::vector<int> touched;
  std::vector<size_t> order;
  std::vector<std::pair<double, int>> top;
  std::vector<Candidate> out;
  for (size_t i = 0; i < o.size(); ++i) {
    const SparseVector& v = o[i].terms;
    order.resize(v.ids.size());
    std::iota(order.begin(), order.end(), size_t{0});
    const size_t k = std::min(kLookups, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                      [&](size_t a, size_t b) {
                        return v.weights[a] != v.weights[b] ? v.weights[a] > v.weights[b] : a < b;
                      });
    for (size_t t = 0; t < k; ++t) {
      const uint32_t f = v.ids[order[t]];
      if (f >= df.size()) continue;
      for (uint32_t p = start[f]; p < start[f + 1]; ++p) {
        const int j = postings[p];
        if (acc[static_cast<size_t>(j)] == 0.0) touched.push_back(j);
        // The rendition weight is looked up when scoring; here the original's is enough
        // to rank, so the exact dot is taken only for the best few.
        acc[static_cast<size_t>(j)] += v.weights[order[t]];
      }
    }
    int best = -1;
    double best_score = kAnchorMin;
    // Exact cosine for the few with the most shared weight (ties by index: no order needed).
    top.clear();
    for (int j : touched) top.push_back({acc[static_cast<size_t>(j)], j});
    const size_t keep = std::min<size_t>(4, top.size());
    std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(keep), top.end(),
                      [](const auto& a, const auto& b) {
                        return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
    for (size_t t = 0; t < keep; ++t) {
      const int j = top[t].second;
      const double c = cosine(o[i], r[static_cast<size_t>(j)]);
      if (c > best_score) {
        best_score = c;
        best = j;
      }
    }
    for (int j : touched) acc[static_cast<size_t>(j)] = 0.0;
    touched.clear();
    if (best >= 0) out.push_back({static_cast<int>(i), best, best_score});
  }
  return out;
}

// Keeps candidates that are also the best for their rendition sentence, then the chain
// increasing on both sides with the largest total score (weighted LIS with a Fenwick tree).
std::vector<std::pair<int, int>> anchor_chain(std::vector<Candidate> candidates, size_t m) {
  std::vector<int> best_i(m, -1);
  std::vector<double> best_score(m, 0.0);
  for (const Candidate& c : candidates) {
    if (c.score > best_score[static_cast<size_t>(c.j)]) {
      best_score[static_cast<size_t>(c.j)] = c.score;
      best_i[static_cast<size_t>(c.j)] = c.i;
    }
  }
  std::erase_if(candidates,
                [&](const Candidate& c) { return best_i[static_cast<size_t>(c.j)] != c.i; });
  // Candidates are in ascending i, one per i. Fenwick tree over j of (best chain score, index).
  std::vector<std::pair<double, int>> tree(m + 1, {0.0, -1});
  std::vector<int> previous(candidates.size(), -1);
  std::vector<double> total(candidates.size(), 0.0);
  for (size_t k = 0; k < candidates.size(); ++k) {
    std::pair<double, int> best{0.0, -1};
    for (size_t x = static_cast<size_t>(candidates[k].j); x > 0; x -= x & (~x + 1))
      if (tree[x].first > best.first) best = tree[x];
    total[k] = best.first + candidates[k].score;
    previous[k] = best.second;
    for (size_t x = static_cast<size_t>(candidates[k].j) + 1; x <= m; x += x & (~x + 1))
      if (total[k] > tree[x].first) tree[x] = {total[k], static_cast<int>(k)};
  }
  int at = -1;
  double top = 0.0;
  for (size_t k = 0; k < candidates.size(); ++k)
    if (total[k] > top) top = total[k], at = static_cast<int>(k);
  std::vector<std::pair<int, int>> chain;
  for (; at >= 0; at = previous[static_cast<size_t>(at)])
    chain.push_back({candidates[static_cast<size_t>(at)].i, candidates[static_cast<size_t>(at)].j});
  std::reverse(chain.begin(), chain.end());
  return chain;
}

}  // namespace

size_t Band::cells() const {
  size_t n = 0;
  for (size_t i = 0; i < lo.size(); ++i) n += static_cast<size_t>(hi[i] - lo[i] + 1);
  return n;
}

Band find_band(const PairProfiles& profiles, const AlignOptions& options) {
  const int n = static_cast<int>(profiles.original().size());
  const int m = static_cast<int>(profiles.rendition().size());
  Band band;
  band.anchors = anchor_chain(best_partners(profiles), static_cast<size_t>(m));
  band.lo.assign(static_cast<size_t>(n) + 1, m);
  band.hi.assign(static_cast<size_t>(n) + 1, 0);
  auto cover = [&](int i, int from, int to) {
    if (i < 0 || i > n) return;
    band.lo[static_cast<size_t>(i)] = std::min(band.lo[static_cast<size_t>(i)], std::max(from, 0));
    band.hi[static_cast<size_t>(i)] = std::max(band.hi[static_cast<size_t>(i)], std::min(to, m));
  };
  // Gaps between consecutive anchors (cells just after one, to cells just before the next).
  std::vector<std::pair<int, int>> points{{0, 0}};
  for (const auto& [i, j] : band.anchors) {
    points.push_back({i, j});
    points.push_back({i + 1, j + 1});
  }
  points.push_back({n, m});
  const int margin = options.band_margin;
  for (size_t k = 0; k + 1 < points.size(); k += 2) {
    const auto [ai, aj] = points[k];
    const auto [bi, bj] = points[k + 1];
    const double area = double(bi - ai + 1) * double(bj - aj + 1);
    for (int i = ai - margin; i <= bi + margin; ++i) {
      if (area <= options.full_gap_cells || bi == ai) {
        cover(i, aj - margin, bj + margin);
      } else {
        const double t = std::clamp(double(i - ai) / double(bi - ai), 0.0, 1.0);
        const int center = aj + static_cast<int>(std::lround(t * (bj - aj)));
        const int half = std::max(options.gap_band, margin);
        cover(i, std::max(center - half, aj - margin), std::min(center + half, bj + margin));
      }
    }
  }
  // Make the rows a connected staircase.
  band.lo[0] = 0;
  band.hi[static_cast<size_t>(n)] = m;
  for (size_t i = 1; i <= static_cast<size_t>(n); ++i)
    band.hi[i] = std::max(band.hi[i], band.hi[i - 1]);
  for (size_t i = static_cast<size_t>(n); i-- > 0;)
    band.lo[i] = std::min(band.lo[i], band.lo[i + 1]);
  for (size_t i = 0; i <= static_cast<size_t>(n); ++i) {
    if (i > 0) band.lo[i] = std::min(band.lo[i], band.hi[i - 1]);
    band.lo[i] = std::min(band.lo[i], band.hi[i]);
  }
  return band;
}

}  // namespace driftcheck
