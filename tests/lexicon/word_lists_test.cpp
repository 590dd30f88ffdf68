#include "lexicon/word_lists.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using driftcheck::word_list;
using driftcheck::WordList;
using driftcheck::WordListKind;

namespace {

std::string attribute(WordListKind kind, std::string_view word) {
  const auto* entry = word_list("en", kind).find(word);
  return entry == nullptr ? "<none>" : entry->attribute;
}

}  // namespace

TEST_CASE("word lists: single words and their attributes", "[lexicon][word_lists]") {
  using Row = std::tuple<WordListKind, std::string, std::string>;
  auto [kind, word, expected] = GENERATE(table<WordListKind, std::string, std::string>({
      Row{WordListKind::negators, "never", ""},
      Row{WordListKind::negators, "n't", ""},
      Row{WordListKind::negators, "don’t", ""},  // typographic apostrophe
      Row{WordListKind::hedges, "reportedly", "strong"},
      Row{WordListKind::hedges, "seemed", "medium"},
      Row{WordListKind::hedges, "estimated", "weak"},
      Row{WordListKind::certainty, "definitely", "strong"},
      Row{WordListKind::certainty, "will", "medium"},
      Row{WordListKind::reporting_verbs, "said", "neutral"},
      Row{WordListKind::reporting_verbs, "argued", "assertive"},
      Row{WordListKind::reporting_verbs, "claimed", "doubting"},
      Row{WordListKind::reporting_verbs, "denied", "doubting"},
      Row{WordListKind::approximators, "about", "about"},
      Row{WordListKind::approximators, "roughly", "about"},
      Row{WordListKind::approximators, "nearly", "under"},
      Row{WordListKind::approximators, "over", "over"},
      Row{WordListKind::quantifiers, "everything", "universal"},
      Row{WordListKind::quantifiers, "several", "some"},
      Row{WordListKind::pronouns, "her", "f"},
      Row{WordListKind::pronouns, "they", "n"},
      Row{WordListKind::pronouns, "it", "neuter"},
      Row{WordListKind::stopwords, "the", ""},
      Row{WordListKind::negators, "dog", "<none>"},
      Row{WordListKind::hedges, "said", "<none>"},
      Row{WordListKind::negators, "fail", "<none>"},  // only "fail to" is listed
  }));
  CAPTURE(driftcheck::to_string(kind), word);
  CHECK(attribute(kind, word) == expected);
}

TEST_CASE("word lists: the longest multiword entry wins", "[lexicon][word_lists]") {
  const WordList& approximators = word_list("en", WordListKind::approximators);
  std::vector<std::string_view> tokens = {"just", "over", "more", "than", "200", "at", "least"};
  std::size_t length = 99;

  const auto* entry = approximators.match(tokens, 0, &length);
  REQUIRE(entry != nullptr);
  CHECK(length == 2);
  CHECK(entry->attribute == "over");

  entry = approximators.match(tokens, 2, &length);
  REQUIRE(entry != nullptr);
  CHECK(entry->words == std::vector<std::string>{"more", "than"});
  CHECK(length == 2);

  CHECK(approximators.match(tokens, 4, &length) == nullptr);
  CHECK(length == 0);
  entry = approximators.match(tokens, 5, &length);
  REQUIRE(entry != nullptr);
  CHECK(entry->attribute == "min");
  CHECK(approximators.match(tokens, 6, &length) == nullptr);  // "least" alone
  CHECK(approximators.match(tokens, 7, &length) == nullptr);  // past the end
  CHECK(approximators.find("more") == nullptr);               // only as "more than"
}

TEST_CASE("word lists: negator phrases", "[lexicon][word_lists]") {
  const WordList& negators = word_list("en-GB", WordListKind::negators);
  std::vector<std::string_view> tokens = {"cnn", "failed", "to", "verify", "it"};
  std::size_t length = 0;
  REQUIRE(negators.match(tokens, 1, &length) != nullptr);
  CHECK(length == 2);
  CHECK(negators.match(tokens, 0, &length) == nullptr);
}

TEST_CASE("word lists: every English list is there", "[lexicon][word_lists]") {
  for (auto kind : {WordListKind::negators, WordListKind::hedges, WordListKind::certainty,
                    WordListKind::reporting_verbs, WordListKind::approximators,
                    WordListKind::quantifiers, WordListKind::stopwords, WordListKind::pronouns}) {
    CAPTURE(driftcheck::to_string(kind));
    const WordList& list = word_list("EN", kind);
    CHECK(list.entries().size() > 10);
    for (const auto& entry : list.entries()) CHECK_FALSE(entry.words.empty());
  }
}

TEST_CASE("word lists: a language without lists gives empty lists", "[lexicon][word_lists]") {
  std::vector<std::string_view> tokens = {"ない", "より"};
  std::size_t length = 7;
  for (std::string_view language : {"ja", "ja-JP", "", "x"}) {
    const WordList& list = word_list(language, WordListKind::negators);
    CHECK(list.empty());
    CHECK(list.find("ない") == nullptr);
    CHECK(list.match(tokens, 0, &length) == nullptr);
    CHECK(length == 0);
  }
}

TEST_CASE("word lists: parse skips comments and blank lines", "[lexicon][word_lists]") {
  WordList list = WordList::parse("# comment\n\nmore  than\tover # trailing\r\nabout\n");
  REQUIRE(list.entries().size() == 2);
  CHECK(list.entries()[0].words == std::vector<std::string>{"more", "than"});
  CHECK(list.entries()[0].attribute == "over");
  CHECK(list.entries()[1].attribute.empty());
}

TEST_CASE("word lists: German, Russian and French negators and hedges", "[lexicon][word_lists]") {
  CHECK(driftcheck::word_list("de", driftcheck::WordListKind::negators).find("nicht") != nullptr);
  CHECK(driftcheck::word_list("ru-RU", driftcheck::WordListKind::negators).find("не") != nullptr);
  CHECK(driftcheck::word_list("fr", driftcheck::WordListKind::negators).find("jamais") != nullptr);
  const driftcheck::WordListEntry* hedge =
      driftcheck::word_list("de", driftcheck::WordListKind::hedges).find("angeblich");
  REQUIRE(hedge != nullptr);
  CHECK(hedge->attribute == "strong");
}
