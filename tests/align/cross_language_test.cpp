// Alignment across languages: a German and a Russian translation of one English news story,
// each with a merge, a split, a dropped sentence, an added one and a moved one.
#include "align/cross_language.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "align/align.h"
#include "align/bilingual_dictionary.h"
#include "align/cross_features.h"
#include "align_test_util.h"
#include "text/segment.h"

namespace driftcheck {
namespace {

using namespace driftcheck::testing;

AlignOptions without_dictionary() {
  AlignOptions o;
  o.cross.dictionary_dir.clear();
  return o;
}

const std::string kEnglish =
    "The city council of Hamburg approved a new budget of 4.2 million euros on Monday.\n"
    "Mayor Peter Tschentscher said the money would repair the old Kohlbrand bridge.\n"
    "The bridge was built in 1974 and carries 35,000 cars every day.\n"
    "Engineers found cracks in the steel cables of the bridge last spring.\n"
    "Since then, trucks heavier than 40 tonnes have been banned.\n"
    "\"We cannot wait any longer, because the port needs this bridge,\" said the senator for "
    "transport, Anjes Tjarks, on Tuesday.\n"
    "The opposition criticised the plan as far too expensive and badly prepared.\n"
    "Work on the bridge will begin in March 2026 and take about 18 months.\n"
    "During that time, ferries will carry passengers across the Elbe from Finkenwerder.\n"
    "The last major repair of the Kohlbrand bridge took place in 1996.\n"
    "A public meeting about the project is planned for 12 May in Wilhelmsburg.\n"
    "Residents can send their questions to the port authority until then.\n";

const std::string kGerman =
    "Der Stadtrat von Hamburg hat am Montag einen neuen Haushalt von 4,2 Millionen Euro "
    "beschlossen.\n"
    "Bürgermeister Peter Tschentscher sagte, mit dem Geld werde die alte Köhlbrandbrücke "
    "repariert.\n"
    "Die Brücke wurde 1974 gebaut und trägt jeden Tag 35.000 Autos.\n"
    "Die letzte große Reparatur der Köhlbrandbrücke fand 1996 statt.\n"
    "Ingenieure fanden im vergangenen Frühjahr Risse in den Stahlseilen der Brücke, seitdem "
    "sind Lastwagen mit mehr als 40 Tonnen verboten.\n"
    "Verkehrssenator Anjes Tjarks sagte am Dienstag: „Wir können nicht länger warten.“\n"
    "„Der Hafen braucht diese Brücke.“\n"
    "Die Arbeiten an der Brücke beginnen im März 2026 und dauern etwa 18 Monate.\n"
    "In dieser Zeit bringen Fähren die Fahrgäste von Finkenwerder über die Elbe.\n"
    "Die Stadt hofft außerdem auf Geld vom Bund für den Neubau einer zweiten Brücke.\n"
    "Eine öffentliche Versammlung zu dem Projekt ist für Mai in Wilhelmsburg geplant.\n"
    "Anwohner können ihre Fragen bis dahin an die Hafenbehörde schicken.\n";

const std::string kRussian =
    "Городской совет Гамбурга в понедельник утвердил новый бюджет в 4,2 миллиона евро.\n"
    "Мэр Петер Ченчер сказал, что на эти деньги отремонтируют старый мост Кольбранд.\n"
    "Мост построен в 1974 году, и каждый день по нему проезжают 35 000 машин.\n"
    "Последний крупный ремонт моста Кольбранд проводился в 1996 году.\n"
    "Прошлой весной инженеры нашли трещины в стальных тросах моста, и с тех пор грузовикам "
    "тяжелее 40 тонн проезд запрещён.\n"
    "Во вторник сенатор по транспорту Аньес Тьяркс сказал: «Мы не можем больше ждать».\n"
    "«Порту нужен этот мост».\n"
    "Работы на мосту начнутся в марте 2026 года и продлятся около 18 месяцев.\n"
    "В это время паромы будут перевозить пассажиров через Эльбу из Финкенвердера.\n"
    "Город также надеется получить деньги из федерального бюджета на второй мост.\n"
    "Публичное собрание о проекте запланировано на май в Вильгельмсбурге.\n"
    "До этого жители могут отправить свои вопросы в управление порта.\n";

// Both translations: 3 and 4 merged, 5 split in two, 6 dropped, 9 moved up after 2, a
// sentence on federal money added.
const std::vector<std::string> kExpected = {"0>0", "1>1", "2>2", "9~3", "3,4>4", "5>5,6",
                                            "6>",  "7>7", "8>8", ">9",  "10>10", "11>11"};

}  // namespace

TEST_CASE("cross-language: name keys meet across scripts and spellings",
          "[align][cross-language]") {
  CHECK(name_skeleton("jesus") == name_skeleton("iisus"));
  CHECK(name_skeleton("moscow").substr(0, 4) == name_skeleton("moskva").substr(0, 4));
  CHECK(name_skeleton("christos") == name_skeleton("khristos"));
  CHECK(name_skeleton("peter").substr(0, 3) == name_skeleton("petr").substr(0, 3));
  CHECK(name_skeleton("berlin") != name_skeleton("paris"));
}

TEST_CASE("cross-language: languages differ only when both are known and differ",
          "[align][cross-language]") {
  CHECK(languages_differ(doc("A.", "en"), doc("B.", "de")));
  CHECK_FALSE(languages_differ(doc("A.", "en-GB"), doc("B.", "en-US")));
  CHECK_FALSE(languages_differ(doc("A.", "en"), doc("B.", "")));
  CHECK(freedict_code("de-AT") == "deu");
  CHECK(freedict_code("xx").empty());
}

TEST_CASE("cross-language: a translation shares few words, a rewrite many",
          "[align][cross-language]") {
  const Document en = doc(kEnglish, "en");
  const Document de = doc(kGerman, "de");
  std::vector<int> all_en(en.sentences.size()), all_de(de.sentences.size());
  for (size_t k = 0; k < all_en.size(); ++k) all_en[k] = static_cast<int>(k);
  for (size_t k = 0; k < all_de.size(); ++k) all_de[k] = static_cast<int>(k);
  CHECK(shared_word_share(en, all_en, de, all_de) < 0.2);
  CHECK(shared_word_share(en, all_en, en, all_en) == 1.0);
  // English misread as German still takes the same-language path and aligns 1:1.
  const Alignment a = align_documents(en, doc(kEnglish, "de"), AlignOptions{});
  for (const Bead& b : a.beads) CHECK(b.original == b.rendition);
}

TEST_CASE("cross-language: a dictionary that is not installed is no error",
          "[align][cross-language]") {
  CHECK_FALSE(BilingualDictionary::open("/nonexistent", "en", "de"));
  CHECK_FALSE(BilingualDictionary::open("", "en", "de"));
}

TEST_CASE(
    "cross-language: German translation with a merge, a split, a drop, an addition and a move",
    "[align][cross-language]") {
  const Document en = doc(kEnglish, "en");
  const Document de = doc(kGerman, "de");
  REQUIRE(en.sentences.size() == 12);
  REQUIRE(de.sentences.size() == 12);
  CHECK(beads(align_documents(en, de, without_dictionary())) == kExpected);
  CHECK(beads(align_documents(en, de, AlignOptions{})) == kExpected);
}

TEST_CASE(
    "cross-language: Russian translation with a merge, a split, a drop, an addition and a move",
    "[align][cross-language]") {
  const Document en = doc(kEnglish, "en");
  const Document ru = doc(kRussian, "ru");
  REQUIRE(ru.sentences.size() == 12);
  CHECK(beads(align_documents(en, ru, without_dictionary())) == kExpected);
  CHECK(beads(align_documents(en, ru, AlignOptions{})) == kExpected);
}

TEST_CASE("cross-language: every sentence lands in exactly one list", "[align][cross-language]") {
  const Document en = doc(kEnglish, "en");
  const Document ru = doc(kRussian, "ru");
  const std::vector<int> o = {0, 1, 2, 3, 4, 5}, r = {0, 1, 2, 3, 4, 5, 6, 7};
  const CrossAlignment a = align_across_languages(en, o, ru, r, AlignOptions{});
  std::vector<int> seen_o(o.size(), 0), seen_r(r.size(), 0);
  for (const auto* list : {&a.matches, &a.moves})
    for (const SearchBead& b : *list) {
      for (int k = b.original_begin; k < b.original_end; ++k) ++seen_o[static_cast<size_t>(k)];
      for (int k = b.rendition_begin; k < b.rendition_end; ++k) ++seen_r[static_cast<size_t>(k)];
    }
  for (int k : a.omitted) ++seen_o[static_cast<size_t>(k)];
  for (int k : a.added) ++seen_r[static_cast<size_t>(k)];
  CHECK(seen_o == std::vector<int>(o.size(), 1));
  CHECK(seen_r == std::vector<int>(r.size(), 1));
}

}  // namespace driftcheck
