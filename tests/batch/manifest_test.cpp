#include "batch/manifest.h"

#include <catch2/catch.hpp>

using namespace driftcheck;

TEST_CASE("manifest: pairs, ids and paths relative to the manifest", "[batch][manifest]") {
  const Result<std::vector<BatchPair>> pairs = parse_manifest(
      "original\trendition\tid\n"
      "# a comment\n"
      "\n"
      "a/orig.txt\ta/trans.txt\tfirst\r\n"
      "/abs/o.txt\tb/t.txt\n",
      "ci/pairs.tsv");
  REQUIRE(pairs.ok());
  REQUIRE(pairs->size() == 2);
  CHECK((*pairs)[0].id == "first");
  CHECK((*pairs)[0].original == "ci/a/orig.txt");
  CHECK((*pairs)[0].rendition == "ci/a/trans.txt");
  CHECK((*pairs)[0].index == 0);
  CHECK((*pairs)[0].line == 4);
  CHECK((*pairs)[1].id == "b/t.txt");
  CHECK((*pairs)[1].original == "/abs/o.txt");
  CHECK((*pairs)[1].index == 1);
}

// A byte order mark, as Notepad and Excel's "CSV UTF-8" start a file.
const std::string kBom = "\xEF\xBB\xBF";

TEST_CASE("manifest: a byte order mark and CR LF line ends change nothing", "[batch][manifest]") {
  const auto [text, first_line] = GENERATE(table<std::string, int>({
      {kBom + "original\trendition\tid\r\na.txt\tb.txt\tone\r\nc.txt\td.txt\ttwo\r\n", 2},
      {kBom + "a.txt\tb.txt\tone\r\nc.txt\td.txt\ttwo\r\n", 1},
      {kBom + "# Excel export\r\n\r\na.txt\tb.txt\tone\nc.txt\td.txt\ttwo", 3},
  }));
  INFO(text);
  const Result<std::vector<BatchPair>> pairs = parse_manifest(text, "m.tsv");
  REQUIRE(pairs.ok());
  REQUIRE(pairs->size() == 2);
  CHECK((*pairs)[0].original == "a.txt");
  CHECK((*pairs)[0].rendition == "b.txt");
  CHECK((*pairs)[0].id == "one");
  CHECK((*pairs)[0].line == first_line);
  CHECK((*pairs)[1].original == "c.txt");
  CHECK((*pairs)[1].id == "two");
}

TEST_CASE("manifest: a manifest in the working folder keeps paths as written",
          "[batch][manifest]") {
  const Result<std::vector<BatchPair>> pairs = parse_manifest("a.txt\tb.txt\n", "pairs.tsv");
  REQUIRE(pairs.ok());
  CHECK((*pairs)[0].original == "a.txt");
}

TEST_CASE("manifest: errors name the line", "[batch][manifest]") {
  using Row = std::tuple<std::string, std::string>;
  const auto [tsv, message] = GENERATE(table<std::string, std::string>({
      Row{"a.txt\tb.txt\nonly-one.txt\n",
          "m.tsv:2: expected 2 or 3 tab-separated fields, found 1 (write "
          "ORIGINAL<tab>RENDITION[<tab>ID])"},
      Row{"a\tb\tc\td\n",
          "m.tsv:1: expected 2 or 3 tab-separated fields, found 4 (write "
          "ORIGINAL<tab>RENDITION[<tab>ID])"},
      Row{"a\t\tid\n", "m.tsv:1: field 2 is empty (write ORIGINAL<tab>RENDITION[<tab>ID])"},
      Row{"a\tb\tx\n# c\nc\td\tx\n",
          "m.tsv:3: pair id 'x' is already used on line 1 (give each pair its own id in the "
          "third column)"},
  }));
  const Result<std::vector<BatchPair>> pairs = parse_manifest(tsv, "m.tsv");
  REQUIRE_FALSE(pairs.ok());
  CHECK(pairs.error().to_string() == message);
}

TEST_CASE("manifest: pairs by convention, sorted by name", "[batch][manifest]") {
  const std::vector<BatchPair> pairs = pairs_by_convention(
      "in", {"zeta/rendition.txt", "b.trans.txt", "zeta/original.txt", "a.orig.txt", "a.trans.txt",
             "README.md", "b.orig.txt", "half/original.txt", "solo.orig.txt"});
  REQUIRE(pairs.size() == 5);
  CHECK(pairs[0].id == "a");
  CHECK(pairs[0].original == "in/a.orig.txt");
  CHECK(pairs[0].rendition == "in/a.trans.txt");
  CHECK(pairs[1].id == "b");
  CHECK(pairs[2].id == "half");
  CHECK(pairs[2].rendition == "in/half/rendition.txt");  // missing: an error record later
  CHECK(pairs[3].id == "solo");
  CHECK(pairs[3].rendition == "in/solo.trans.txt");
  CHECK(pairs[4].id == "zeta");
  CHECK(pairs[4].original == "in/zeta/original.txt");
  for (size_t i = 0; i < pairs.size(); ++i) CHECK(pairs[i].index == i);
}

TEST_CASE("shard: K/N is 1-based and validated", "[batch][shard]") {
  const Result<Shard> s = parse_shard("2/4");
  REQUIRE(s.ok());
  CHECK(s->k == 2);
  CHECK(s->n == 4);
  CHECK(parse_shard("1/1").ok());
  const auto bad = GENERATE(as<std::string>{}, "0/4", "5/4", "1/0", "2", "a/b", "1/2/3", "-1/2",
                            "/2", "2/", " 1/2");
  CAPTURE(bad);
  CHECK_FALSE(parse_shard(bad).ok());
}

TEST_CASE("shard: N shards are disjoint and cover every pair", "[batch][shard]") {
  std::vector<BatchPair> pairs(23);
  for (size_t i = 0; i < pairs.size(); ++i) pairs[i].index = i;
  const size_t n = GENERATE(1, 2, 3, 5, 23, 40);
  std::vector<int> seen(pairs.size(), 0);
  for (size_t k = 1; k <= n; ++k)
    for (const BatchPair& p : select_shard(pairs, Shard{k, n})) {
      CHECK(p.index % n == k - 1);
      ++seen[p.index];
    }
  CHECK(std::all_of(seen.begin(), seen.end(), [](int c) { return c == 1; }));
}
