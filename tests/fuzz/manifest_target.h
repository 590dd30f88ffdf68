#pragma once
// Fuzz target: the batch manifest — bytes → parse_manifest, and the shard arithmetic on the
// result; the same bytes as a folder listing → pairs_by_convention.
//
// Input: the first line is a --shard spec ("2/4"), the rest the manifest's text.
#include <set>
#include <vector>

#include "batch/manifest.h"
#include "fuzz/fuzz_support.h"

namespace driftcheck::fuzz {

inline int manifest(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  std::string_view in = as_view(data, size);
  const size_t newline = in.find('\n');
  const std::string_view spec = in.substr(0, newline);
  const std::string_view text = newline == std::string_view::npos ? "" : in.substr(newline + 1);

  const Result<Shard> shard = parse_shard(spec);
  if (shard) FUZZ_REQUIRE(shard->k >= 1 && shard->k <= shard->n);

  const Result<std::vector<BatchPair>> pairs = parse_manifest(text, "fuzz/pairs.tsv");
  if (!pairs) {
    FUZZ_REQUIRE(!pairs.error().cause.empty());
  } else {
    std::set<std::string> ids;
    for (size_t i = 0; i < pairs->size(); ++i) {
      const BatchPair& p = (*pairs)[i];
      FUZZ_REQUIRE(!p.original.empty() && !p.rendition.empty() && !p.id.empty());
      FUZZ_REQUIRE(ids.insert(p.id).second);  // ids are unique
      FUZZ_REQUIRE(p.line >= 1);
    }
    if (shard && shard->n <= 64) {
      // The shards of one N are disjoint and together are all pairs.
      std::vector<int> seen(pairs->size(), 0);
      for (size_t k = 1; k <= shard->n; ++k) {
        for (const BatchPair& p : select_shard(*pairs, Shard{k, shard->n})) {
          FUZZ_REQUIRE(p.index < seen.size());
          ++seen[p.index];
        }
      }
      for (const int count : seen) FUZZ_REQUIRE(count == 1);
    }
  }

  std::vector<std::string> entries;
  for (size_t start = 0; start <= text.size();) {
    const size_t end = std::min(text.find('\n', start), text.size());
    entries.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  for (const BatchPair& p : pairs_by_convention("fuzz", entries))
    FUZZ_REQUIRE(!p.original.empty() || !p.rendition.empty());
  return 0;
}

}  // namespace driftcheck::fuzz
