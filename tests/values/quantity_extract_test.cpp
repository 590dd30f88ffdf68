// extract_quantities: what is a quantity, with which value, kind and unit.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/segment.h"
#include "values/quantity.h"

namespace driftcheck {
namespace {

struct ExtractedQuantities {
  Document doc;
  std::vector<const Token*> tokens;
  std::vector<Quantity> quantities;
};

ExtractedQuantities extract_quantities_of(const std::string& text,
                                          const std::string& language = "en") {
  ExtractedQuantities e{segment_text(text, SegmentOptions{language}), {}, {}};
  for (const Sentence& s : e.doc.sentences)
    for (const Token& t : s.tokens) e.tokens.push_back(&t);
  e.quantities = extract_quantities(e.tokens, language);
  return e;
}

}  // namespace

TEST_CASE("number: values, kinds and units of single quantities", "[drift][number]") {
  const auto [text, value, high, kind, unit] =
      GENERATE(table<std::string, double, double, QuantityKind, std::string>({
          {"about $70 thousand", 70000, 70000, QuantityKind::money, "USD"},
          {"1.75 billion", 1.75e9, 1.75e9, QuantityKind::cardinal, ""},
          {"six thousand", 6000, 6000, QuantityKind::cardinal, ""},
          {"one hundred and five", 105, 105, QuantityKind::cardinal, ""},
          {"ninety per cent", 90, 90, QuantityKind::percent, "%"},
          {"between 5 and 6 million", 5e6, 6e6, QuantityKind::cardinal, ""},
          {"500,000 to 6 million", 5e5, 6e6, QuantityKind::cardinal, ""},
          {"a 12-day war", 12, 12, QuantityKind::measure, "day"},
          {"twenty-first", 21, 21, QuantityKind::ordinal, ""},
          {"25,888", 25888, 25888, QuantityKind::cardinal, ""},
          {"the 1990s", 1990, 1999, QuantityKind::year, ""},
          {"the 18th century", 1700, 1799, QuantityKind::year, ""},
          {"the eighteenth century", 1700, 1799, QuantityKind::year, ""},
          {"the 1700s", 1700, 1799, QuantityKind::year, ""},
          {"the nineties", 1990, 1999, QuantityKind::year, ""},
          {"20 pounds sterling", 20, 20, QuantityKind::money, "GBP"},
          {"30 rubles", 30, 30, QuantityKind::money, "RUB"},
          {"30 roubles", 30, 30, QuantityKind::money, "RUB"},
          {"USD 30", 30, 30, QuantityKind::money, "USD"},
          {"$70m", 7e7, 7e7, QuantityKind::money, "USD"},
          {"5 mln", 5e6, 5e6, QuantityKind::cardinal, ""},
          {"2000 people", 2000, 2000, QuantityKind::cardinal, ""},
          {"3,5", 3.5, 3.5, QuantityKind::cardinal, ""},  // en: not a thousands separator
      }));
  CAPTURE(text);
  const ExtractedQuantities e = extract_quantities_of(text);
  REQUIRE(e.quantities.size() == 1);
  CHECK(e.quantities[0].value == Approx(value));
  CHECK(e.quantities[0].high == Approx(high));
  CHECK(e.quantities[0].kind == kind);
  CHECK(e.quantities[0].unit == unit);
}

TEST_CASE("number: designations and years are not quantities", "[drift][number]") {
  const auto [text, count] = GENERATE(table<std::string, size_t>({
      {"a Shahed-136 drone", 0},
      {"an Il-76 and an S-400", 0},
      {"F-22 and B-2 jets", 0},
      {"flight MH17", 0},
      {"COVID-19 cases", 0},
      {"in 2022", 0},  // a year: extract_dates owns it
      {"since mid-2023", 0},
      {"the 2022 invasion", 0},
      {"a 12-day war", 1},
      {"twenty-five", 1},
  }));
  CAPTURE(text);
  CHECK(extract_quantities_of(text).quantities.size() == count);
}

TEST_CASE("number: is_designation marks the digits of a name", "[drift][number]") {
  const auto [text, digits, expected] = GENERATE(table<std::string, std::string, bool>({
      {"an S-400 system", "400", true},
      {"an Il-76 plane", "76", true},
      {"a Shahed-136", "136", true},
      {"a B-2", "2", true},
      {"flight MH17", "mh17", true},
      {"COVID-19 cases", "19", true},
      {"a 12-day war", "12", false},
      {"since mid-2023", "2023", false},
      {"5,000-6,000 people", "6,000", false},
  }));
  CAPTURE(text);
  const ExtractedQuantities e = extract_quantities_of(text);
  bool found = false;
  for (size_t i = 0; i < e.tokens.size(); ++i) {
    if (e.tokens[i]->folded != digits) continue;
    found = true;
    CHECK(is_designation(e.tokens, i) == expected);
  }
  CHECK(found);
}

TEST_CASE("number: a pronoun-like 'one' is incidental", "[drift][number]") {
  CHECK(extract_quantities_of("one of its greatest achievements").quantities.at(0).incidental);
  CHECK(extract_quantities_of("no one").quantities.at(0).incidental);
  CHECK_FALSE(extract_quantities_of("one million").quantities.at(0).incidental);
  CHECK_FALSE(extract_quantities_of("one hundred").quantities.at(0).incidental);
  CHECK_FALSE(
      extract_quantities_of("one day").quantities.at(0).incidental);  // a unit makes it a count
}

TEST_CASE("number: approximators and their spans", "[drift][number]") {
  const ExtractedQuantities e =
      extract_quantities_of("It fired more than 5,500 missiles and some 70 drones.");
  REQUIRE(e.quantities.size() == 2);
  CHECK(e.quantities[0].approx == ApproxClass::more_than);
  CHECK(e.quantities[0].text == "more than 5,500");
  CHECK(e.quantities[1].approx == ApproxClass::about);
  CHECK(e.quantities[1].first_token == 7);
  CHECK(e.quantities[1].last_token == 8);
}

}  // namespace driftcheck
