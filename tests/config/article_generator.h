#pragma once
// Deterministic article-sized pairs for batch tests and the batch benchmark: a news-like
// original and a rendition that drops one sentence, adds one and changes a number.
//
//   GeneratedPair p = generate_pair(7, 30);   // pair 7, 30 sentences
//   write(p.original); write(p.rendition);
#include <array>
#include <cstddef>
#include <random>
#include <string>
#include <vector>

namespace driftcheck::testing {

struct GeneratedPair {
  std::string original;
  std::string rendition;
};

inline std::string generated_sentence(std::mt19937& rng) {
  static constexpr std::array<const char*, 8> kWho = {
      "The ministry",  "Local officials",   "A spokesman for the governor",
      "The company",   "Witnesses",         "The regional council",
      "Investigators", "The defence agency"};
  static constexpr std::array<const char*, 8> kVerb = {
      "said", "reported", "confirmed", "announced", "stated", "claimed", "noted", "added"};
  static constexpr std::array<const char*, 8> kWhat = {
      "drones had been launched from the coast",      "workers were hired at the new plant",
      "families left the district after the floods",  "trucks crossed the border at night",
      "contracts were signed with foreign suppliers", "buildings were damaged in the attack",
      "students joined the protest in the capital",   "tonnes of grain were shipped from the port"};
  static constexpr std::array<const char*, 8> kWhen = {
      "on Monday",         "last week",        "in March",         "earlier this year",
      "on Friday evening", "since the summer", "over the weekend", "in the past month"};
  auto pick = [&](const auto& list) { return list[rng() % list.size()]; };
  return std::string(pick(kWho)) + " " + pick(kVerb) + " that " + std::to_string(10 + rng() % 990) +
         " " + pick(kWhat) + " " + pick(kWhen) + ".";
}

// Pair `seed`: `sentences` sentences, three to a paragraph.
inline GeneratedPair generate_pair(unsigned seed, size_t sentences) {
  std::mt19937 rng(seed * 2654435761U + 17);
  std::vector<std::string> body;
  for (size_t i = 0; i < sentences; ++i) body.push_back(generated_sentence(rng));
  std::vector<std::string> changed = body;
  const size_t dropped = 1 + rng() % (sentences - 2);
  changed.erase(changed.begin() + static_cast<std::ptrdiff_t>(dropped));
  changed.insert(changed.begin() + static_cast<std::ptrdiff_t>(rng() % changed.size()),
                 "Officials in Moscow insisted that the figures had been invented abroad.");
  std::string& edited = changed[rng() % changed.size()];
  if (const size_t digit = edited.find_first_of("123456789"); digit != std::string::npos)
    edited[digit] = edited[digit] == '9' ? '1' : static_cast<char>(edited[digit] + 1);
  const auto join = [](const std::vector<std::string>& lines) {
    std::string text;
    for (size_t i = 0; i < lines.size(); ++i)
      text += lines[i] + ((i + 1) % 3 == 0 || i + 1 == lines.size() ? "\n\n" : " ");
    return text;
  };
  return {join(body), join(changed)};
}

}  // namespace driftcheck::testing
