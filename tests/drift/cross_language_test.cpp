// Across languages, one aligned group at a time: what survives translation is compared, and a
// faithful translation stays quiet.
#include "drift/cross_language.h"

#include <catch2/catch.hpp>

#include "drift_test_util.h"

namespace driftcheck {
namespace {

using testing::check_pair;
using testing::kMajor;

std::string messages(const testing::Checked& c) {
  std::string out;
  for (const Finding& f : c.findings)
    out +=
        std::string(to_string(f.severity)) + " " + to_string(f.category) + ": " + f.message + "\n";
  return out;
}

TEST_CASE("across languages: names match transliterated, inflected or in the other form",
          "[drift][cross-language]") {
  const auto c = check_pair(
      "President Vladimir Putin met the governor of Tatarstan in Moscow.",
      "Президент Владимир Путин встретился с губернатором Татарстана в Москве.", "en", "ru");
  INFO(messages(c));
  CHECK(c.max_severity(Category::entity) < kMajor);
  const auto de =
      check_pair("Officials in Kyiv and Berlin welcomed the deal with Ukraine.",
                 "Beamte in Kiew und Berlin begrüßten das Abkommen mit der Ukraine.", "en", "de");
  INFO(messages(de));
  CHECK(de.max_severity() < kMajor);
}

TEST_CASE("across languages: names transliterated by another system are one name",
          "[drift][cross-language]") {
  // German names in Russian letters: "tsch" is "ч", "j" is "ь".
  const auto c =
      check_pair("Mayor Peter Tschentscher and the senator Anjes Tjarks met on Monday.",
                 "Мэр Петер Ченчер и сенатор Аньес Тьяркс встретились в понедельник.", "en", "ru");
  INFO(messages(c));
  CHECK(c.max_severity(Category::entity) < kMajor);
}

TEST_CASE("across languages: another name is flagged", "[drift][cross-language]") {
  const auto c = check_pair("President Vladimir Putin met the governor.",
                            "Президент Дмитрий Медведев встретился с губернатором.", "en", "ru");
  INFO(messages(c));
  CHECK(c.max_severity(Category::entity) >= kMajor);
}

TEST_CASE("across languages: a negation, a question or a figure on one side only",
          "[drift][cross-language]") {
  const auto negation = check_pair("The ministry did not confirm the report.",
                                   "Das Ministerium bestätigte den Bericht.", "en", "de");
  INFO(messages(negation));
  CHECK(negation.max_severity(Category::negation) >= kMajor);
  const auto kept = check_pair("The ministry did not confirm the report.",
                               "Le ministère n'a pas confirmé le rapport.", "en", "fr");
  INFO(messages(kept));
  CHECK(kept.max_severity() < kMajor);
  const auto question = check_pair(
      "Officials said the work was nearly done. Will the bridge open in March, as the governor "
      "promised?",
      "Die Beamten sagten, die Arbeiten seien fast fertig. Die Brücke wird im März eröffnet, wie "
      "der Gouverneur versprochen hat.",
      "en", "de");
  INFO(messages(question));
  CHECK(question.max_severity(Category::modality) >= kMajor);
  const auto figure = check_pair("The bridge is 1,000 metres long.",
                                 "Die Brücke ist 1.200 Meter lang.", "en", "de");
  INFO(messages(figure));
  CHECK(figure.max_severity(Category::number) >= kMajor);
  // German thousands separator: "1.000" is a thousand, not one.
  const auto same = check_pair("The bridge is 1,000 metres long.",
                               "Die Brücke ist 1.000 Meter lang.", "en", "de");
  INFO(messages(same));
  CHECK(same.findings.empty());
}

TEST_CASE("across languages: word-level categories stay off", "[drift][cross-language]") {
  // Every word differs; a word diff would call all of it a rewrite.
  const auto c = check_pair("The old ferry will continue to run until the end of April.",
                            "Die alte Fähre wird bis Ende April weiter verkehren.", "en", "de");
  INFO(messages(c));
  for (const Finding& f : c.findings) {
    CHECK(f.category != Category::rewrite);
    CHECK(f.category != Category::substitution);
  }
}

}  // namespace
}  // namespace driftcheck
