// Moves across languages: stretches the path left over, paired out of order with leftovers
// or with the edge of a match on strong shared evidence.
#include "align/cross_moves.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <tuple>

namespace driftcheck {
namespace {

// Runs of leftover sentences within one paragraph: a moved verse or paragraph moves whole.
std::vector<std::pair<int, int>> leftover_units(const std::vector<int>& leftover,
                                                const std::vector<bool>& paragraph_end) {
  std::vector<std::pair<int, int>> units;
  for (int k : leftover) {
    if (!units.empty() && units.back().second == k && !paragraph_end[static_cast<size_t>(k - 1)]) {
      ++units.back().second;
    } else {
      units.push_back({k, k + 1});
    }
  }
  return units;
}

double group_cos(const CrossProfiles& p, int ob, int oe, int rb, int re) {
  double d = 0.0, no = 0.0, nr = 0.0;
  for (int k = ob; k < oe; ++k)
    for (int x = ob; x < oe; ++x)
      no += dot(p.original[static_cast<size_t>(k)].terms, p.original[static_cast<size_t>(x)].terms);
  for (int j = rb; j < re; ++j)
    for (int x = rb; x < re; ++x)
      nr +=
          dot(p.rendition[static_cast<size_t>(j)].terms, p.rendition[static_cast<size_t>(x)].terms);
  for (int k = ob; k < oe; ++k)
    for (int j = rb; j < re; ++j)
      d += dot(p.original[static_cast<size_t>(k)].terms, p.rendition[static_cast<size_t>(j)].terms);
  return group_cosine(d, no, nr);
}

// A stretch of one side that may be moved: leftover sentences of one paragraph, or the first
// or last paragraph of a match's side (a moved sentence the path glued to a neighbour), or
// the whole side of a match (a moved sentence the path paired with a weaker partner).
struct Unit {
  int begin = 0;
  int end = 0;
  int bead = -1;         // index into the matches; -1 for leftover sentences
  double current = 0.0;  // cosine with the bead's other side as it stands
  double norm2 = 0.0;    // squared norm of the stretch's summed vector
};

// Paragraph runs of [begin, end) on one side.
std::vector<std::pair<int, int>> paragraph_runs(int begin, int end,
                                                const std::vector<bool>& paragraph_end) {
  std::vector<std::pair<int, int>> runs;
  for (int k = begin; k < end; ++k) {
    if (runs.empty() || paragraph_end[static_cast<size_t>(k - 1)]) runs.push_back({k, k});
    runs.back().second = k + 1;
  }
  return runs;
}

std::vector<Unit> movable_units(const CrossProfiles& p, bool original,
                                const std::vector<SearchBead>& matches,
                                const std::vector<int>& leftover) {
  const std::vector<bool>& ends = original ? p.original_paragraph_end : p.rendition_paragraph_end;
  std::vector<Unit> units;
  for (const auto& [b, e] : leftover_units(leftover, ends)) units.push_back({b, e, -1, 0.0, 0.0});
  for (size_t k = 0; k < matches.size(); ++k) {
    const SearchBead& m = matches[k];
    const int begin = original ? m.original_begin : m.rendition_begin;
    const int end = original ? m.original_end : m.rendition_end;
    const auto runs = paragraph_runs(begin, end, ends);
    auto add = [&](int b, int e) {
      const double current = original ? group_cos(p, b, e, m.rendition_begin, m.rendition_end)
                                      : group_cos(p, m.original_begin, m.original_end, b, e);
      units.push_back({b, e, static_cast<int>(k), current, 0.0});
    };
    add(begin, end);
    if (runs.size() >= 2) {
      add(runs.front().first, runs.front().second);
      add(runs.back().first, runs.back().second);
    }
  }
  const auto& side = original ? p.original : p.rendition;
  for (Unit& u : units)
    for (int k = u.begin; k < u.end; ++k)
      for (int x = u.begin; x < u.end; ++x)
        u.norm2 += dot(side[static_cast<size_t>(k)].terms, side[static_cast<size_t>(x)].terms);
  return units;
}

// Distinct features the two stretches share: two short sentences can have a high cosine on
// one name alone.
int shared_features(const CrossProfiles& p, const Unit& x, const Unit& y) {
  auto ids = [](const std::vector<SentenceProfile>& side, const Unit& u) {
    std::vector<uint32_t> out;
    for (int k = u.begin; k < u.end; ++k) {
      const auto& v = side[static_cast<size_t>(k)].terms.ids;
      out.insert(out.end(), v.begin(), v.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  const std::vector<uint32_t> a = ids(p.original, x), b = ids(p.rendition, y);
  std::vector<uint32_t> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return static_cast<int>(both.size());
}

}  // namespace

// Moves: pairs of units, at least one of them leftover, that are each other's translation
// far better than what the path gave them, taken greedily from the most similar. A unit taken
// from a match shrinks it (or, if it was the match's whole side, leaves the other side over).
std::vector<SearchBead> find_cross_moves(const CrossProfiles& p, std::vector<SearchBead>& matches,
                                         std::vector<int>& omitted, std::vector<int>& added,
                                         const AlignOptions& options) {
  const std::vector<Unit> uo = movable_units(p, true, matches, omitted);
  const std::vector<Unit> ur = movable_units(p, false, matches, added);
  const double max_fit = std::log(options.cross.move_length_ratio);
  const double c = p.length_ratio;
  auto length = [](const std::vector<SentenceProfile>& side, const Unit& u) {
    double sum = 0.0;
    for (int k = u.begin; k < u.end; ++k) sum += side[static_cast<size_t>(k)].length;
    return sum;
  };
  struct Candidate {
    double score;
    size_t x, y;
  };
  // Pairs with a leftover on at least one side, not farther apart than the window (scaled
  // to the rendition's positions), so cost stays linear in the leftovers.
  const double scale = p.original.empty() ? 1.0
                                          : static_cast<double>(p.rendition.size()) /
                                                static_cast<double>(p.original.size());
  std::vector<size_t> all_r, leftover_r;  // by position
  for (size_t y = 0; y < ur.size(); ++y) {
    all_r.push_back(y);
    if (ur[y].bead < 0) leftover_r.push_back(y);
  }
  auto by_begin = [&](size_t a, size_t b) {
    return std::tie(ur[a].begin, a) < std::tie(ur[b].begin, b);
  };
  std::sort(all_r.begin(), all_r.end(), by_begin);
  std::sort(leftover_r.begin(), leftover_r.end(), by_begin);
  std::vector<Candidate> candidates;
  for (size_t x = 0; x < uo.size(); ++x) {
    const std::vector<size_t>& partners = uo[x].bead < 0 ? all_r : leftover_r;
    const double at = scale * uo[x].begin;
    const auto first =
        std::lower_bound(partners.begin(), partners.end(), at - options.cross.move_window,
                         [&](size_t y, double v) { return static_cast<double>(ur[y].begin) < v; });
    for (auto it = first; it != partners.end() && ur[*it].begin <= at + options.cross.move_window;
         ++it) {
      const size_t y = *it;
      if (uo[x].bead >= 0 && ur[y].bead >= 0) continue;
      const double lo = length(p.original, uo[x]), lr = length(p.rendition, ur[y]);
      if (std::abs(std::log((lr + 20.0) / (c * lo + 20.0))) > max_fit) continue;
      double shared = 0.0;
      for (int k = uo[x].begin; k < uo[x].end; ++k)
        for (int j = ur[y].begin; j < ur[y].end; ++j)
          shared += dot(p.original[static_cast<size_t>(k)].terms,
                        p.rendition[static_cast<size_t>(j)].terms);
      if (shared <= 0.0) continue;
      const double cos = group_cosine(shared, uo[x].norm2, ur[y].norm2);
      if (cos < options.cross.move_threshold) continue;
      const double current = std::max(uo[x].current, ur[y].current);
      if (cos < current + options.cross.move_margin) continue;
      if (shared_features(p, uo[x], ur[y]) < options.cross.move_shared) continue;
      candidates.push_back({cos, x, y});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score > b.score : std::tie(a.x, a.y) < std::tie(b.x, b.y);
  });
  std::vector<bool> used_o(p.original.size(), false), used_r(p.rendition.size(), false);
  std::vector<bool> donated(matches.size(), false);
  std::vector<bool> dissolved(matches.size(), false);
  std::vector<SearchBead> moves;
  auto free = [](const std::vector<bool>& used, const Unit& u) {
    for (int k = u.begin; k < u.end; ++k)
      if (used[static_cast<size_t>(k)]) return false;
    return true;
  };
  for (const Candidate& cand : candidates) {
    const Unit& x = uo[cand.x];
    const Unit& y = ur[cand.y];
    const int bead = std::max(x.bead, y.bead);
    if (!free(used_o, x) || !free(used_r, y) || (bead >= 0 && donated[static_cast<size_t>(bead)]))
      continue;
    for (int k = x.begin; k < x.end; ++k) used_o[static_cast<size_t>(k)] = true;
    for (int k = y.begin; k < y.end; ++k) used_r[static_cast<size_t>(k)] = true;
    moves.push_back({x.begin, x.end, y.begin, y.end, cand.score});
    if (bead < 0) continue;
    donated[static_cast<size_t>(bead)] = true;
    SearchBead& m = matches[static_cast<size_t>(bead)];
    const Unit& taken = x.bead >= 0 ? x : y;
    int& begin = x.bead >= 0 ? m.original_begin : m.rendition_begin;
    int& end = x.bead >= 0 ? m.original_end : m.rendition_end;
    if (taken.begin == begin && taken.end == end) {
      dissolved[static_cast<size_t>(bead)] = true;  // its other side is left over
      continue;
    }
    if (taken.begin == begin)
      begin = taken.end;
    else
      end = taken.begin;
    m.score = group_cos(p, m.original_begin, m.original_end, m.rendition_begin, m.rendition_end);
    // Its sentences stay matched; mark them so no later pair takes them.
  }
  std::vector<SearchBead> kept;
  for (size_t k = 0; k < matches.size(); ++k) {
    const SearchBead& m = matches[k];
    if (!dissolved[k]) {
      kept.push_back(m);
      continue;
    }
    for (int i = m.original_begin; i < m.original_end; ++i)
      if (!used_o[static_cast<size_t>(i)]) omitted.push_back(i);
    for (int j = m.rendition_begin; j < m.rendition_end; ++j)
      if (!used_r[static_cast<size_t>(j)]) added.push_back(j);
  }
  matches = std::move(kept);
  std::erase_if(omitted, [&](int k) { return used_o[static_cast<size_t>(k)]; });
  std::erase_if(added, [&](int k) { return used_r[static_cast<size_t>(k)]; });
  std::sort(omitted.begin(), omitted.end());
  std::sort(added.begin(), added.end());
  std::sort(moves.begin(), moves.end(), [](const SearchBead& a, const SearchBead& b) {
    return a.original_begin < b.original_begin;
  });
  return moves;
}

}  // namespace driftcheck
