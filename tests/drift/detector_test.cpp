#include "drift/detector.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

using driftcheck::edit_distance_at_most;

namespace {

// The textbook full-matrix Levenshtein distance, as the reference.
size_t levenshtein(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j)
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
  return d[a.size()][b.size()];
}

}  // namespace

TEST_CASE("edit distance: typos are one or two edits", "[drift][edit_distance]") {
  auto [a, b, limit, expected] = GENERATE(table<std::string, std::string, size_t, size_t>({
      {"government", "goverment", 2, 1},
      {"important", "importamt", 1, 1},
      {"russel", "russell", 2, 1},
      {"medecins", "médecins", 2, 2},  // é is two bytes
      {"next", "enxt", 2, 2},
      {"drone", "drone", 0, 0},
      {"drone", "drones", 0, 1},  // over the limit: limit + 1
      {"alabuga", "tatarstan", 2, 3},
      {"", "abc", 3, 3},
      {"", "abcd", 3, 4},
      {"abc", "", 1, 2},
  }));
  CAPTURE(a, b, limit);
  REQUIRE(edit_distance_at_most(a, b, limit) == expected);
  REQUIRE(edit_distance_at_most(b, a, limit) == expected);
}

TEST_CASE("edit distance: the banded distance is the full one within the limit, else over",
          "[drift][edit_distance]") {
  std::mt19937 rng(14);
  // A small alphabet makes near misses common, so every band edge is exercised.
  auto random_string = [&](size_t max_length) {
    std::string s(std::uniform_int_distribution<size_t>(0, max_length)(rng), 'a');
    for (char& c : s) c = static_cast<char>('a' + std::uniform_int_distribution<int>(0, 2)(rng));
    return s;
  };
  for (int round = 0; round < 3000; ++round) {
    const std::string a = random_string(12);
    // Half the pairs are a few edits apart, half unrelated.
    std::string b = a;
    if (round % 2 == 0) {
      for (int e = std::uniform_int_distribution<int>(0, 3)(rng); e > 0; --e) {
        const size_t at = b.empty() ? 0 : std::uniform_int_distribution<size_t>(0, b.size())(rng);
        if (at < b.size() && round % 4 == 0)
          b.erase(at, 1);
        else
          b.insert(at, 1, 'c');
      }
    } else {
      b = random_string(12);
    }
    const size_t full = levenshtein(a, b);
    for (size_t limit : {0, 1, 2, 3, 5}) {
      CAPTURE(a, b, limit, full);
      REQUIRE(edit_distance_at_most(a, b, limit) == (full <= limit ? full : limit + 1));
    }
  }
}

TEST_CASE("edit distance: long tokens are compared within the band", "[drift][edit_distance]") {
  const std::string a(30000, 'a');
  std::string b = a;
  b[15000] = 'b';
  REQUIRE(edit_distance_at_most(a, a, 2) == 0);
  REQUIRE(edit_distance_at_most(a, b, 2) == 1);
  REQUIRE(edit_distance_at_most(a, b + "cc", 2) == 3);
  std::string scrambled = a;
  for (size_t i = 0; i < scrambled.size(); i += 7) scrambled[i] = 'z';
  REQUIRE(edit_distance_at_most(a, scrambled, 2) == 3);
}
