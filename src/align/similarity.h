#pragma once
// Sentence features for alignment: sparse TF-IDF vectors over stems, numbers, names and
// character n-grams, weighted by how rare each feature is within the pair itself.
//
//   PairProfiles p(original, original_ids, rendition, rendition_ids, options);
//   double c = cosine(p.original()[0].terms, p.rendition()[0].terms);
//
// Vectors add: the vector of a group of sentences is the sum of theirs, so a bead's
// cosine follows from pairwise dot products (see group_cosine).
#include <cstdint>
#include <vector>

#include "align/align_options.h"
#include "text/document.h"

namespace driftcheck {

// Feature ids ascending, with their weights.
struct SparseVector {
  std::vector<uint32_t> ids;
  std::vector<float> weights;
};

double dot(const SparseVector& a, const SparseVector& b);

// A quantity's value as a feature key, in the spelling a plain figure's digits give:
// "$70 thousand", "70,000 US dollars" and "70000" all key as "70000".
std::string value_key(double value);

struct SentenceProfile {
  SparseVector terms;
  double norm2 = 0.0;       // dot(terms, terms)
  double length = 0.0;      // code points
  bool punctuated = false;  // ends like a sentence (zones.h), not like a label or heading
};

// The profiles of the sentences that take part in the alignment, in the order given.
class PairProfiles {
 public:
  // `original_ids` / `rendition_ids` name the sentences to profile (the body candidates);
  // IDF counts only them. Creates an ICU transliterator only when the scripts differ.
  PairProfiles(const Document& original, const std::vector<int>& original_ids,
               const Document& rendition, const std::vector<int>& rendition_ids,
               const AlignOptions& options);

  const std::vector<SentenceProfile>& original() const { return original_; }
  const std::vector<SentenceProfile>& rendition() const { return rendition_; }
  // Total rendition length over total original length (Gale-Church's c); 1 if empty.
  double length_ratio() const { return length_ratio_; }
  // Number of distinct features, and how many rendition sentences hold each.
  const std::vector<uint32_t>& rendition_df() const { return rendition_df_; }
  // Feature ids run from 0 to this, over both sides.
  size_t feature_count() const { return rendition_df_.size(); }
  bool cross_script() const { return cross_script_; }
  // True if the two sentences share a name or a figure (a feature weighted as one anywhere).
  bool share_anchor(const SentenceProfile& a, const SentenceProfile& b) const;

 private:
  std::vector<SentenceProfile> original_;
  std::vector<SentenceProfile> rendition_;
  std::vector<uint32_t> rendition_df_;
  std::vector<bool> anchor_;  // by feature id
  double length_ratio_ = 1.0;
  bool cross_script_ = false;
};

// Cosine of two vectors from their dot product and squared norms; 0 if either is empty.
double group_cosine(double dot_ab, double norm2_a, double norm2_b);

inline double cosine(const SentenceProfile& a, const SentenceProfile& b) {
  return group_cosine(dot(a.terms, b.terms), a.norm2, b.norm2);
}

}  // namespace driftcheck
