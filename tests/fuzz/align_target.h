#pragma once
// Fuzz target: two documents → align_documents, and the Alignment's documented invariants.
//
// Input: byte 0 picks the language; the rest is split at the first 0x1E byte into the
// original and the rendition (no separator: the document against itself).
#include <vector>

#include "align/align.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/segment_target.h"

namespace driftcheck::fuzz {

struct DocumentPair {
  Document original;
  Document rendition;
};

inline std::optional<DocumentPair> document_pair(const uint8_t* data, size_t size) {
  if (size == 0 || size > kMaxInput) return std::nullopt;
  const auto [left, right] = split_at_separator(as_view(data + 1, size - 1));
  std::optional<std::string> original = decode_as_utf8(left);
  std::optional<std::string> rendition = decode_as_utf8(right);
  if (!original || !rendition) return std::nullopt;
  const std::string language = pick_language(data[0]);
  DocumentPair pair{segment_text(std::move(*original), SegmentOptions{language}),
                    segment_text(std::move(*rendition), SegmentOptions{language})};
  pair.original.path = "original.txt";
  pair.rendition.path = "rendition.txt";
  pair.original.encoding = pair.rendition.encoding = "UTF-8";
  return pair;
}

// Every body sentence of each side is in exactly one bead; ids are in range and ascending.
inline void require_alignment_invariants(const Alignment& a, const Document& original,
                                         const Document& rendition) {
  FUZZ_REQUIRE(a.original_zones.size() == original.sentences.size());
  FUZZ_REQUIRE(a.rendition_zones.size() == rendition.sentences.size());
  std::vector<int> original_seen(original.sentences.size(), 0);
  std::vector<int> rendition_seen(rendition.sentences.size(), 0);
  const auto visit = [](const std::vector<int>& ids, std::vector<int>& seen) {
    for (size_t i = 0; i < ids.size(); ++i) {
      FUZZ_REQUIRE(ids[i] >= 0 && static_cast<size_t>(ids[i]) < seen.size());
      FUZZ_REQUIRE(i == 0 || ids[i - 1] < ids[i]);
      ++seen[static_cast<size_t>(ids[i])];
    }
  };
  for (const Bead& b : a.beads) {
    FUZZ_REQUIRE(!b.original.empty() || !b.rendition.empty());
    FUZZ_REQUIRE(b.kind != BeadKind::omitted || b.rendition.empty());
    FUZZ_REQUIRE(b.kind != BeadKind::added || b.original.empty());
    FUZZ_REQUIRE(b.score >= 0.0 && b.score <= 1.0);  // also false for NaN
    visit(b.original, original_seen);
    visit(b.rendition, rendition_seen);
  }
  const auto require_covered = [](const std::vector<int>& seen, const std::vector<Zone>& zones) {
    for (size_t i = 0; i < seen.size(); ++i)
      FUZZ_REQUIRE(zones[i] == Zone::body ? seen[i] == 1 : seen[i] <= 1);
  };
  require_covered(original_seen, a.original_zones);
  require_covered(rendition_seen, a.rendition_zones);
}

inline int align(const uint8_t* data, size_t size) {
  std::optional<DocumentPair> pair = document_pair(data, size);
  if (!pair) return 0;
  const Alignment a = align_documents(pair->original, pair->rendition, AlignOptions{});
  require_alignment_invariants(a, pair->original, pair->rendition);
  return 0;
}

}  // namespace driftcheck::fuzz
