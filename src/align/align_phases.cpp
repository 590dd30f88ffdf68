// The phases before and after the monotone path: which sentences take part, where the article
// lies, which of the path's matches to trust, and which leftovers moved.
#include "align/align_phases.h"

#include <algorithm>

#include "align/moves.h"
#include "align/zones.h"

namespace driftcheck {
namespace {

std::vector<int> candidates(const std::vector<bool>& chrome) {
  std::vector<int> ids;
  for (size_t k = 0; k < chrome.size(); ++k)
    if (!chrome[k]) ids.push_back(static_cast<int>(k));
  return ids;
}

std::vector<bool> body_by_profile(const std::vector<bool>& outside, const std::vector<int>& ids) {
  std::vector<bool> body(ids.size());
  for (size_t k = 0; k < ids.size(); ++k) body[k] = !outside[static_cast<size_t>(ids[k])];
  return body;
}

void mark(const SearchBead& b, std::vector<bool>& used_o, std::vector<bool>& used_r) {
  for (int k = b.original_begin; k < b.original_end; ++k) used_o[static_cast<size_t>(k)] = true;
  for (int k = b.rendition_begin; k < b.rendition_end; ++k) used_r[static_cast<size_t>(k)] = true;
}

}  // namespace

Candidates select_candidates(const Document& original, const Document& rendition,
                             const AlignOptions& options) {
  Candidates c;
  c.chrome_o = chrome_sentences(original, options);
  c.chrome_r = chrome_sentences(rendition, options);
  c.ids_o = candidates(c.chrome_o);
  c.ids_r = candidates(c.chrome_r);
  return c;
}

MatchStrength path_strength(const Candidates& candidates, const std::vector<SearchBead>& path) {
  MatchStrength s;
  s.original.assign(candidates.chrome_o.size(), 0.0);
  s.rendition.assign(candidates.chrome_r.size(), 0.0);
  for (const SearchBead& b : path) {
    if (b.original_begin == b.original_end || b.rendition_begin == b.rendition_end) continue;
    for (int k = b.original_begin; k < b.original_end; ++k)
      s.original[static_cast<size_t>(candidates.ids_o[static_cast<size_t>(k)])] = b.score;
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      s.rendition[static_cast<size_t>(candidates.ids_r[static_cast<size_t>(k)])] = b.score;
  }
  return s;
}

ArticleCore find_article_core(const Candidates& candidates, const MatchStrength& strength,
                              const AlignOptions& options) {
  ArticleCore core;
  core.outside_o = outside_core(candidates.chrome_o, strength.original, options);
  core.outside_r = outside_core(candidates.chrome_r, strength.rendition, options);
  core.body_o = body_by_profile(core.outside_o, candidates.ids_o);
  core.body_r = body_by_profile(core.outside_r, candidates.ids_r);
  return core;
}

AlignmentParts keep_trusted_matches(const std::vector<SearchBead>& path, const ArticleCore& core,
                                    const AlignOptions& options) {
  AlignmentParts parts;
  for (const SearchBead& b : path) {
    bool keep = b.original_begin < b.original_end && b.rendition_begin < b.rendition_end &&
                b.score >= options.weak_match;
    for (int k = b.original_begin; k < b.original_end && keep; ++k)
      keep = core.body_o[static_cast<size_t>(k)];
    for (int k = b.rendition_begin; k < b.rendition_end && keep; ++k)
      keep = core.body_r[static_cast<size_t>(k)];
    if (keep) {
      parts.matches.push_back(b);
      continue;
    }
    for (int k = b.original_begin; k < b.original_end; ++k)
      if (core.body_o[static_cast<size_t>(k)]) parts.omitted.push_back(k);
    for (int k = b.rendition_begin; k < b.rendition_end; ++k)
      if (core.body_r[static_cast<size_t>(k)]) parts.added.push_back(k);
  }
  std::sort(parts.omitted.begin(), parts.omitted.end());
  std::sort(parts.added.begin(), parts.added.end());
  return parts;
}

void find_moved_sentences(const PairProfiles& profiles, const ArticleCore& core,
                          AlignmentParts& parts, const AlignOptions& options) {
  parts.moves = find_moves(profiles, parts.omitted, parts.added, core.body_o, core.body_r, options);
  options.deadline.check();
  // A moved sentence the path paired with a similar in-order neighbour: take it back, then
  // look for a partner for the neighbour it frees.
  std::vector<SearchBead> stolen =
      steal_matches(profiles, parts.matches, parts.omitted, parts.added, parts.moves, options);
  if (stolen.empty()) return;
  std::vector<bool> used_o(profiles.original().size(), false);
  std::vector<bool> used_r(profiles.rendition().size(), false);
  for (const auto* list : {&parts.moves, &stolen})
    for (const SearchBead& b : *list) mark(b, used_o, used_r);
  std::vector<int> rest_o, rest_r;
  for (int k : parts.omitted)
    if (!used_o[static_cast<size_t>(k)]) rest_o.push_back(k);
  for (int k : parts.added)
    if (!used_r[static_cast<size_t>(k)]) rest_r.push_back(k);
  const std::vector<SearchBead> more =
      find_moves(profiles, rest_o, rest_r, core.body_o, core.body_r, options);
  parts.moves.insert(parts.moves.end(), stolen.begin(), stolen.end());
  parts.moves.insert(parts.moves.end(), more.begin(), more.end());
  std::sort(parts.moves.begin(), parts.moves.end(), [](const SearchBead& x, const SearchBead& y) {
    return x.original_begin < y.original_begin;
  });
}

}  // namespace driftcheck
