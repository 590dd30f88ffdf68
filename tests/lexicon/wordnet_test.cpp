#include "lexicon/wordnet.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using driftcheck::PartOfSpeech;
using driftcheck::WordNet;
using driftcheck::WordNetMemo;
using driftcheck::WordRelation;

namespace {

bool is_one_of(WordRelation r, std::initializer_list<WordRelation> allowed) {
  for (WordRelation a : allowed) {
    if (r == a) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("wordnet: the embedded table is there and costs nothing to open", "[lexicon][wordnet]") {
  auto start = std::chrono::steady_clock::now();
  const WordNet& wn = WordNet::embedded();
  bool known = wn.is_lemma("dog");
  auto micros = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start);
  CHECK(known);
  CHECK(wn.table_bytes() > 1'000'000);
  WARN("WordNet table " << wn.table_bytes() << " bytes; first query after " << micros.count()
                        << " us");
}

TEST_CASE("wordnet: morphy finds base forms", "[lexicon][wordnet]") {
  using Row = std::tuple<std::string, PartOfSpeech, std::string>;
  auto [word, pos, base] = GENERATE(table<std::string, PartOfSpeech, std::string>({
      Row{"ran", PartOfSpeech::verb, "run"},
      Row{"children", PartOfSpeech::noun, "child"},
      Row{"buying", PartOfSpeech::verb, "buy"},
      Row{"purchased", PartOfSpeech::verb, "purchase"},
      Row{"bars", PartOfSpeech::noun, "bar"},
      Row{"larger", PartOfSpeech::adjective, "large"},
      Row{"better", PartOfSpeech::adjective, "good"},
      Row{"women", PartOfSpeech::noun, "woman"},
      Row{"brought down", PartOfSpeech::verb, "bring down"},
      Row{"Dogs", PartOfSpeech::noun, "dog"},
  }));
  CAPTURE(word);
  auto forms = WordNet::embedded().base_forms(word, pos);
  CHECK(std::find(forms.begin(), forms.end(), base) != forms.end());
}

TEST_CASE("wordnet: knows words per part of speech", "[lexicon][wordnet]") {
  const WordNet& wn = WordNet::embedded();
  CHECK(wn.knows("running", PartOfSpeech::verb));
  CHECK(wn.knows("quickly", PartOfSpeech::adverb));
  CHECK_FALSE(wn.knows("quickly", PartOfSpeech::noun));
  CHECK(wn.is_lemma("bring down"));
  CHECK_FALSE(wn.is_lemma("blorptastic"));
  CHECK_FALSE(wn.is_lemma(""));
}

TEST_CASE("wordnet: relate, over all senses", "[lexicon][wordnet]") {
  using R = WordRelation;
  using Row = std::tuple<std::string, std::string, R>;
  auto [a, b, expected] = GENERATE(table<std::string, std::string, R>({
      Row{"ran", "run", R::same_lemma},         Row{"children", "child", R::same_lemma},
      Row{"buy", "purchase", R::synonym},       Row{"buying", "purchased", R::synonym},
      Row{"rise", "fall", R::antonym},          Row{"increase", "decrease", R::antonym},
      Row{"win", "lose", R::antonym},           Row{"accept", "reject", R::antonym},
      Row{"success", "failure", R::antonym},    Row{"large", "small", R::antonym},
      Row{"strong", "weak", R::antonym},        Row{"early", "late", R::antonym},
      Row{"guilty", "innocent", R::antonym},    Row{"hot", "cold", R::antonym},
      Row{"happy", "unhappy", R::antonym},      Row{"parched", "wet", R::antonym},
      Row{"dog", "animal", R::hypernym},        Row{"animal", "dog", R::hyponym},
      Row{"decide", "decision", R::derivation}, Row{"blorptastic", "dog", R::unknown},
      Row{"dog", "zzyzzyx", R::unknown},
  }));
  CAPTURE(a, b);
  CHECK(driftcheck::to_string(WordNet::embedded().relate(a, b)) ==
        std::string(driftcheck::to_string(expected)));
}

TEST_CASE("wordnet: relate_common keeps paraphrase and drops rare-sense accidents",
          "[lexicon][wordnet]") {
  using R = WordRelation;
  const WordNet& wn = WordNet::embedded();
  // The flagship substitution: no sense of "fire" is a synonym or kind of "produce".
  CHECK(wn.relate("fired", "produced") == R::unrelated);
  CHECK(wn.relate_common("fired", "produced") == R::unrelated);
  // Rare senses: "fire" 7 (arouse) is a kind of "make", "fire" 8 is "burn".
  CHECK(wn.relate("fired", "burned") == R::synonym);
  CHECK(wn.relate_common("fired", "burned") == R::unrelated);
  CHECK(wn.relate("fired", "made") == R::hypernym);
  CHECK(wn.relate_common("fired", "made") == R::unrelated);
  CHECK(wn.relate_common("fired", "sacked") == R::synonym);  // sack's 4th sense
  CHECK(wn.relate_common("drones", "aircraft") == R::hypernym);
  // WordNet has no synset with both: manufacture.v.03 is a kind of produce.v.01.
  CHECK(wn.relate_common("manufactured", "produced") == R::hypernym);
  CHECK(wn.relate_common("bars", "rods") == R::coordinate);  // both kinds of "implement"
  // Gaps in WordNet 3.0: no pointer joins these senses; they must at least not look opposite.
  CHECK(is_one_of(wn.relate_common("required", "obliged"), {R::synonym, R::similar, R::unrelated}));
  CHECK(is_one_of(wn.relate_common("final", "end"), {R::synonym, R::similar, R::unrelated}));
  CHECK(wn.relate_common("final", "last") == R::synonym);
  CHECK(wn.relate_common("buy", "purchase") == R::synonym);
  CHECK(wn.relate_common("rise", "fall") == R::antonym);
  CHECK(wn.relate_common("win", "lose") == R::antonym);
  CHECK(wn.relate_common("intercept", "bring down") == R::unrelated);   // multiword lemma
  CHECK(wn.relate_common("shot down", "shoot down") == R::same_lemma);  // morphy on the head word
  CHECK(wn.relate_common("brought_down", "bring down") == R::same_lemma);
  CHECK(wn.relate_common("", "") == R::unknown);
}

TEST_CASE("wordnet: relate_common through a memo answers as without it", "[lexicon][wordnet]") {
  const WordNet& wn = WordNet::embedded();
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"fired", "sacked"}, {"fired", "burned"}, {"drones", "aircraft"},
      {"bars", "rods"},    {"rise", "fall"},    {"shot down", "shoot down"},
      {"sacked", "fired"}, {"fired", "fired"},  {"buy", "purchase"},
      {"", "buy"},         {"qwzx", "buy"},     {"final", "last"},
  };
  WordNetMemo memo;
  for (int round = 0; round < 2; ++round) {  // the second round answers from the memo
    for (const auto& [a, b] : pairs) {
      CAPTURE(a, b, round);
      CHECK(wn.relate_common(a, b, memo) == wn.relate_common(a, b));
      CHECK(wn.relate_common(a, b, memo, 0) == wn.relate(a, b));
    }
  }
  WordNetMemo moved = std::move(memo);
  CHECK(wn.relate_common("rise", "fall", moved) == WordRelation::antonym);
}

TEST_CASE("wordnet: synonyms with a limit are the first of all of them", "[lexicon][wordnet]") {
  const WordNet& wn = WordNet::embedded();
  for (const char* word : {"make", "buy", "run", "set", "hot", "ran", "qwzx", ""}) {
    const std::vector<std::string> all = wn.synonyms(word);
    for (size_t limit : {0, 1, 6, 40}) {
      CAPTURE(word, limit);
      const std::vector<std::string> first(all.begin(), all.begin() + std::min(limit, all.size()));
      CHECK(wn.synonyms(word, limit) == first);
    }
  }
}

TEST_CASE("wordnet: antonyms and synonyms for messages", "[lexicon][wordnet]") {
  const WordNet& wn = WordNet::embedded();
  auto has = [](const std::vector<std::string>& words, const std::string& w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  };
  CHECK(has(wn.antonyms("hot"), "cold"));
  CHECK(has(wn.antonyms("increase"), "decrease"));
  CHECK(has(wn.antonyms("parched"), "wet"));
  CHECK(has(wn.synonyms("buy"), "purchase"));
  CHECK_FALSE(has(wn.synonyms("buy"), "buy"));
  CHECK(wn.antonyms("blorptastic").empty());
}

TEST_CASE("wordnet: 100,000 relate calls", "[lexicon][wordnet][speed]") {
  const WordNet& wn = WordNet::embedded();
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"fired", "produced"},   {"manufactured", "produced"}, {"rise", "fall"},
      {"buying", "purchased"}, {"children", "child"},        {"said", "claimed"},
      {"drones", "aircraft"},  {"approved", "embraced"},     {"the", "a"},
      {"blorp", "dog"}};
  constexpr int kCalls = 100'000;
  int antonyms = 0;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kCalls; ++i) {
    const auto& [a, b] = pairs[static_cast<std::size_t>(i) % pairs.size()];
    antonyms += wn.relate_common(a, b) == WordRelation::antonym;
  }
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(antonyms == kCalls / 10);
  WARN(kCalls << " relate_common() calls: " << seconds * 1e3 << " ms (" << seconds * 1e9 / kCalls
              << " ns per call)");
}

TEST_CASE("wordnet: a word longer than any lemma is unknown", "[lexicon][wordnet]") {
  const WordNet& wn = WordNet::embedded();
  std::string long_word;
  for (int i = 0; i < 3000; ++i) long_word += "drones";
  CHECK_FALSE(wn.is_lemma(long_word));
  CHECK(wn.base_forms(long_word, PartOfSpeech::noun).empty());
  CHECK(wn.synonyms(long_word).empty());
  CHECK(wn.relate(long_word, "drone") == WordRelation::unknown);
  CHECK(wn.relate_common(long_word, long_word) == WordRelation::unknown);
  // The longest lemmas still resolve.
  CHECK(wn.is_lemma("american_federation_of_labor_and_congress_of_industrial_organizations"));
}

TEST_CASE("wordnet: memos with shared senses relate words as a lone lookup does",
          "[lexicon][wordnet]") {
  const WordNet& wn = WordNet::embedded();
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"fired", "produced"}, {"rise", "fall"}, {"drones", "aircraft"}, {"blorp", "dog"}};
  driftcheck::SharedWordNetSenses shared;
  // Two memos, as two checks of a batch: the second reads every word's senses from `shared`.
  for (int check = 0; check < 2; ++check) {
    WordNetMemo memo(&shared);
    for (const auto& [a, b] : pairs) {
      CAPTURE(check, a, b);
      CHECK(wn.relate_common(a, b, memo) == wn.relate_common(a, b));
      CHECK(wn.relate_common(a, b, memo, 0) == wn.relate(a, b));
    }
  }
}
