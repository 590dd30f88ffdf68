// Leftover sentences paired out of order: mutual best partners above a strict threshold.
#include "align/moves.h"

#include <algorithm>
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
  // Postings of the added sentences' features (feature -> positions in `added`), flat:
  // counting sort over the features they use.
  std::vector<std::pair<uint32_t, int>> entries;
  for (size_t k = 0; k < added.size(); ++k)
    for (uint32_t f : p.rendition()[static_cast<size_t>(added[k])].terms.ids)
      entries.push_back({f, static_cast<int>(k)});
  std::sort(entries.begin(), entries.end());
  auto postings = [&](uint32_t f) {
    auto lo = std::lower_bound(entries.begin(), entries.end(), std::pair<uint32_t, int>{f, -1});
    auto hi = lo;
    while (hi != entries.end() && hi->first == f) ++hi;
    return std::pair{lo, hi};
  };
  std::vector<Pair> out;
  std::vector<double> acc(added.size(), 0.0);
  std::vector<int> touched;
  std::vector<std::pair<double, int>> shortlist;
  for (size_t k = 0; k < omitted.size(); ++k) {
    const SparseVector& v = p.original()[static_cast<size_t>(omitted[k])].terms;
    for (size_t t = 0; t < v.ids.size(); ++t) {
      const auto [lo, hi] = postings(v.ids[t]);
      if (lo == hi || static_cast<size_t>(hi - lo) > kMaxPostings) continue;
      for (auto it = lo; it != hi; ++it) {
        if (acc[static_cast<size_t>(it->second)] == 0.0) touched.push_back(it->second);
        acc[static_cast<size_t>(it->second)] += v.weights[t];
      }
    }
    shortlist.clear();
    for (int a : touched) shortlist.push_back({acc[static_cast<size_t>(a)], a});
    for (int a : touched) acc[static_cast<size_t>(a)] = 0.0;
    touched.clear();
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

// The best partner of `v` among `others` through an inverted index of rare features.
struct Index {
  std::vector<uint32_t> start;
  std::vector<int> postings;
  // Only sentences with `member[k]` true are indexed (all when `member` is empty). A feature
  // held by more than kMaxPostings of them gets no postings: best_partner skips it anyway,
  // and the common words would make the index as big as the profiles.
  Index(const std::vector<SentenceProfile>& side, size_t features,
        const std::vector<bool>& member = {})
      : start(features + 1, 0) {
    auto in = [&](size_t k) { return member.empty() || member[k]; };
    std::vector<uint32_t> count(features, 0);
    for (size_t k = 0; k < side.size(); ++k)
      if (in(k))
        for (uint32_t f : side[k].terms.ids) ++count[f];
    for (size_t f = 0; f < features; ++f)
      start[f + 1] = start[f] + (count[f] <= kMaxPostings ? count[f] : 0);
    postings.resize(start.back());
    std::vector<uint32_t>& fill = count;  // reused: each feature's next free posting
    std::copy(start.begin(), start.end() - 1, fill.begin());
    for (size_t k = 0; k < side.size(); ++k)
      if (in(k))
        for (uint32_t f : side[k].terms.ids)
          if (fill[f] < start[f + 1]) postings[fill[f]++] = static_cast<int>(k);
  }
};

std::pair<int, double> best_partner(const SentenceProfile& v,
                                    const std::vector<SentenceProfile>& side, const Index& index,
                                    std::vector<double>& acc, std::vector<int>& touched) {
  for (size_t t = 0; t < v.terms.ids.size(); ++t) {
    const uint32_t f = v.terms.ids[t];
    if (f + 1 >= index.start.size()) continue;
    const uint32_t b = index.start[f], e = index.start[f + 1];
    if (e - b > kMaxPostings) continue;
    for (uint32_t k = b; k < e; ++k) {
      const int j = index.postings[k];
      if (acc[static_cast<size_t>(j)] == 0.0) touched.push_back(j);
      acc[static_cast<size_t>(j)] += v.terms.weights[t];
    }
  }
  std::vector<std::pair<double, int>> top;
  for (int j : touched) top.push_back({acc[static_cast<size_t>(j)], j});
  for (int j : touched) acc[static_cast<size_t>(j)] = 0.0;
  touched.clear();
  const size_t keep = std::min(kShortlist, top.size());
  std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(keep), top.end(),
                    [](const auto& x, const auto& y) {
                      return x.first != y.first ? x.first > y.first : x.second < y.second;
                    });
  int best = -1;
  double best_cos = 0.0;
  for (size_t t = 0; t < keep; ++t) {
    const double c = cosine(v, side[static_cast<size_t>(top[t].second)]);
    if (c > best_cos) best_cos = c, best = top[t].second;
  }
  return {best, best_cos};
}

}  // namespace

std::vector<SearchBead> find_moves(const PairProfiles& p, const std::vector<int>& omitted,
                                   const std::vector<int>& added, const std::vector<bool>& body_o,
                                   const std::vector<bool>& body_r, const AlignOptions& options) {
  std::vector<Pair> pairs = scored_pairs(
      p, omitted, added, std::min(options.move_threshold, options.mutual_move_threshold));
  // Below move_threshold a pair stands only if each sentence is the other's best in the
  // article (`body_*`), not merely among the leftovers: a reworded sentence moved to another
  // paragraph keeps its names and figures, and nothing else claims them.
  const bool weaker_pairs = std::any_of(
      pairs.begin(), pairs.end(), [&](const Pair& x) { return x.score < options.move_threshold; });
  if (weaker_pairs) {
    const size_t features = p.feature_count();
    const Index index_o(p.original(), features, body_o), index_r(p.rendition(), features, body_r);
    std::vector<double> acc_o(p.original().size(), 0.0), acc_r(p.rendition().size(), 0.0);
    std::vector<int> touched;
    std::erase_if(pairs, [&](const Pair& x) {
      if (x.score >= options.move_threshold) return false;
      const int o = omitted[static_cast<size_t>(x.o)], a = added[static_cast<size_t>(x.a)];
      return !p.share_anchor(p.original()[static_cast<size_t>(o)],
                             p.rendition()[static_cast<size_t>(a)]) ||
             best_partner(p.original()[static_cast<size_t>(o)], p.rendition(), index_r, acc_r,
                          touched)
                     .first != a ||
             best_partner(p.rendition()[static_cast<size_t>(a)], p.original(), index_o, acc_o,
                          touched)
                     .first != o;
    });
  }
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

std::vector<SearchBead> steal_matches(const PairProfiles& p, std::vector<SearchBead>& matches,
                                      std::vector<int>& omitted, std::vector<int>& added,
                                      const std::vector<SearchBead>& moves,
                                      const AlignOptions& options) {
  const auto& o = p.original();
  const auto& r = p.rendition();
  const size_t features = p.feature_count();
  std::vector<int> owner_o(o.size(), -1), owner_r(r.size(), -1);
  for (size_t k = 0; k < matches.size(); ++k) {
    const SearchBead& b = matches[k];
    if (b.original_end - b.original_begin != 1 || b.rendition_end - b.rendition_begin != 1)
      continue;
    owner_o[static_cast<size_t>(b.original_begin)] = static_cast<int>(k);
    owner_r[static_cast<size_t>(b.rendition_begin)] = static_cast<int>(k);
  }
  std::vector<bool> moved_o(o.size(), false), moved_r(r.size(), false);
  for (const SearchBead& b : moves) {
    for (int k = b.original_begin; k < b.original_end; ++k) moved_o[static_cast<size_t>(k)] = true;
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      moved_r[static_cast<size_t>(k)] = true;
  }
  std::vector<bool> dissolved(matches.size(), false);
  std::vector<SearchBead> stolen;
  std::vector<int> freed_o, freed_r;
  std::vector<int> touched;
  // side_is_original: the leftover sentence is an original one, its partner a rendition one.
  const Index index_o(o, features), index_r(r, features);
  std::vector<double> acc_o(o.size(), 0.0), acc_r(r.size(), 0.0);
  auto run = [&](const std::vector<int>& leftover, bool leftover_is_original) {
    const auto& mine = leftover_is_original ? o : r;
    const auto& theirs = leftover_is_original ? r : o;
    const Index& index = leftover_is_original ? index_r : index_o;
    const Index& back_index = leftover_is_original ? index_o : index_r;
    std::vector<double>& acc = leftover_is_original ? acc_r : acc_o;
    std::vector<double>& back_acc = leftover_is_original ? acc_o : acc_r;
    auto& my_moved = leftover_is_original ? moved_o : moved_r;
    const auto& my_owner = leftover_is_original ? owner_o : owner_r;
    const auto& their_owner = leftover_is_original ? owner_r : owner_o;
    for (int x : leftover) {
      if (my_moved[static_cast<size_t>(x)]) continue;
      // x may itself hold a 1:1 match (two similar sentences swapped): it gives that up too.
      const int own = my_owner[static_cast<size_t>(x)];
      if (own >= 0 && dissolved[static_cast<size_t>(own)]) continue;
      const double own_score = own >= 0 ? matches[static_cast<size_t>(own)].score : 0.0;
      if (own_score + options.steal_margin > 1.0) continue;
      const auto [y, c] = best_partner(mine[static_cast<size_t>(x)], theirs, index, acc, touched);
      if (y < 0 || c < options.move_threshold || c < own_score + options.steal_margin) continue;
      const int k = their_owner[static_cast<size_t>(y)];
      if (k < 0 || k == own || dissolved[static_cast<size_t>(k)]) continue;
      const SearchBead& b = matches[static_cast<size_t>(k)];
      if (c < b.score + options.steal_margin) continue;
      // And x must be y's best as well.
      const auto [back, back_c] =
          best_partner(theirs[static_cast<size_t>(y)], mine, back_index, back_acc, touched);
      if (back != x) continue;
      dissolved[static_cast<size_t>(k)] = true;
      my_moved[static_cast<size_t>(x)] = true;
      if (own >= 0) {
        dissolved[static_cast<size_t>(own)] = true;
        const SearchBead& mine_bead = matches[static_cast<size_t>(own)];
        if (leftover_is_original)
          freed_r.push_back(mine_bead.rendition_begin);
        else
          freed_o.push_back(mine_bead.original_begin);
      }
      if (leftover_is_original) {
        stolen.push_back({x, x + 1, y, y + 1, c});
        moved_r[static_cast<size_t>(y)] = true;
        freed_o.push_back(b.original_begin);
      } else {
        stolen.push_back({y, y + 1, x, x + 1, c});
        moved_o[static_cast<size_t>(y)] = true;
        freed_r.push_back(b.rendition_begin);
      }
    }
  };
  run(added, false);
  run(omitted, true);
  // Sentences in 1:1 matches: a swap of two similar sentences leaves nothing over, and the
  // path pairs each with the other's partner.
  std::vector<int> matched_o;
  for (size_t k = 0; k < o.size(); ++k)
    if (owner_o[k] >= 0) matched_o.push_back(static_cast<int>(k));
  run(matched_o, true);
  if (stolen.empty()) return stolen;
  std::vector<SearchBead> kept;
  for (size_t k = 0; k < matches.size(); ++k)
    if (!dissolved[k]) kept.push_back(matches[k]);
  matches = std::move(kept);
  omitted.insert(omitted.end(), freed_o.begin(), freed_o.end());
  added.insert(added.end(), freed_r.begin(), freed_r.end());
  std::sort(omitted.begin(), omitted.end());
  std::sort(added.begin(), added.end());
  // Stolen sentences are no longer leftover.
  std::erase_if(omitted, [&](int k) {
    return std::any_of(stolen.begin(), stolen.end(),
                       [&](const SearchBead& b) { return b.original_begin == k; });
  });
  std::erase_if(added, [&](int k) {
    return std::any_of(stolen.begin(), stolen.end(),
                       [&](const SearchBead& b) { return b.rendition_begin == k; });
  });
  return stolen;
}

}  // namespace driftcheck
