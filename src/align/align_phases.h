#pragma once
// The phases of align_documents, in the order it runs them; each takes and returns plain
// values, so each can be run and tested alone:
//
//   Candidates c = select_candidates(original, rendition, options);   // chrome left out
//   PairProfiles profiles(original, c.ids_o, rendition, c.ids_r, options);
//   std::vector<SearchBead> path = search_beads(profiles, options);   // bead_search.h
//   ArticleCore core = find_article_core(c, path_strength(c, path), options);
//   AlignmentParts parts = keep_trusted_matches(path, core, options);
//   find_moved_sentences(profiles, core, parts, options);
//   fill_holes(profiles, path, parts, options);
//   attach_neighbours(profiles, parts, options);
//   Alignment a = assemble(original, rendition, c, core, parts);
//
// Two languages take align_languages instead of the path and what follows it. Inside the
// phases sentences are profile indices (positions in Candidates::ids_*); Candidates and
// ArticleCore translate to and from sentence ids.
#include <vector>

#include "align/align_options.h"
#include "align/alignment.h"
#include "align/bead_search.h"
#include "align/similarity.h"
#include "text/document.h"

namespace driftcheck {

// The sentences that take part in the alignment: every one but page chrome (zones.h).
struct Candidates {
  std::vector<bool> chrome_o, chrome_r;  // by sentence id
  std::vector<int> ids_o, ids_r;         // sentence id of each profile index, ascending
};

// Chrome judged on each side alone, before anything is aligned.
Candidates select_candidates(const Document& original, const Document& rendition,
                             const AlignOptions& options);

// How strongly each sentence is matched (0 if not), by sentence id: the article's core lies
// where the strong matches are.
struct MatchStrength {
  std::vector<double> original, rendition;
};

// The score of each sentence's bead on the monotone path; beads with an empty side count
// for nothing.
MatchStrength path_strength(const Candidates& candidates, const std::vector<SearchBead>& path);

struct ArticleCore {
  std::vector<bool> outside_o, outside_r;  // by sentence id: page content, chrome included
  std::vector<bool> body_o, body_r;        // by profile index: inside the article
};

// Everything outside the run of strong matches that makes the article (zones.h outside_core).
ArticleCore find_article_core(const Candidates& candidates, const MatchStrength& strength,
                              const AlignOptions& options);

// What the phases after the path build up, in profile indices.
struct AlignmentParts {
  std::vector<SearchBead> matches;  // in order, by original position
  std::vector<SearchBead> moves;    // out of order (or found again in order), by original
  std::vector<int> omitted;         // ascending; may still hold sentences a move took
  std::vector<int> added;           // ascending; likewise
};

// The path's matches that lie inside the article and reach `weak_match`; the article
// sentences of every other bead become omitted or added (page content drops out).
AlignmentParts keep_trusted_matches(const std::vector<SearchBead>& path, const ArticleCore& core,
                                    const AlignOptions& options);

// Pairs leftover sentences moved out of order (moves.h find_moves), takes a moved sentence
// back from a weaker in-order partner (steal_matches) and seeks a partner for the sentence
// that frees. Checks the deadline.
void find_moved_sentences(const PairProfiles& profiles, const ArticleCore& core,
                          AlignmentParts& parts, const AlignOptions& options);

// Gale-Church inside each gap of the path between two kept matches: leftovers of similar
// length there are one sentence reworded past recognition, and become matches (lengths are
// the main evidence, shared words add to it). Moved sentences stay out of the gaps.
void fill_holes(const PairProfiles& profiles, const std::vector<SearchBead>& path,
                AlignmentParts& parts, const AlignOptions& options);

// A leftover sentence next to a match joins it (the other half of a split or merge) when
// the joined lengths fit better than the match's own by more than `attach_gain`.
void attach_neighbours(const PairProfiles& profiles, AlignmentParts& parts,
                       const AlignOptions& options);

// The beads in the rendition's reading order, in sentence ids, and each sentence's zone:
// in-order matches by rendition position, an omitted sentence right after the in-order
// match holding the original sentence before it; a move found in order after all is a match.
Alignment assemble(const Document& original, const Document& rendition,
                   const Candidates& candidates, const ArticleCore& core,
                   const AlignmentParts& parts);

// Two languages: the cross-language path (cross_language.h), then the same core and
// placement as in one language.
Alignment align_languages(const Document& original, const Document& rendition,
                          const Candidates& candidates, const AlignOptions& options);

}  // namespace driftcheck
