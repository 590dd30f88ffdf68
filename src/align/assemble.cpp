// The last phase, and the path for two languages: beads in sentence ids, in the rendition's
// reading order, with each sentence's zone.
#include <algorithm>
#include <tuple>

#include "align/align_phases.h"
#include "align/cross_language.h"

namespace driftcheck {
namespace {

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

}  // namespace

Alignment assemble(const Document& original, const Document& rendition,
                   const Candidates& candidates, const ArticleCore& core,
                   const AlignmentParts& parts) {
  const std::vector<int>& ids_o = candidates.ids_o;
  const std::vector<int>& ids_r = candidates.ids_r;
  const std::vector<bool>& outside_o = core.outside_o;
  const std::vector<bool>& outside_r = core.outside_r;
  const std::vector<SearchBead>& matches = parts.matches;
  const std::vector<SearchBead>& moves = parts.moves;
  const std::vector<int>& omitted = parts.omitted;
  const std::vector<int>& added = parts.added;
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

// Every cross-language match counts as strong for the article's core: the features' cosine
// across languages says little about how well two sentences match.
Alignment align_languages(const Document& original, const Document& rendition,
                          const Candidates& candidates, const AlignOptions& options) {
  const std::vector<int>& ids_o = candidates.ids_o;
  const std::vector<int>& ids_r = candidates.ids_r;
  CrossAlignment cross = align_across_languages(original, ids_o, rendition, ids_r, options);
  MatchStrength strength;
  strength.original.assign(original.sentences.size(), 0.0);
  strength.rendition.assign(rendition.sentences.size(), 0.0);
  for (const auto* list : {&cross.matches, &cross.moves})
    for (const SearchBead& b : *list) {
      for (int k = b.original_begin; k < b.original_end; ++k)
        strength.original[static_cast<size_t>(ids_o[static_cast<size_t>(k)])] = 1.0;
      for (int k = b.rendition_begin; k < b.rendition_end; ++k)
        strength.rendition[static_cast<size_t>(ids_r[static_cast<size_t>(k)])] = 1.0;
    }
  const ArticleCore core = find_article_core(candidates, strength, options);
  AlignmentParts parts;
  for (const auto& [list, kept] :
       {std::pair{&cross.matches, &parts.matches}, {&cross.moves, &parts.moves}})
    for (const SearchBead& b : *list) {
      bool keep = true;
      for (int k = b.original_begin; k < b.original_end; ++k)
        keep &= core.body_o[static_cast<size_t>(k)];
      for (int k = b.rendition_begin; k < b.rendition_end; ++k)
        keep &= core.body_r[static_cast<size_t>(k)];
      if (keep) {
        kept->push_back(b);
        continue;
      }
      for (int k = b.original_begin; k < b.original_end; ++k) cross.omitted.push_back(k);
      for (int k = b.rendition_begin; k < b.rendition_end; ++k) cross.added.push_back(k);
    }
  for (int k : cross.omitted)
    if (core.body_o[static_cast<size_t>(k)]) parts.omitted.push_back(k);
  for (int k : cross.added)
    if (core.body_r[static_cast<size_t>(k)]) parts.added.push_back(k);
  std::sort(parts.omitted.begin(), parts.omitted.end());
  std::sort(parts.added.begin(), parts.added.end());
  return assemble(original, rendition, candidates, core, parts);
}

}  // namespace driftcheck
