// Runs the alignment's phases (align_phases.h) in order: chrome → features → monotone path →
// article core → trusted matches → moves → gaps → beads in the rendition's reading order.
#include "align/align.h"

#include "align/align_phases.h"
#include "align/bead_search.h"
#include "align/cross_features.h"
#include "align/similarity.h"

namespace driftcheck {

Alignment align_documents(const Document& original, const Document& rendition,
                          const AlignOptions& options) {
  const Candidates candidates = select_candidates(original, rendition, options);
  if (languages_differ(original, rendition) &&
      shared_word_share(original, candidates.ids_o, rendition, candidates.ids_r) <
          options.cross.shared_words)
    return align_languages(original, rendition, candidates, options);
  const PairProfiles profiles(original, candidates.ids_o, rendition, candidates.ids_r, options);
  options.deadline.check();
  const std::vector<SearchBead> path = search_beads(profiles, options);
  options.deadline.check();
  const ArticleCore core = find_article_core(candidates, path_strength(candidates, path), options);
  // Matches that touch page content, or are too weak to trust, come apart.
  AlignmentParts parts = keep_trusted_matches(path, core, options);
  find_moved_sentences(profiles, core, parts, options);
  options.deadline.check();
  fill_holes(profiles, path, parts, options);
  attach_neighbours(profiles, parts, options);
  return assemble(original, rendition, candidates, core, parts);
}

}  // namespace driftcheck
