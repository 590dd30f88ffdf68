#pragma once
// Sentence features that survive translation, for aligning two documents in two languages:
// figures by value, names through transliteration, quotation, question and exclamation marks,
// and, where a FreeDict dictionary for the pair is installed, translated words.
//
//   std::optional<WordLinks> dict = dictionary_links(original, o_ids, rendition, r_ids, options);
//   CrossProfiles p = cross_profiles(original, o_ids, rendition, r_ids, {&*dict});
//   double c = cosine(p.original[0], p.rendition[0]);
//
// Each vector is TF-IDF weighted over the two documents, as in similarity.h, so vectors of a
// group of sentences add and a bead's cosine follows from pairwise dot products.
#include <string>
#include <vector>

#include "align/align_options.h"
#include "align/similarity.h"
#include "align/word_links.h"
#include "text/document.h"

namespace driftcheck {

struct CrossProfiles {
  std::vector<SentenceProfile> original;
  std::vector<SentenceProfile> rendition;
  // True where the sentence is the last of its paragraph.
  std::vector<bool> original_paragraph_end;
  std::vector<bool> rendition_paragraph_end;
  // Per sentence, the feature ids of its figures that occur on both sides, ascending.
  std::vector<std::vector<uint32_t>> original_figures;
  std::vector<std::vector<uint32_t>> rendition_figures;
  double length_ratio = 1.0;  // rendition length over original length, code points
};

// The features of the sentences named by `original_ids` / `rendition_ids`, in that order,
// with translated words from each of `links`.
CrossProfiles cross_profiles(const Document& original, const std::vector<int>& original_ids,
                             const Document& rendition, const std::vector<int>& rendition_ids,
                             const std::vector<const WordLinks*>& links);

// A name reduced to a spelling key that transliteration and other languages' usual forms
// share: lower-case ASCII in, vowels (and j, y) one class, h dropped, doubled letters single.
// "jesus" and "iisus" (Иисус) give "VsVs"; "moskva" and "moscow" share "mVsk".
std::string name_skeleton(std::string_view ascii_lower);

// True if the two documents' primary languages (BCP 47 primary subtags) differ and both
// are known.
bool languages_differ(const Document& original, const Document& rendition);

// Share of the rendition's words (four letters or more) that the original uses as well:
// 0.8 for a rewrite in one language, 0.1 or less for a translation. align_documents takes
// the cross-language path only when the languages differ and this is low, so that a
// misdetected language or two close ones still align on their shared words.
double shared_word_share(const Document& original, const std::vector<int>& original_ids,
                         const Document& rendition, const std::vector<int>& rendition_ids);

}  // namespace driftcheck
