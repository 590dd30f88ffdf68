// Leftover sentences paired out of order: mutual best partners above a strict threshold.
#include "align/moves.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace driftcheck {
namespace {

// A feature held by more leftover sentences than this does not pick a partner.
constexpr size_t kMaxPostings = 16;
// Partners scored exactly per sentence: those sharing the most weight through the index.
constexpr size_t kShortlist = 6;
// A neighbour joins a moved bead only if it raises the cosine by this much.
constexpr double kJoinGain = 0.04;

struct Pair {
  int o;  // index into the omitted list
  int a;  // index into the added list
  double score;
};

std::vector<Pair> scored_pairs(const PairProfiles& p, const std::vector<int>& omitted,
                               const std::vector<int>& added, double threshold) {
  std::map<uint32_t, std::vector<int>> postings;  // feature -> positions in `added`
  for (size_t k = 0; k < added.size(); ++k)
    for (uint32_t f : p.rendition()[static_cast<size_t>(added[k])].terms.ids)
      postings[f].push_back(static_cast<int>(k));
  std::vector<Pair> out;
  std::map<int, double> acc;
  for (size_t k = 0; k < omitted.size(); ++k) {
    const SparseVector& v = p.original()[static_cast<size_t>(omitted[k])].terms;
    acc.clear();
    for (size_t t = 0; t < v.ids.size(); ++t) {
      auto it = postings.find(v.ids[t]);
      if (it == postings.end() || it->second.size() > kMaxPostings) continue;
      for (int a : it->second) acc[a] += v.weights[t];
    }
    std::vector<std::pair<double, int>> shortlist;
    for (const auto& [a, w] : acc) shortlist.push_back({w, a});
    const size_t keep = std::min(kShortlist, shortlist.size());
    std::partial_sort(shortlist.begin(), shortlist.begin() + static_cast<std::ptrdiff_t>(keep),
                      shortlist.end(), [](const auto& x, const auto& y) {
                        return x.first != y.first ? x.first > y.first : x.second < y.second;
                      });
    for (size_t t = 0; t < keep; ++t) {
      const int a = shortlist[t].second;
      const double c = cosine(p.original()[static_cast<size_t>(omitted[k])],
                              p.rendition()[static_cast<size_t>(added[static_cast<size_t>(a)])]);
      if (c >= threshold) out.push_back({static_cast<int>(k), a, c});
    }
  }
  return out;
}

}  // namespace

std::vector<SearchBead> find_moves(const PairProfiles& p, const std::vector<int>& omitted,
                                   const std::vector<int>& added, const AlignOptions& options) {
  std::vector<Pair> pairs = scored_pairs(p, omitted, added, options.move_threshold);
  // Mutual best: greedy in descending score takes each side's best first.
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
    return std::tie(y.score, x.o, x.a) < std::tie(x.score, y.o, y.a);
  });
  std::vector<bool> used_o(omitted.size(), false), used_a(added.size(), false);
  std::vector<SearchBead> beads;
  for (const Pair& pair : pairs) {
    if (used_o[static_cast<size_t>(pair.o)] || used_a[static_cast<size_t>(pair.a)]) continue;
    used_o[static_cast<size_t>(pair.o)] = used_a[static_cast<size_t>(pair.a)] = true;
    // Grow over leftover neighbours (contiguous profile indices) while that helps.
    int ob = pair.o, oe = pair.o + 1, ab = pair.a, ae = pair.a + 1;
    double score = pair.score;
    auto ids = [](const std::vector<int>& list, int b, int e) {
      return std::vector<int>(list.begin() + b, list.begin() + e);
    };
    for (bool grew = true; grew && (oe - ob) + (ae - ab) < 4;) {
      grew = false;
      struct Option {
        int ob, oe, ab, ae;
      };
      const Option options_to_try[] = {
          {ob, oe + 1, ab, ae}, {ob - 1, oe, ab, ae}, {ob, oe, ab, ae + 1}, {ob, oe, ab - 1, ae}};
      for (const Option& x : options_to_try) {
        if (x.ob < 0 || x.ab < 0 || x.oe > static_cast<int>(omitted.size()) ||
            x.ae > static_cast<int>(added.size()))
          continue;
        const int new_o = x.ob < ob ? x.ob : (x.oe > oe ? x.oe - 1 : -1);
        const int new_a = x.ab < ab ? x.ab : (x.ae > ae ? x.ae - 1 : -1);
        if (new_o >= 0 &&
            (used_o[static_cast<size_t>(new_o)] ||
             omitted[static_cast<size_t>(new_o)] !=
                 omitted[static_cast<size_t>(x.ob < ob ? ob : oe - 1)] + (x.ob < ob ? -1 : 1)))
          continue;
        if (new_a >= 0 &&
            (used_a[static_cast<size_t>(new_a)] ||
             added[static_cast<size_t>(new_a)] !=
                 added[static_cast<size_t>(x.ab < ab ? ab : ae - 1)] + (x.ab < ab ? -1 : 1)))
          continue;
        const double c = group_similarity(p, ids(omitted, x.ob, x.oe), ids(added, x.ab, x.ae));
        if (c >= score + kJoinGain) {
          if (new_o >= 0) used_o[static_cast<size_t>(new_o)] = true;
          if (new_a >= 0) used_a[static_cast<size_t>(new_a)] = true;
          ob = x.ob, oe = x.oe, ab = x.ab, ae = x.ae, score = c;
          grew = true;
          break;
        }
      }
    }
    beads.push_back({omitted[static_cast<size_t>(ob)], omitted[static_cast<size_t>(oe - 1)] + 1,
                     added[static_cast<size_t>(ab)], added[static_cast<size_t>(ae - 1)] + 1,
                     score});
  }
  std::sort(beads.begin(), beads.end(), [](const SearchBead& x, const SearchBead& y) {
    return x.original_begin < y.original_begin;
  });
  return beads;
}

}  // namespace driftcheck
