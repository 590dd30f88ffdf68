// Across languages: a Gale-Church dynamic program over lengths in a band around the
// diagonal, with shared figures, names, marks and dictionary words as extra evidence, run
// twice (the second time with word pairs learnt from the first), then moves (cross_moves.h).
#include "align/cross_language.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>

#include "align/cross_features.h"
#include "align/cross_moves.h"

namespace driftcheck {
namespace {

struct Shape {
  int a;  // original sentences
  int b;  // rendition sentences
};
constexpr Shape kShapes[] = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}};
constexpr int kMaxSpan = 3;
constexpr double kNone = -std::numeric_limits<double>::infinity();

// Pairwise dot products of original and rendition sentences near the band, and of
// neighbouring sentences on one side, so that a bead's cosine costs a few additions.
class Dots {
 public:
  Dots(const CrossProfiles& p, const std::vector<int>& lo, const std::vector<int>& hi) : p_(p) {
    const int n = static_cast<int>(p.original.size());
    const int m = static_cast<int>(p.rendition.size());
    first_.resize(static_cast<size_t>(n));
    last_.resize(static_cast<size_t>(n));
    offset_.resize(static_cast<size_t>(n));
    for (int k = 0; k < n; ++k) {
      first_[k] = std::max(0, lo[static_cast<size_t>(k + 1)] - kMaxSpan);
      last_[k] = std::min(m - 1, hi[static_cast<size_t>(std::min(n, k + kMaxSpan))]);
      offset_[k] = values_.size();
      for (int j = first_[k]; j <= last_[k]; ++j)
        values_.push_back(dot(p.original[static_cast<size_t>(k)].terms,
                              p.rendition[static_cast<size_t>(j)].terms));
    }
    for (int d = 1; d < kMaxSpan; ++d) {
      within_o_[d - 1] = neighbours(p.original, d);
      within_r_[d - 1] = neighbours(p.rendition, d);
    }
  }

  double cross(int k, int j) const {
    if (j >= first_[k] && j <= last_[k])
      return values_[offset_[k] + static_cast<size_t>(j - first_[k])];
    return dot(p_.original[static_cast<size_t>(k)].terms,
               p_.rendition[static_cast<size_t>(j)].terms);
  }
  // Squared norm of the sum of sentences [begin, end) of one side.
  double norm2(bool original, int begin, int end) const {
    const auto& side = original ? p_.original : p_.rendition;
    const auto& within = original ? within_o_ : within_r_;
    double sum = 0.0;
    for (int k = begin; k < end; ++k) {
      sum += side[static_cast<size_t>(k)].norm2;
      for (int d = 1; k + d < end; ++d) sum += 2.0 * within[d - 1][static_cast<size_t>(k)];
    }
    return sum;
  }
  double cosine(int ob, int oe, int rb, int re) const {
    double d = 0.0;
    for (int k = ob; k < oe; ++k)
      for (int j = rb; j < re; ++j) d += cross(k, j);
    return group_cosine(d, norm2(true, ob, oe), norm2(false, rb, re));
  }

 private:
  static std::vector<double> neighbours(const std::vector<SentenceProfile>& side, int d) {
    std::vector<double> out(side.size(), 0.0);
    for (size_t k = 0; k + static_cast<size_t>(d) < side.size(); ++k)
      out[k] = dot(side[k].terms, side[k + static_cast<size_t>(d)].terms);
    return out;
  }
  const CrossProfiles& p_;
  std::vector<int> first_, last_;
  std::vector<size_t> offset_;
  std::vector<double> values_;
  std::vector<double> within_o_[kMaxSpan - 1], within_r_[kMaxSpan - 1];
};

// log(erfc(x / sqrt(2))), the log two-sided tail of a standard normal, tabulated: the
// dynamic program asks for it in every cell and shape.
class LogTail {
 public:
  LogTail() {
    for (size_t k = 0; k < values_.size(); ++k)
      values_[k] = std::max(kFloor, std::log(std::erfc(double(k) * kStep / std::sqrt(2.0))));
  }
  double operator()(double x) const {
    const double at = std::abs(x) / kStep;
    if (at >= double(values_.size() - 1)) return values_.back();
    const auto k = static_cast<size_t>(at);
    const double f = at - double(k);
    return values_[k] + f * (values_[k + 1] - values_[k]);
  }

 private:
  static constexpr double kStep = 0.01;
  static constexpr double kFloor = -50.0;
  std::array<double, 1201> values_{};
};

class BeadScorer {
 public:
  BeadScorer(const CrossProfiles& p, const Dots& dots, const AlignOptions& options)
      : p_(p), dots_(dots), options_(options) {
    length_o_.assign(p.original.size() + 1, 0.0);
    length_r_.assign(p.rendition.size() + 1, 0.0);
    for (size_t k = 0; k < p.original.size(); ++k)
      length_o_[k + 1] = length_o_[k] + p.original[k].length;
    for (size_t k = 0; k < p.rendition.size(); ++k)
      length_r_[k + 1] = length_r_[k] + p.rendition[k].length;
    auto paragraphs = [](const std::vector<bool>& ends) {
      return static_cast<double>(std::count(ends.begin(), ends.end(), true));
    };
    const double po = paragraphs(p.original_paragraph_end);
    const double pr = paragraphs(p.rendition_paragraph_end);
    // Paragraphs are evidence only when both documents have several, about as many.
    paragraphs_agree_ = po > 1 && pr > 1 && po / pr < 1.5 && pr / po < 1.5;
  }

  // Log-score of the bead ending at (i, j) with the given shape, or -infinity as soon as it
  // cannot exceed `floor` (then the shared features need not be looked at).
  double gain(int i, int j, const Shape& s, double floor) const {
    if (s.a == 0 || s.b == 0) return options_.cross.log_prior_null;
    const int ob = i - s.a, rb = j - s.b;
    double g = s.a + s.b == 2   ? options_.cross.log_prior_match
               : s.a + s.b == 3 ? options_.cross.log_prior_merge
                                : options_.cross.log_prior_wide;
    // Gale-Church: the rendition's length is normal around c times the original's, with a
    // variance that grows with length.
    const double lo = length_o_[static_cast<size_t>(i)] - length_o_[static_cast<size_t>(ob)];
    const double lr = length_r_[static_cast<size_t>(j)] - length_r_[static_cast<size_t>(rb)];
    const double c = p_.length_ratio;
    const double mean = std::max(1.0, 0.5 * (lo + lr / c));
    const double delta = (lr - c * lo) / std::sqrt(options_.cross.length_variance * c * mean);
    g += log_tail_(delta);
    // The shared-feature evidence below is at most this (every cosine 1), the penalties >= 0.
    const double best_evidence = 0.5 * options_.cross.lexical_weight * (s.a + s.b) *
                                 (1.0 - options_.cross.lexical_threshold);
    if (g + best_evidence <= floor) return kNone;
    const double n2o = dots_.norm2(true, ob, i), n2r = dots_.norm2(false, rb, j);
    if (n2o > 0.0 || n2r > 0.0) {
      // Each sentence of the bead weighs its own cosine with the other side's group: a merge
      // earns its place only if both halves share something with their partner, so a good
      // 1:1 cannot pull an unrelated neighbour pair into a 2:2.
      double evidence = 0.0;
      if (s.a + s.b == 2) {
        evidence = 2.0 * (dots_.cosine(ob, i, rb, j) - options_.cross.lexical_threshold);
      } else {
        for (int k = ob; k < i; ++k)
          evidence += dots_.cosine(k, k + 1, rb, j) - options_.cross.lexical_threshold;
        for (int k = rb; k < j; ++k)
          evidence += dots_.cosine(ob, i, k, k + 1) - options_.cross.lexical_threshold;
      }
      g += 0.5 * options_.cross.lexical_weight * evidence;
    }
    g -= options_.cross.figure_penalty * unmatched_figures(ob, i, rb, j);
    if (paragraphs_agree_ && p_.original_paragraph_end[static_cast<size_t>(i - 1)] !=
                                 p_.rendition_paragraph_end[static_cast<size_t>(j - 1)])
      g -= options_.cross.paragraph_penalty;
    return g;
  }

  // Figures of one side of the bead that the other side lacks: translations keep numbers.
  int unmatched_figures(int ob, int oe, int rb, int re) const {
    bool any = false;
    for (int k = ob; k < oe && !any; ++k)
      any = !p_.original_figures[static_cast<size_t>(k)].empty();
    for (int k = rb; k < re && !any; ++k)
      any = !p_.rendition_figures[static_cast<size_t>(k)].empty();
    if (!any) return 0;
    auto gather = [](const std::vector<std::vector<uint32_t>>& side, int b, int e) {
      std::vector<uint32_t> out;
      for (int k = b; k < e; ++k)
        out.insert(out.end(), side[static_cast<size_t>(k)].begin(),
                   side[static_cast<size_t>(k)].end());
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    };
    const std::vector<uint32_t> fo = gather(p_.original_figures, ob, oe);
    const std::vector<uint32_t> fr = gather(p_.rendition_figures, rb, re);
    if (fo.empty() && fr.empty()) return 0;
    std::vector<uint32_t> only;
    std::set_symmetric_difference(fo.begin(), fo.end(), fr.begin(), fr.end(),
                                  std::back_inserter(only));
    return static_cast<int>(only.size());
  }

 private:
  const CrossProfiles& p_;
  const Dots& dots_;
  const AlignOptions& options_;
  std::vector<double> length_o_, length_r_;
  bool paragraphs_agree_ = false;
  LogTail log_tail_;
};

// The best monotone path through a band of half width `width` around the diagonal, as beads
// in order; `touched` says whether it ran along the band's edge (a wider band may do better).
std::vector<SearchBead> search_band(const CrossProfiles& p, int width, const AlignOptions& options,
                                    bool& touched) {
  const int n = static_cast<int>(p.original.size());
  const int m = static_cast<int>(p.rendition.size());
  std::vector<int> lo(static_cast<size_t>(n) + 1), hi(static_cast<size_t>(n) + 1);
  for (int i = 0; i <= n; ++i) {
    const int center = n == 0 ? m : static_cast<int>(std::lround(double(i) * m / n));
    lo[static_cast<size_t>(i)] = i == 0 ? 0 : std::max(0, center - width);
    hi[static_cast<size_t>(i)] = i == n ? m : std::min(m, center + width);
  }
  const Dots dots(p, lo, hi);
  const BeadScorer scorer(p, dots, options);
  std::vector<size_t> row(static_cast<size_t>(n) + 2, 0);
  for (int i = 0; i <= n; ++i)
    row[static_cast<size_t>(i) + 1] =
        row[static_cast<size_t>(i)] +
        static_cast<size_t>(hi[static_cast<size_t>(i)] - lo[static_cast<size_t>(i)] + 1);
  std::vector<double> best(row.back(), kNone);
  std::vector<int8_t> from(row.back(), -1);
  auto cell = [&](int i, int j) -> ptrdiff_t {
    if (i < 0 || j < lo[static_cast<size_t>(i)] || j > hi[static_cast<size_t>(i)]) return -1;
    return static_cast<ptrdiff_t>(row[static_cast<size_t>(i)] +
                                  static_cast<size_t>(j - lo[static_cast<size_t>(i)]));
  };
  best[0] = 0.0;
  for (int i = 0; i <= n; ++i) {
    if (i % 64 == 0) options.deadline.check();
    for (int j = lo[static_cast<size_t>(i)]; j <= hi[static_cast<size_t>(i)]; ++j) {
      const auto here = static_cast<size_t>(cell(i, j));
      for (size_t s = 0; s < std::size(kShapes); ++s) {
        const Shape& shape = kShapes[s];
        const ptrdiff_t prev = cell(i - shape.a, j - shape.b);
        if (prev < 0 || best[static_cast<size_t>(prev)] == kNone) continue;
        const double from_prev = best[static_cast<size_t>(prev)];
        const double total = from_prev + scorer.gain(i, j, shape, best[here] - from_prev);
        if (total > best[here]) {
          best[here] = total;
          from[here] = static_cast<int8_t>(s);
        }
      }
    }
  }
  std::vector<SearchBead> path;
  touched = false;
  for (int i = n, j = m; i > 0 || j > 0;) {
    const int8_t s = from[static_cast<size_t>(cell(i, j))];
    const Shape& shape = kShapes[static_cast<size_t>(s)];
    SearchBead b{i - shape.a, i, j - shape.b, j, 0.0};
    if (shape.a > 0 && shape.b > 0)
      b.score = dots.cosine(b.original_begin, i, b.rendition_begin, j);
    path.push_back(b);
    // The band's own edge, not the document's: clamped rows end where the text does.
    const int row_lo = lo[static_cast<size_t>(i)], row_hi = hi[static_cast<size_t>(i)];
    const bool edge = (row_lo > 0 && j <= row_lo + 1) || (row_hi < m && j >= row_hi - 1);
    touched |= edge;
    i -= shape.a;
    j -= shape.b;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

// The best monotone path: a narrow band first, widened while the path runs along its edge.
std::vector<SearchBead> search_path(const CrossProfiles& p, const AlignOptions& options) {
  const int longer = static_cast<int>(std::max(p.original.size(), p.rendition.size()));
  const int rows = static_cast<int>(p.original.size()) + 1;
  // The widest band the cell budget allows, but never so narrow that consecutive rows miss
  // each other.
  const int step = (static_cast<int>(p.rendition.size()) + rows - 1) / rows;
  const int widest = std::max(
      {1, step,
       std::min(options.cross.band_max,
                static_cast<int>(options.cross.max_cells / (2 * static_cast<size_t>(rows))))});
  int width = std::min(widest, std::max(options.cross.band_min,
                                        static_cast<int>(options.cross.band_share * longer)));
  for (;;) {
    bool touched = false;
    std::vector<SearchBead> path = search_band(p, width, options, touched);
    if (!touched || width >= longer || width >= widest) return path;
    width = std::min(2 * width, widest);
  }
}

}  // namespace

CrossAlignment align_across_languages(const Document& original,
                                      const std::vector<int>& original_ids,
                                      const Document& rendition,
                                      const std::vector<int>& rendition_ids,
                                      const AlignOptions& options) {
  CrossAlignment out;
  const std::optional<WordLinks> dictionary =
      dictionary_links(original, original_ids, rendition, rendition_ids, options);
  out.used_dictionary = dictionary.has_value();
  std::vector<const WordLinks*> links;
  if (dictionary) links.push_back(&*dictionary);
  CrossProfiles profiles = cross_profiles(original, original_ids, rendition, rendition_ids, links);
  options.deadline.check();
  std::vector<SearchBead> path = search_path(profiles, options);
  // Second pass: word pairs learnt from the first pass's matches join the evidence.
  std::vector<SearchBead> first;
  for (const SearchBead& b : path)
    if (b.original_begin < b.original_end && b.rendition_begin < b.rendition_end)
      first.push_back(b);
  const WordLinks learned =
      learn_links(original, original_ids, rendition, rendition_ids, first, options);
  if (!learned.source_stems.empty()) {
    links.push_back(&learned);
    profiles = cross_profiles(original, original_ids, rendition, rendition_ids, links);
    options.deadline.check();
    path = search_path(profiles, options);
  }
  for (const SearchBead& b : path) {
    if (b.original_begin < b.original_end && b.rendition_begin < b.rendition_end) {
      out.matches.push_back(b);
      continue;
    }
    for (int k = b.original_begin; k < b.original_end; ++k) out.omitted.push_back(k);
    for (int k = b.rendition_begin; k < b.rendition_end; ++k) out.added.push_back(k);
  }
  options.deadline.check();
  out.moves = find_cross_moves(profiles, out.matches, out.omitted, out.added, options);
  return out;
}

}  // namespace driftcheck
