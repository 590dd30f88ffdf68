// extract_dates and compare_dates: dates by value, whatever their form.
#include "values/date_value.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/segment.h"
#include "values/quantity.h"

namespace driftcheck {
namespace {

struct Extracted {
  Document doc;
  std::vector<const Token*> tokens;
  std::vector<DateValue> dates;
};

Extracted extract(const std::string& text, const std::string& language = "en") {
  Extracted e{segment_text(text, SegmentOptions{language}), {}, {}};
  for (const Sentence& s : e.doc.sentences)
    for (const Token& t : s.tokens) e.tokens.push_back(&t);
  e.dates = extract_dates(e.tokens, language);
  return e;
}

std::string relations(const std::string& original, const std::string& rendition,
                      const std::string& original_language = "en",
                      const std::string& rendition_language = "en") {
  const Extracted a = extract(original, original_language);
  const Extracted b = extract(rendition, rendition_language);
  std::string out;
  for (const DateMatch& m : compare_dates(a.dates, b.dates)) {
    out += (out.empty() ? "" : ",");
    out += to_string(m.relation);
  }
  return out;
}

}  // namespace

TEST_CASE("date: values read from each form", "[drift][date]") {
  const auto [text, language, year, month, day, hour, minute] =
      GENERATE(table<std::string, std::string, int, int, int, int, int>({
          {"on July 11", "en", 0, 7, 11, -1, -1},
          {"on 11 July", "en", 0, 7, 11, -1, -1},
          {"on the 11th of July", "en", 0, 7, 11, -1, -1},
          {"on July 12, 2025", "en", 2025, 7, 12, -1, -1},
          {"on 10.08.2025", "en", 2025, 8, 10, -1, -1},
          {"on 10.08.2025", "en-US", 2025, 8, 10, -1, -1},  // dotted: always day-first
          {"on 10/08/2025", "en", 2025, 8, 10, -1, -1},
          {"on 10/08/2025", "en-US", 2025, 10, 8, -1, -1},
          {"on 13/08/2025", "en-US", 2025, 8, 13, -1, -1},  // 13 cannot be a month
          {"on 08-08-2025", "en", 2025, 8, 8, -1, -1},
          {"on 2025-08-10", "en", 2025, 8, 10, -1, -1},
          {"in February 2022", "en", 2022, 2, 0, -1, -1},
          {"in early 2023", "en", 2023, 0, 0, -1, -1},
          {"in June", "en", 0, 6, 0, -1, -1},
          {"in 2022", "en", 2022, 0, 0, -1, -1},
          {"at 8:45", "en", 0, 0, 0, 8, 45},
          {"at 8:45 p.m.", "en", 0, 0, 0, 20, 45},
          {"at 8 a.m.", "en", 0, 0, 0, 8, 0},
          {"10 января 2025 г.", "ru", 2025, 1, 10, -1, -1},
          {"в марте", "ru", 0, 3, 0, -1, -1},
          {"am 10. August 2025", "de", 2025, 8, 10, -1, -1},
      }));
  CAPTURE(text, language);
  const Extracted e = extract(text, language);
  REQUIRE(e.dates.size() == 1);
  CHECK(e.dates[0].year == year);
  CHECK(e.dates[0].month == month);
  CHECK(e.dates[0].day == day);
  CHECK(e.dates[0].hour == hour);
  CHECK(e.dates[0].minute == minute);
}

TEST_CASE("date: words that only look like dates are not", "[drift][date]") {
  const auto text =
      GENERATE(as<std::string>{}, "He may come.", "May I ask?", "They march on.", "a hot spring",
               "after the fall of the city", "the summer palace", "an august body met",
               "2000 people", "$2022", "about 2022 troops", "2022 km");
  CAPTURE(text);
  CHECK(extract(text).dates.empty());
}

TEST_CASE("date: the same date in another form matches", "[drift][date]") {
  const auto [original, rendition, expected] =
      GENERATE(table<std::string, std::string, std::string>({
          {"on July 11", "on July 11", "same"},
          {"on July 11", "on 11 July", "same_other_form"},
          {"on July 12, 2025", "on July 12", "same_other_form"},
          {"on 10.08.2025", "on 10 August 2025", "same_other_form"},
          {"in February 2022", "in Feb 2022", "same_other_form"},
          {"on Tuesday", "on Tuesday", "same"},
          {"at 8:45 p.m.", "at 20:45", "same_other_form"},
          {"in 2022", "in 2022", "same"},
          // A text all in lower case keeps its unmistakable months.
          {"in April", "in april", "same"},
      }));
  CAPTURE(original, rendition);
  CHECK(relations(original, rendition) == expected);
}

TEST_CASE("date: a changed date is reported", "[drift][date]") {
  const auto [original, rendition, expected] =
      GENERATE(table<std::string, std::string, std::string>({
          {"on July 11", "on July 12", "changed"},
          {"in September 2025", "in September 2024", "changed"},
          {"on Tuesday", "on Wednesday", "changed"},
          {"next spring", "next autumn", "changed"},
          {"next month", "last month", "changed"},
          {"yesterday", "tomorrow", "changed"},
          {"at 8:45", "at 9:45", "changed"},
          {"in 2022", "in 2023", "changed"},
          {"on 10/08/2025", "on 10 August 2025", "same_other_form"},
          {"in June", "", "only_original"},
          {"", "in early 2023", "only_rendition"},
      }));
  CAPTURE(original, rendition);
  CHECK(relations(original, rendition) == expected);
}

TEST_CASE("date: dates own years, quantities skip them", "[drift][date][number]") {
  const Extracted e = extract("In 2022 it fired 2,022 shells.");
  CHECK(e.dates.size() == 1);
  const auto quantities = extract_quantities(e.tokens, "en");
  REQUIRE(quantities.size() == 1);
  CHECK(quantities[0].text == "2,022");
}

TEST_CASE("date: US English reads slashes month-first", "[drift][date]") {
  CHECK(relations("on 10/08/2025", "on October 8, 2025", "en-US", "en") == "same_other_form");
  CHECK(relations("on 10/08/2025", "on October 8, 2025", "en-GB", "en") == "changed");
}

TEST_CASE("date: in other languages, a distance or a count after a cue is not a year",
          "[drift][date]") {
  // Russian "в" is "in" before a year and "at" before a distance.
  const auto distance = extract("Завод находится в 1000 километрах от Москвы.", "ru");
  CHECK(distance.dates.empty());
  CHECK(extract("Мост откроют в 2026 году.", "ru").dates.size() == 1);
  // French writes months in lower case, day first.
  const auto fr = extract("Le pont ouvrira le 14 mars 2026.", "fr");
  REQUIRE(fr.dates.size() == 1);
  CHECK(fr.dates[0].day == 14);
  CHECK(fr.dates[0].month == 3);
  CHECK(relations("on Tuesday", "mardi", "en", "fr") == "same_other_form");
}

}  // namespace driftcheck
