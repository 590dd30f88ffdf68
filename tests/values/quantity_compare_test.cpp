// compare_quantities on whole phrases: what an editor would call the same quantity, and what not.
#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "text/segment.h"
#include "values/quantity.h"

namespace driftcheck {
namespace {

// The relations compare_quantities finds between the quantities of two texts, comma-joined.
std::string quantity_relations(const std::string& original, const std::string& rendition,
                               const std::string& original_language = "en",
                               const std::string& rendition_language = "en") {
  const Document a = segment_text(original, SegmentOptions{original_language});
  const Document b = segment_text(rendition, SegmentOptions{rendition_language});
  std::vector<const Token*> ta, tb;
  for (const Sentence& s : a.sentences)
    for (const Token& t : s.tokens) ta.push_back(&t);
  for (const Sentence& s : b.sentences)
    for (const Token& t : s.tokens) tb.push_back(&t);
  std::string out;
  for (const QuantityMatch& m : compare_quantities(extract_quantities(ta, original_language),
                                                   extract_quantities(tb, rendition_language))) {
    out += (out.empty() ? "" : ",");
    out += to_string(m.relation);
  }
  return out;
}

}  // namespace

TEST_CASE("number: meaning-preserving rewrites of a quantity match", "[drift][number]") {
  const auto [original, rendition,
              expected] = GENERATE(table<std::string, std::string, std::string>({
      {"It cost 200,000 US dollars.", "It cost $200,000.", "same_other_form"},
      {"approximately 70,000 US dollars", "about $70 thousand", "same_other_form"},
      {"6,000 troops", "6000 troops", "same_other_form"},
      {"built in the 1700s", "built in the 18th century", "same_other_form"},
      {"6,000 troops", "six thousand troops", "same_other_form"},
      {"90% of them", "90 percent of them", "same_other_form"},
      {"90% of them", "ninety per cent of them", "same_other_form"},
      {"$1.75 billion", "$1,750 million", "same_other_form"},
      {"the first attack", "the 1st attack", "same_other_form"},
      {"5,000-6,000 people", "between 5,000 and 6,000 people", "same_other_form"},
      {"5-6 million", "5 to 6 million", "same_other_form"},
      {"a 12-day war", "a war of 12 days", "same_other_form"},
      {"the first half of the year", "the first six months", "same,same_other_form"},
      {"a quarter of 2024", "three months of 2024", "same_other_form"},
      {"600 miles away", "966 km away", "converted"},
      {"3 hours", "180 minutes", "converted"},
      {"50 litres of water", "13 gallons of water", "converted"},
      {"2 liters", "2,000 ml", "converted"},
      {"around three hours", "about three hours", "same_other_form"},
      {"roughly 90%", "about 90%", "same_other_form"},
      {"more than 5,500", "over 5,500", "same_other_form"},
      {"25,888 drones", "25,888 drones", "same"},
      {"twenty-five drones", "25 drones", "same_other_form"},
      {"€70k", "70,000 euros", "same_other_form"},
      {"£3bn", "3 billion pounds sterling", "same_other_form"},
      {"1.5 million", "1,500,000", "same_other_form"},
      {"one of its greatest achievements", "among its greatest achievements", ""},
      {"no one came", "nobody came", ""},
      {"The Shahed-136 and the Il-76", "The Shahed and the Ilyushin", ""},
      {"He first said so.", "He initially said so.", ""},
      {"A third of the voters stayed home.", "33% of the voters stayed home.", "same_other_form"},
      {"two thirds of the budget", "67% of the budget", "same_other_form"},
      {"half of the staff", "50 percent of the staff", "same_other_form"},
      {"a quarter of the seats", "one quarter of the seats", "same_other_form"},
      {"in the late 70's", "in the late 70s", "same_other_form"},
      {"the first two court instances", "the two first instances", "same,same"},
  }));
  CAPTURE(original, rendition);
  CHECK(quantity_relations(original, rendition) == expected);
}

TEST_CASE("number: the decimal mark is read by language", "[drift][number]") {
  const auto [original, lo, rendition, lr, expected] =
      GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
          {"3,5 тыс. рублей", "ru", "3,500 rubles", "en", "same_other_form"},
          {"3,5 млн", "ru", "3.5 million", "en", "same_other_form"},
          {"3,5 Mio. €", "de", "3.5 million euros", "en", "same_other_form"},
          {"rund 3.500 Euro", "de", "about 3,500 euros", "en", "same_other_form"},
          {"3,5", "de", "3.5", "en", "same_other_form"},
          {"3,500", "de", "3,500", "en", "value_changed"},
          {"около 3 500 000 рублей", "ru", "about 3.5 million roubles", "en", "same_other_form"},
          {"почти 3 500 000 рублей", "ru", "about 3.5 million roubles", "en", "approx_changed"},
      }));
  CAPTURE(original, lo, rendition, lr);
  CHECK(quantity_relations(original, rendition, lo, lr) == expected);
}

TEST_CASE("number: a changed value, unit or approximator is reported", "[drift][number]") {
  const auto [original, rendition, expected] =
      GENERATE(table<std::string, std::string, std::string>({
          {"5,500 soldiers", "5,000 soldiers", "value_changed"},
          {"600 miles", "600 km", "unit_changed"},
          {"600 miles", "900 km", "value_changed"},
          {"about 90%", "90%", "approx_changed"},
          {"more than 5,500", "almost 5,500", "approx_changed"},
          {"at least 20 people", "up to 20 people", "approx_changed"},
          {"the third day", "the fourth day", "value_changed"},
          {"$200,000", "€200,000", "unit_changed"},
          {"$70 thousand", "$70 million", "value_changed"},
          {"1.75 billion", "1.75 million", "value_changed"},
          {"90%", "90 people", "unit_changed"},
          {"5,000-6,000 people", "5,000 people", "value_changed"},
          {"a 12-day war", "a 12-week war", "unit_changed"},
          {"3 hours", "3 days", "unit_changed"},
          {"six thousand troops", "sixty thousand troops", "value_changed"},
          {"twenty-five drones", "twenty drones", "value_changed"},
          {"He sent 40 tanks.", "He sent tanks.", "only_original"},
          {"He sent tanks.", "He sent 40 tanks.", "only_rendition"},
          {"1990s", "1980s", "value_changed"},
          {"the 1700s", "the 17th century", "value_changed"},
          {"the 18th century", "the 19th century", "value_changed"},
          {"A third of the voters stayed home.", "30% of the voters stayed home.", "value_changed"},
          {"a third of the seats", "a quarter of the seats", "value_changed"},
          {"for a third time", "for a fourth time", "value_changed"},
          {"the 70's", "the 80's", "value_changed"},
          {"10 km", "10 mi", "unit_changed"},
          {"2000 people", "3000 people", "value_changed"},
          {"a dozen", "a hundred", "value_changed"},
          {"1st", "2nd", "value_changed"},
          {"4.5%", "45%", "value_changed"},
      }));
  CAPTURE(original, rendition);
  CHECK(quantity_relations(original, rendition) == expected);
}

}  // namespace driftcheck
