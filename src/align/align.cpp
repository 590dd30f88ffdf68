// Wires the alignment stages: chrome → features → monotone path → article core → moves →
// beads in the rendition's reading order.
#include "align/align.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <tuple>

#include "align/bead_search.h"
#include "align/moves.h"
#include "align/similarity.h"
#include "align/zones.h"

namespace driftcheck {
namespace {

std::vector<int> candidates(const std::vector<bool>& chrome) {
  std::vector<int> ids;
  for (size_t k = 0; k < chrome.size(); ++k)
    if (!chrome[k]) ids.push_back(static_cast<int>(k));
  return ids;
}

std::vector<int> sentence_ids(const std::vector<int>& ids, int begin, int end) {
  std::vector<int> out;
  for (int k = begin; k < end; ++k) out.push_back(ids[static_cast<size_t>(k)]);
  return out;
}

// Where each bead goes in the output: the rendition position, then the original one.
struct Placed {
  Bead bead;
  double rendition_key;
  int original_key;
};

// Pairs single leftover sentences that sit in the same gap of the path (see align_documents).
void fill_holes(const PairProfiles& profiles, const std::vector<SearchBead>& path,
                const std::vector<SearchBead>& moves, std::vector<int>& omitted,
                std::vector<int>& added, const AlignOptions& options,
                std::vector<SearchBead>& matches) {
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
  std::vector<int> hole_o, hole_r;
  std::vector<SearchBead> filled;
  auto close_hole = [&]() {
    if (hole_o.size() == 1 && hole_r.size() == 1) {
      const auto& o = profiles.original()[static_cast<size_t>(hole_o[0])];
      const auto& r = profiles.rendition()[static_cast<size_t>(hole_r[0])];
      const double ratio = r.length / (profiles.length_ratio() * std::max(o.length, 1.0));
      if (ratio > 1.0 / options.hole_length_ratio && ratio < options.hole_length_ratio)
        filled.push_back({hole_o[0], hole_o[0] + 1, hole_r[0], hole_r[0] + 1, cosine(o, r)});
    }
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
    // A moved sentence inside the gap splits it: the order around it is not known.
    for (int k = b.original_begin; k < b.original_end; ++k)
      if (moved_o[static_cast<size_t>(k)]) hole_o.push_back(-1), hole_o.push_back(-1);
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      if (moved_r[static_cast<size_t>(k)]) hole_r.push_back(-1), hole_r.push_back(-1);
  }
  close_hole();
  for (const SearchBead& f : filled) {
    std::erase(omitted, f.original_begin);
    std::erase(added, f.rendition_begin);
  }
  matches.insert(matches.end(), filled.begin(), filled.end());
  std::stable_sort(matches.begin(), matches.end(), [](const SearchBead& x, const SearchBead& y) {
    return x.original_begin < y.original_begin;
  });
}

}  // namespace

Alignment align_documents(const Document& original, const Document& rendition,
                          const AlignOptions& options_in) {
  AlignOptions options = options_in;  // TUNE-HOOK
  if (const char* env = std::getenv("DC_TUNE")) {  // TUNE-HOOK
    std::string spec(env);  // TUNE-HOOK
    for (size_t at = 0; at < spec.size();) {  // TUNE-HOOK
      size_t end = spec.find(',', at); if (end == std::string::npos) end = spec.size();  // TUNE-HOOK
      const std::string kv = spec.substr(at, end - at); at = end + 1;  // TUNE-HOOK
      const size_t eq = kv.find('='); const std::string k = kv.substr(0, eq); const double v = std::atof(kv.c_str() + eq + 1);  // TUNE-HOOK
#define TUNE(name) if (k == #name) options.name = static_cast<decltype(options.name)>(v);  // TUNE-HOOK
      TUNE(match_threshold) TUNE(merge_penalty) TUNE(wide_penalty) TUNE(min_member_share) TUNE(length_weight) TUNE(move_threshold) TUNE(weak_match) TUNE(hole_length_ratio) TUNE(ngram_weight) TUNE(name_weight) TUNE(number_weight) TUNE(band_margin)  // TUNE-HOOK
#undef TUNE
    }  // TUNE-HOOK
  }  // TUNE-HOOK
  const std::vector<bool> chrome_o = chrome_sentences(original, options);
  const std::vector<bool> chrome_r = chrome_sentences(rendition, options);
  const std::vector<int> ids_o = candidates(chrome_o);
  const std::vector<int> ids_r = candidates(chrome_r);
  const PairProfiles profiles(original, ids_o, rendition, ids_r, options);
  std::vector<SearchBead> path = search_beads(profiles, options);

  // The article's core, from where the strong matches lie on each side.
  std::vector<double> strength_o(original.sentences.size(), 0.0);
  std::vector<double> strength_r(rendition.sentences.size(), 0.0);
  for (const SearchBead& b : path) {
    if (b.original_begin == b.original_end || b.rendition_begin == b.rendition_end) continue;
    for (int k = b.original_begin; k < b.original_end; ++k)
      strength_o[static_cast<size_t>(ids_o[static_cast<size_t>(k)])] = b.score;
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      strength_r[static_cast<size_t>(ids_r[static_cast<size_t>(k)])] = b.score;
  }
  const std::vector<bool> outside_o = outside_core(chrome_o, strength_o, options);
  const std::vector<bool> outside_r = outside_core(chrome_r, strength_r, options);
  auto inside_o = [&](int k) {
    return !outside_o[static_cast<size_t>(ids_o[static_cast<size_t>(k)])];
  };
  auto inside_r = [&](int k) {
    return !outside_r[static_cast<size_t>(ids_r[static_cast<size_t>(k)])];
  };

  // Matches that touch page content, or are too weak to trust, come apart; what is left of
  // them is omitted or added (unless it is page content).
  std::vector<SearchBead> matches;
  std::vector<int> omitted, added;  // profile indices
  for (const SearchBead& b : path) {
    bool keep = b.original_begin < b.original_end && b.rendition_begin < b.rendition_end &&
                b.score >= options.weak_match;
    for (int k = b.original_begin; k < b.original_end && keep; ++k) keep = inside_o(k);
    for (int k = b.rendition_begin; k < b.rendition_end && keep; ++k) keep = inside_r(k);
    if (keep) {
      matches.push_back(b);
      continue;
    }
    for (int k = b.original_begin; k < b.original_end; ++k)
      if (inside_o(k)) omitted.push_back(k);
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      if (inside_r(k)) added.push_back(k);
  }
  std::sort(omitted.begin(), omitted.end());
  std::sort(added.begin(), added.end());
  const std::vector<SearchBead> moves = find_moves(profiles, omitted, added, options);

  // A hole of exactly one omitted and one added sentence between the same two matches is,
  // in a rendition, nearly always one sentence reworded past recognition: pair them when
  // their lengths agree.
  fill_holes(profiles, path, moves, omitted, added, options, matches);

  Alignment out;
  out.original_zones.assign(original.sentences.size(), Zone::body);
  out.rendition_zones.assign(rendition.sentences.size(), Zone::body);
  for (size_t k = 0; k < outside_o.size(); ++k)
    if (outside_o[k]) out.original_zones[k] = Zone::boilerplate;
  for (size_t k = 0; k < outside_r.size(); ++k)
    if (outside_r[k]) out.rendition_zones[k] = Zone::boilerplate;

  // Placement: in-order matches by rendition position; an omitted sentence right after the
  // in-order match holding the original sentence before it.
  std::vector<Placed> placed;
  std::vector<bool> taken_o(ids_o.size(), false), taken_r(ids_r.size(), false);
  std::vector<double> key_after_o(ids_o.size() + 1, -0.5);  // by profile index
  for (const SearchBead& b : matches) {
    placed.push_back(
        {{sentence_ids(ids_o, b.original_begin, b.original_end),
          sentence_ids(ids_r, b.rendition_begin, b.rendition_end), BeadKind::match, b.score},
         double(b.rendition_begin),
         b.original_begin});
    for (int k = b.original_begin; k < b.original_end; ++k) taken_o[static_cast<size_t>(k)] = true;
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      taken_r[static_cast<size_t>(k)] = true;
    key_after_o[static_cast<size_t>(b.original_end)] = b.rendition_end - 0.5;
  }
  for (size_t k = 1; k < key_after_o.size(); ++k)
    key_after_o[k] = std::max(key_after_o[k], key_after_o[k - 1]);
  for (const SearchBead& b : moves) {
    // In order after all (a weak match dissolved and found again): a match, not a move.
    const bool in_order =
        key_after_o[static_cast<size_t>(b.original_begin)] < b.rendition_begin &&
        std::none_of(matches.begin(), matches.end(), [&](const SearchBead& m) {
          return m.original_begin >= b.original_end && m.rendition_begin < b.rendition_begin;
        });
    placed.push_back({{sentence_ids(ids_o, b.original_begin, b.original_end),
                       sentence_ids(ids_r, b.rendition_begin, b.rendition_end),
                       in_order ? BeadKind::match : BeadKind::moved, b.score},
                      double(b.rendition_begin),
                      b.original_begin});
    for (int k = b.original_begin; k < b.original_end; ++k) taken_o[static_cast<size_t>(k)] = true;
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      taken_r[static_cast<size_t>(k)] = true;
  }
  for (int k : omitted)
    if (!taken_o[static_cast<size_t>(k)])
      placed.push_back({{{ids_o[static_cast<size_t>(k)]}, {}, BeadKind::omitted, 0.0},
                        key_after_o[static_cast<size_t>(k)],
                        k});
  for (int k : added)
    if (!taken_r[static_cast<size_t>(k)])
      placed.push_back(
          {{{}, {ids_r[static_cast<size_t>(k)]}, BeadKind::added, 0.0}, double(k), -1});
  std::stable_sort(placed.begin(), placed.end(), [](const Placed& x, const Placed& y) {
    return std::tie(x.rendition_key, x.original_key) < std::tie(y.rendition_key, y.original_key);
  });
  for (Placed& p : placed) out.beads.push_back(std::move(p.bead));
  return out;
}

}  // namespace driftcheck
