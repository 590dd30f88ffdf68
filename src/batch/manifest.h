#pragma once
// Which pairs a batch checks: a TSV manifest, or files named by convention in a folder,
// and the shard of them this run takes.
//
//   Result<std::vector<BatchPair>> pairs = parse_manifest(tsv_text, "ci/pairs.tsv");
//   Result<Shard> shard = parse_shard("2/4");
//   std::vector<BatchPair> mine = select_shard(*pairs, *shard);
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace driftcheck {

struct BatchPair {
  std::string id;        // the manifest's third column, else the rendition path as written
  std::string original;  // resolved against the manifest's folder
  std::string rendition;
  size_t index = 0;  // 0-based position in the whole manifest, before sharding
  int line = 0;      // manifest line; 0 for pairs found by convention
};

// One pair per line: ORIGINAL <tab> RENDITION [<tab> ID]. Blank lines, lines starting
// with '#' and a header line "original<tab>rendition[<tab>id]" are skipped; relative
// paths are relative to the manifest's folder. A leading UTF-8 byte order mark is skipped
// and lines may end in CR LF. Fails naming the line on a line with the
// wrong number of fields, an empty field or an id used twice.
Result<std::vector<BatchPair>> parse_manifest(std::string_view text, const std::string& path);

// Pairs in a folder listing (paths relative to `dir`, '/'-separated), sorted by NAME:
// NAME/original.txt + NAME/rendition.txt, or NAME.orig.txt + NAME.trans.txt. A half
// without its partner still makes a pair, so that the missing file becomes an error record.
std::vector<BatchPair> pairs_by_convention(const std::string& dir,
                                           const std::vector<std::string>& entries);

// `--shard K/N`: K is 1-based (1 <= K <= N), as in "shard 2 of 4".
struct Shard {
  size_t k = 1;
  size_t n = 1;
};

// Parses "K/N"; fails on anything else, on N < 1 and on K outside 1..N.
Result<Shard> parse_shard(std::string_view spec);

// The pairs whose manifest index i has i % N == K - 1 (round robin, so slow stretches of a
// manifest spread over shards). The shards of one N are disjoint and together are all pairs.
std::vector<BatchPair> select_shard(const std::vector<BatchPair>& pairs, Shard shard);

}  // namespace driftcheck
