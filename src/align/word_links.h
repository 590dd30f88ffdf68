#pragma once
// Word pairs across two languages, for the cross-language aligner's features
// (cross_features.h): from a FreeDict dictionary when one is installed, and learnt from a
// first alignment of the pair itself.
//
//   std::optional<WordLinks> dict = dictionary_links(original, o_ids, rendition, r_ids, options);
//   WordLinks learnt = learn_links(original, o_ids, rendition, r_ids, first_matches, options);
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "align/align_options.h"
#include "align/bead_search.h"
#include "text/document.h"

namespace driftcheck {

// Each source-side word stem stands for a concept, and a target-side stem carries the
// concepts it may translate.
struct WordLinks {
  bool source_is_original = true;
  std::unordered_set<std::string> source_stems;                        // that have a pair
  std::unordered_map<std::string, std::vector<std::string>> concepts;  // target stem -> stems
};

// Word pairs from the FreeDict dictionary for the two documents' languages under
// `options.cross.dictionary_dir` (either direction), for the words the documents use; nullopt when
// none is installed or it knows none of them.
std::optional<WordLinks> dictionary_links(const Document& original,
                                          const std::vector<int>& original_ids,
                                          const Document& rendition,
                                          const std::vector<int>& rendition_ids,
                                          const AlignOptions& options);

// Word pairs learnt from a first alignment (hunalign's idea, without its dictionary): content
// words of the two sides that occur in the same matched beads far more often than apart
// (Dice coefficient at least `cross.learn_dice`, together in at least `cross.learn_count`
// beads, each among the other's two best). The original is the source side.
WordLinks learn_links(const Document& original, const std::vector<int>& original_ids,
                      const Document& rendition, const std::vector<int>& rendition_ids,
                      const std::vector<SearchBead>& matches, const AlignOptions& options);

}  // namespace driftcheck
