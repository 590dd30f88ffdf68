// align_documents on small pairs: one behaviour per test, and properties over generated text.
#include "align/align.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "align_test_util.h"
#include "text/segment.h"

namespace driftcheck {
namespace {

using namespace driftcheck::testing;

Alignment align(const std::string& a, const std::string& b, const std::string& lang_a = "en",
                const std::string& lang_b = "en") {
  return align_documents(doc(a, lang_a), doc(b, lang_b), AlignOptions{});
}

// The bead holding original sentence `id`, or nullptr.
const Bead* bead_of_original(const Alignment& a, int id) {
  for (const Bead& b : a.beads)
    if (std::find(b.original.begin(), b.original.end(), id) != b.original.end()) return &b;
  return nullptr;
}

const Bead* bead_of_rendition(const Alignment& a, int id) {
  for (const Bead& b : a.beads)
    if (std::find(b.rendition.begin(), b.rendition.end(), id) != b.rendition.end()) return &b;
  return nullptr;
}

// Every body sentence of both sides in exactly one bead; no boilerplate in any bead.
void require_cover(const Alignment& a) {
  std::vector<int> seen_o(a.original_zones.size(), 0), seen_r(a.rendition_zones.size(), 0);
  for (const Bead& b : a.beads) {
    for (int id : b.original) ++seen_o[static_cast<size_t>(id)];
    for (int id : b.rendition) ++seen_r[static_cast<size_t>(id)];
  }
  for (size_t k = 0; k < seen_o.size(); ++k)
    REQUIRE(seen_o[k] == (a.original_zones[k] == Zone::body ? 1 : 0));
  for (size_t k = 0; k < seen_r.size(); ++k)
    REQUIRE(seen_r[k] == (a.rendition_zones[k] == Zone::body ? 1 : 0));
}

}  // namespace

TEST_CASE("align: a paraphrase aligns sentence by sentence", "[align]") {
  const Alignment a = align(kStory,
                            "On Monday the council passed a new harbour district budget.\n"
                            "According to Mayor Elena Novak, the plan will cost 4.2 million euros "
                            "across three years.\n"
                            "Since March, fishermen have been protesting the northern pier's "
                            "closure.\n"
                            "The budget reopens the pier and fixes the breakwater that winter "
                            "storms damaged.\n"
                            "Councillors in opposition said the spending was reckless and asked "
                            "for an audit.\n"
                            "The audit should be put to a final vote in September.\n");
  require_cover(a);
  REQUIRE(a.beads.size() == 6);
  for (size_t k = 0; k < 6; ++k) {
    CHECK(a.beads[k].kind == BeadKind::match);
    CHECK(a.beads[k].original == std::vector<int>{static_cast<int>(k)});
    CHECK(a.beads[k].rendition == std::vector<int>{static_cast<int>(k)});
  }
}

TEST_CASE("align: a sentence split in two is one 1:2 bead", "[align][split]") {
  const Alignment a =
      align(kStory,
            "The council approved a new budget for the harbour district on Monday.\n"
            "Mayor Elena Novak said the plan would cost 4.2 million euros. It runs over three "
            "years.\n"
            "Fishermen had protested against the closure of the northern pier since March.\n"
            "The new budget reopens the pier and repairs the breakwater damaged by winter storms.\n"
            "Opposition councillors called the spending reckless and demanded an audit.\n"
            "A final vote on the audit is expected in September.\n");
  require_cover(a);
  const Bead* b = bead_of_original(a, 1);
  REQUIRE(b != nullptr);
  CHECK(b->kind == BeadKind::match);
  CHECK(b->rendition == std::vector<int>{1, 2});
}

TEST_CASE("align: two sentences merged into one are one 2:1 bead", "[align][merge]") {
  const Alignment a =
      align(kStory,
            "The council approved a new budget for the harbour district on Monday.\n"
            "Mayor Elena Novak said the plan would cost 4.2 million euros over three years.\n"
            "Fishermen, who had protested against the closure of the northern pier since March, "
            "will see the new budget reopen the pier and repair the breakwater damaged by winter "
            "storms.\n"
            "Opposition councillors called the spending reckless and demanded an audit.\n"
            "A final vote on the audit is expected in September.\n");
  require_cover(a);
  const Bead* b = bead_of_rendition(a, 2);
  REQUIRE(b != nullptr);
  CHECK(b->kind == BeadKind::match);
  CHECK(b->original == std::vector<int>{2, 3});
}

TEST_CASE("align: a sentence moved far away is a moved bead", "[align][move]") {
  const Alignment a =
      align(kStory,
            "A final vote on the audit is expected in September.\n"
            "The council approved a new budget for the harbour district on Monday.\n"
            "Mayor Elena Novak said the plan would cost 4.2 million euros over three years.\n"
            "Fishermen had protested against the closure of the northern pier since March.\n"
            "The new budget reopens the pier and repairs the breakwater damaged by winter storms.\n"
            "Opposition councillors called the spending reckless and demanded an audit.\n");
  require_cover(a);
  const Bead* b = bead_of_original(a, 5);
  REQUIRE(b != nullptr);
  CHECK(b->kind == BeadKind::moved);
  CHECK(b->rendition == std::vector<int>{0});
  CHECK(std::count_if(a.beads.begin(), a.beads.end(),
                      [](const Bead& x) { return x.kind == BeadKind::match; }) == 5);
}

TEST_CASE("align: a dropped caveat is omitted, an editorial line added", "[align][omission]") {
  const Alignment a =
      align(kStory,
            "The council approved a new budget for the harbour district on Monday.\n"
            "This is a scandal for every taxpayer in town.\n"
            "Mayor Elena Novak said the plan would cost 4.2 million euros over three years.\n"
            "The new budget reopens the pier and repairs the breakwater damaged by winter storms.\n"
            "Opposition councillors called the spending reckless and demanded an audit.\n"
            "A final vote on the audit is expected in September.\n");
  require_cover(a);
  const Bead* omitted = bead_of_original(a, 2);
  REQUIRE(omitted != nullptr);
  CHECK(omitted->kind == BeadKind::omitted);
  const Bead* added = bead_of_rendition(a, 1);
  REQUIRE(added != nullptr);
  CHECK(added->kind == BeadKind::added);
  // Reading order: the addition sits between the first and the second match.
  CHECK(a.beads[1].kind == BeadKind::added);
}

TEST_CASE("align: a new heading is added, not matched", "[align][heading]") {
  const Alignment a = align(kStory, "Harbour budget passes after months of protest\n" + kStory);
  require_cover(a);
  const Bead* b = bead_of_rendition(a, 0);
  REQUIRE(b != nullptr);
  CHECK(b->kind == BeadKind::added);
  for (int k = 0; k < 6; ++k) CHECK(bead_of_original(a, k)->rendition == std::vector<int>{k + 1});
}

TEST_CASE("align: a split whose second half shares no words with the original is 1:2",
          "[align][split]") {
  const Alignment a =
      align(kStory,
            "The council approved a new budget for the harbour district on Monday.\n"
            "Mayor Novak put the cost at 4.2 million. Payment spreads across thirty-six "
            "months.\n"
            "Fishermen had protested against the closure of the northern pier since March.\n"
            "The new budget reopens the pier and repairs the breakwater damaged by winter storms.\n"
            "Opposition councillors called the spending reckless and demanded an audit.\n"
            "A final vote on the audit is expected in September.\n");
  require_cover(a);
  const Bead* b = bead_of_original(a, 1);
  REQUIRE(b != nullptr);
  CHECK(b->kind == BeadKind::match);
  CHECK(b->rendition == std::vector<int>{1, 2});
}

TEST_CASE("align: an added line next to a match of agreeing length stays added",
          "[align][omission]") {
  const Alignment a =
      align(kStory,
            "The council approved a new budget for the harbour district on Monday.\n"
            "Mayor Elena Novak said the plan would cost 4.2 million euros over three years.\n"
            "Readers can reach the newsroom by telephone.\n"
            "Fishermen had protested against the closure of the northern pier since March.\n"
            "The new budget reopens the pier and repairs the breakwater damaged by winter storms.\n"
            "Opposition councillors called the spending reckless and demanded an audit.\n"
            "A final vote on the audit is expected in September.\n");
  require_cover(a);
  const Bead* b = bead_of_rendition(a, 2);
  REQUIRE(b != nullptr);
  CHECK(b->kind == BeadKind::added);
}

TEST_CASE("align: figures written another way still tie a merged sentence to its parts",
          "[align][merge]") {
  // The second original sentence shares with the rendition only its year and its figure,
  // which the rendition writes with a currency sign and a scale word.
  const Alignment a = align(
      "The ferry line was sold to a Danish operator in the spring.\n"
      "'In 2019, the city paid an average of 310,000 US dollars for each new bus,' a transport "
      "official said.\n"
      "'In 2024, that figure was approximately 180,000 US dollars.'\n"
      "Drivers say the new buses break down less often in winter.\n",
      "The ferry line was sold to a Danish operator in the spring.\n"
      "Transport officials reported that in 2019 each new bus cost the city $310,000 on "
      "average, and in 2024 about $180 thousand.\n"
      "Drivers say the new buses break down less often in winter.\n");
  require_cover(a);
  const Bead* b = bead_of_original(a, 2);
  REQUIRE(b != nullptr);
  CHECK(b->kind == BeadKind::match);
  CHECK(b->original == std::vector<int>{1, 2});
  CHECK(b->rendition == std::vector<int>{1});
}

TEST_CASE("align: a label line sharing no word with an added sentence is not its rewording",
          "[align][zones]") {
  // Between the same two matches: a share-bar label on one side, a new sentence on the other.
  // Their lengths agree, but nothing else does.
  const Alignment a = align(
      "The council approved a new budget for the harbour district on Monday.\n"
      "Local politics in VarnaShareTweetEmail\n"
      "Mayor Elena Novak said the plan would cost 4.2 million euros over three years.\n",
      "The council approved a new budget for the harbour district on Monday.\n"
      "The agency reported this today.\n"
      "Mayor Elena Novak said the plan would cost 4.2 million euros over three years.\n");
  const Bead* added = bead_of_rendition(a, 1);
  REQUIRE(added != nullptr);
  CHECK(added->kind == BeadKind::added);
  CHECK(added->original.empty());
}

TEST_CASE("align: a reworded sentence moved to another paragraph is found by its names",
          "[align][move]") {
  // The moved sentence is reworded so far that only its names and a word or two remain;
  // each is still the other's best partner in the whole article.
  const std::string original =
      "Storms closed the port of Varna for three days last week.\n"
      "Engineers say the seawall needs repairs costing 12 million lev.\n"
      "The regional governor promised emergency funds by the end of the month.\n"
      "Reporters contacted the Kaliakra Shipping office for comment but it has yet to hear "
      "back.\n"
      "Shipping companies reported losses from the cancelled sailings.\n"
      "Forecasters expect calmer weather from Sunday.\n"
      "The port reopened on Friday morning.\n";
  const std::string rendition =
      "Storms closed the port of Varna for three days last week.\n"
      "Engineers say the seawall needs repairs costing 12 million lev.\n"
      "The regional governor promised emergency funds by the end of the month.\n"
      "Shipping companies reported losses from the cancelled sailings.\n"
      "Forecasters expect calmer weather from Sunday.\n"
      "We asked Kaliakra Shipping management to answer, and there has been no response yet.\n"
      "The port reopened on Friday morning.\n";
  const Alignment a = align(original, rendition);
  require_cover(a);
  const Bead* b = bead_of_original(a, 3);
  REQUIRE(b != nullptr);
  CHECK(b->kind == BeadKind::moved);
  CHECK(b->rendition == std::vector<int>{5});
}

TEST_CASE("align: a moved sentence whose in-order neighbour is similar is found", "[align][move]") {
  const std::string original =
      "Storms closed the port of Varna for three days last week.\n"
      "On Tuesday the mayor visited the flooded school in Riverton and spoke to worried parents.\n"
      "Engineers say the seawall needs repairs costing 12 million lev.\n"
      "The regional governor promised emergency funds by the end of the month.\n"
      "Shipping companies reported losses from the cancelled sailings.\n"
      "On Tuesday the mayor also visited the flooded library in Riverton and thanked the "
      "volunteers.\n"
      "Forecasters expect calmer weather from Sunday.\n"
      "The port reopened on Friday morning.\n";
  const std::string rendition =
      "Storms closed the port of Varna for three days last week.\n"
      "On Tuesday the mayor also visited the flooded library in Riverton and thanked the "
      "volunteers.\n"
      "Engineers say the seawall needs repairs costing 12 million lev.\n"
      "The regional governor promised emergency funds by the end of the month.\n"
      "Shipping companies reported losses from the cancelled sailings.\n"
      "On Tuesday the mayor visited the flooded school in Riverton and spoke to worried parents.\n"
      "Forecasters expect calmer weather from Sunday.\n"
      "The port reopened on Friday morning.\n";
  const Alignment a = align(original, rendition);
  require_cover(a);
  const Bead* school = bead_of_original(a, 1);
  const Bead* library = bead_of_original(a, 5);
  REQUIRE(school != nullptr);
  REQUIRE(library != nullptr);
  CHECK(school->rendition == std::vector<int>{5});
  CHECK(library->rendition == std::vector<int>{1});
  CHECK((school->kind == BeadKind::moved || library->kind == BeadKind::moved));
}

TEST_CASE("align: a short real heading is body, a short label is chrome", "[align][zones]") {
  const Alignment a = align("Harbour budget passes\n" + kStory,
                            "Harbour budget passes\nRelated Articles\n" + kStory);
  require_cover(a);
  CHECK(a.original_zones[0] == Zone::body);
  CHECK(a.rendition_zones[0] == Zone::body);
  CHECK(a.rendition_zones[1] == Zone::boilerplate);
  const Bead* b = bead_of_original(a, 0);
  REQUIRE(b != nullptr);
  CHECK(b->rendition == std::vector<int>{0});
}

TEST_CASE("align: a headline block the page prints twice is chrome the second time",
          "[align][zones]") {
  const std::string headline = "Harbour district wins its budget. Fishermen get their pier back.\n";
  const Alignment a = align(headline + "\n" + headline + kStory, headline + kStory);
  require_cover(a);
  CHECK(a.original_zones[0] == Zone::body);
  CHECK(a.original_zones[1] == Zone::body);
  CHECK(a.original_zones[2] == Zone::boilerplate);
  CHECK(a.original_zones[3] == Zone::boilerplate);
  for (const Bead& b : a.beads) CHECK(b.kind != BeadKind::omitted);
}

TEST_CASE("align: a sentence repeated far from its first copy stays body", "[align][zones]") {
  const std::string refrain = "The harbour belongs to everyone who works on it.\n";
  const std::string text = refrain + kStory + refrain;
  const Alignment a = align(text, text);
  require_cover(a);
  for (Zone z : a.original_zones) CHECK(z == Zone::body);
}

TEST_CASE("align: page chrome and an unrelated article are boilerplate", "[align][zones]") {
  const std::string page =
      "logo\nHome\nWorld\nPolitics\nShareTweetEmail\n" + kStory +
      "Comments\nNo comments yet\nRelated Articles\n"
      "Harbour strike ends in neighbouring town\n"
      "The Hill\n"
      "Dock workers in the neighbouring town ended their strike on Tuesday after three weeks.\n"
      "The union said the harbour authority had agreed to most of its demands.\n"
      "Shipping companies expect the backlog at the pier to clear within a month.\n"
      "The mayor of the town thanked both sides for ending the dispute.\n"
      "Councillors there will debate a new budget for the port in the autumn.\n"
      "DOWNLOAD THE APP\nGet started now\n";
  const Document original = doc(page);
  const Alignment a = align_documents(original, doc(kStory), AlignOptions{});
  require_cover(a);
  for (size_t k = 0; k < original.sentences.size(); ++k) {
    const bool in_story = kStory.find(original.sentences[k].text) != std::string::npos;
    INFO(original.sentences[k].text);
    CHECK((a.original_zones[k] == Zone::body) == in_story);
  }
  for (const Bead& b : a.beads) CHECK(b.kind == BeadKind::match);
}

TEST_CASE("align: Russian original and English translation align on names and numbers",
          "[align][cross-language]") {
  const Alignment a = align(
      "Генеральный директор Тимур Шагивалеев показал завод в Алабуге.\n"
      "По данным разведки, в 2022 году Россия платила 200 000 долларов за один дрон.\n"
      "В 2025 году цена снизилась примерно до 70 000 долларов.\n"
      "Завод находится в 1000 километрах к востоку от Москвы, в Татарстане.\n",
      "CEO Timur Shagivaleev showed the plant in Alabuga.\n"
      "According to intelligence, in 2022 Russia paid 200,000 dollars for one drone.\n"
      "In 2025 the price fell to about 70,000 dollars.\n"
      "The plant is 1000 kilometres east of Moscow, in Tatarstan.\n",
      "ru", "en");
  require_cover(a);
  REQUIRE(a.beads.size() == 4);
  for (int k = 0; k < 4; ++k) {
    CHECK(a.beads[static_cast<size_t>(k)].kind == BeadKind::match);
    CHECK(a.beads[static_cast<size_t>(k)].original == std::vector<int>{k});
  }
}

// --- properties over generated documents ------------------------------------------------------

namespace {

// A deterministic pseudo-article: sentences of words drawn from a small vocabulary, with
// names and numbers, so that sentences share words as real ones do.
std::vector<std::string> generated_sentences(int count, unsigned seed) {
  static const char* kSyllables[] = {"ka",  "lo", "mi",  "ren", "sto", "va",  "dor", "pel",
                                     "tri", "su", "bar", "nek", "os",  "fil", "gra", "ut"};
  static const char* kFunction[] = {"the", "of", "and", "in", "to", "a", "was", "for"};
  std::mt19937 rng(seed);
  // A vocabulary of 600 pseudo-words, drawn with a skew so that some recur (as in news text).
  std::vector<std::string> vocabulary;
  for (int w = 0; w < 600; ++w) {
    std::string word;
    for (int s = 0, n = 2 + static_cast<int>(rng() % 2); s < n; ++s) word += kSyllables[rng() % 16];
    vocabulary.push_back(word);
  }
  std::vector<std::string> out;
  for (int s = 0; s < count; ++s) {
    std::string text = "The";
    const int words = 8 + static_cast<int>(rng() % 14);
    for (int w = 0; w < words; ++w) {
      text += ' ';
      const unsigned r = rng() % 12;
      if (r < 4) {
        text += kFunction[rng() % 8];
      } else if (r == 4) {
        text += std::to_string(rng() % 5000);
      } else {
        const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        text += vocabulary[static_cast<size_t>(u * u * 600.0)];
      }
    }
    out.push_back(text + ".");
  }
  return out;
}

std::string lines(const std::vector<std::string>& sentences) {
  std::string out;
  for (const auto& s : sentences) out += s + "\n";
  return out;
}

}  // namespace

TEST_CASE("align property: a document aligned with itself gives only 1:1 matches",
          "[align][property]") {
  const unsigned seed = GENERATE(1u, 2u, 3u);
  const std::string text = lines(generated_sentences(60, seed));
  const Alignment a = align(text, text);
  require_cover(a);
  REQUIRE(a.beads.size() == 60);
  for (size_t k = 0; k < a.beads.size(); ++k) {
    CHECK(a.beads[k].kind == BeadKind::match);
    CHECK(a.beads[k].original == std::vector<int>{static_cast<int>(k)});
    CHECK(a.beads[k].rendition == std::vector<int>{static_cast<int>(k)});
  }
}

TEST_CASE("align property: removing k sentences gives exactly those k omitted",
          "[align][property]") {
  const unsigned seed = GENERATE(11u, 12u, 13u);
  const std::vector<std::string> all = generated_sentences(80, seed);
  std::mt19937 rng(seed);
  std::set<int> removed;
  while (removed.size() < 6) removed.insert(static_cast<int>(rng() % all.size()));
  std::vector<std::string> kept;
  for (int k = 0; k < static_cast<int>(all.size()); ++k)
    if (!removed.count(k)) kept.push_back(all[static_cast<size_t>(k)]);
  const Alignment a = align(lines(all), lines(kept));
  require_cover(a);
  std::set<int> omitted;
  for (const Bead& b : a.beads) {
    if (b.kind == BeadKind::omitted) omitted.insert(b.original.begin(), b.original.end());
    CHECK(b.kind != BeadKind::added);
    CHECK(b.kind != BeadKind::moved);
  }
  CHECK(omitted == removed);
}

TEST_CASE("align property: swapping two paragraphs gives moved beads", "[align][property]") {
  const std::vector<std::string> all = generated_sentences(40, 21u);
  // Paragraphs of four sentences; swap paragraphs 2 and 7.
  auto paragraph = [&](int p) {
    std::string out;
    for (int k = 4 * p; k < 4 * p + 4; ++k) out += all[static_cast<size_t>(k)] + " ";
    out.pop_back();
    return out + "\n";
  };
  std::string original, rendition;
  for (int p = 0; p < 10; ++p) {
    original += paragraph(p);
    rendition += paragraph(p == 2 ? 7 : p == 7 ? 2 : p);
  }
  const Document o = doc(original), r = doc(rendition);
  const Alignment a = align_documents(o, r, AlignOptions{});
  require_cover(a);
  int moved = 0;
  for (const Bead& b : a.beads) {
    CHECK(b.kind != BeadKind::omitted);
    CHECK(b.kind != BeadKind::added);
    if (b.kind == BeadKind::moved) moved += static_cast<int>(b.original.size());
    REQUIRE(b.original.size() == b.rendition.size());
    for (size_t k = 0; k < b.original.size(); ++k)  // each sentence found its own copy
      CHECK(o.sentences[static_cast<size_t>(b.original[k])].text ==
            r.sentences[static_cast<size_t>(b.rendition[k])].text);
  }
  // One of the two swapped paragraphs stays on the monotone path; the other is moved.
  CHECK(moved >= 4);
}

TEST_CASE("align: a copyright notice is chrome", "[align][zones]") {
  const Alignment a = align("The mayor opened the new bridge on Monday.\n",
                            "The mayor opened the new bridge on Monday.\n\n"
                            "\u00A9 2024 Daily Gazette. All rights reserved.\n");
  CHECK(a.original_zones[0] == Zone::body);
  CHECK(a.rendition_zones[0] == Zone::body);
  for (size_t k = 1; k < a.rendition_zones.size(); ++k)
    CHECK(a.rendition_zones[k] == Zone::boilerplate);
}

TEST_CASE("align: a row of figures is text, a pager is chrome", "[align][zones]") {
  const Alignment a = align("The mayor opened the new bridge on Monday.\n\n10 20 30 40 50\n",
                            "The mayor opened the new bridge on Monday.\n\n1 2 3 4 5\n");
  CHECK(a.original_zones.back() == Zone::body);
  CHECK(a.rendition_zones.back() == Zone::boilerplate);
}

}  // namespace driftcheck
