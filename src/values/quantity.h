#pragma once
// Quantities by value: numbers with their scale, unit or currency, approximator and range,
// read from tokens, and compared between two aligned groups of sentences.
//
//   std::vector<Quantity> a = extract_quantities(original_tokens, "en");   // "about $70 thousand"
//   std::vector<Quantity> b = extract_quantities(rendition_tokens, "ru");  // "около 70 тыс.
//   долларов" for (const QuantityMatch& m : compare_quantities(a, b))
//     if (m.relation == QuantityRelation::value_changed) report(m.explanation);
//
// Ownership of years: a four-digit year ("in 2022", "February 2022", "mid-2023") belongs to
// extract_dates (date_value.h); extract_quantities skips every token extract_dates takes.
// Kind `year` is used for what dates cannot hold: decades ("the 1990s", "the '90s").
// Designations (S-400, Il-76, Shahed-136, MH17, COVID-19) are never quantities.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"
#include "values/date_value.h"

namespace driftcheck {

enum class QuantityKind { cardinal, ordinal, percent, money, measure, year };
enum class ApproxClass { exact, about, almost, more_than, at_least, up_to, less_than };

struct Quantity {
  double value = 0;  // normalised: "$70 thousand" = 70000, "six thousand" = 6000
  double high = 0;   // == value unless a range ("5,000-6,000", "between 5 and 6 million")
  QuantityKind kind = QuantityKind::cardinal;
  std::string unit;  // canonical: "USD", "EUR", "RUB", "GBP", "km", "mi", "kg", "%", "hour", ""
  ApproxClass approx = ApproxClass::exact;  // "about" = "around" = "roughly" = "some" ...
  size_t first_token = 0;  // [first, last] in the input, incl. approximator and currency words
  size_t last_token = 0;
  std::string text;  // surface text, for messages
  // A bare spelled-out "one" ("one of its greatest", "no one") or an adverbial "first"
  // ("he first said"): paired like any quantity, but never reported as only on one side.
  bool incidental = false;
  // A share said in words ("a third of", "two thirds of", "half the"): kind percent, its value
  // the exact share (33.33...), which a rendition may round ("33%").
  bool fraction = false;
  // "5m" with no currency: read as five million, but the "100m" race is metres; the other
  // side's figure decides (compare_quantities).
  bool metres_or_million = false;
};

// Every quantity in a token sequence (a sentence or an aligned group of sentences), in order.
// `language` (BCP 47) decides the decimal mark: "3,5" is 3.5 in de/ru; "3,500" is 3500 in en.
std::vector<Quantity> extract_quantities(const std::vector<const Token*>& tokens,
                                         std::string_view language);
// The same, given what extract_dates(tokens, language) returns: for a caller that reads the
// dates of the same tokens anyway, so that they are not read twice.
std::vector<Quantity> extract_quantities(const std::vector<const Token*>& tokens,
                                         std::string_view language,
                                         const std::vector<DateValue>& dates);

enum class QuantityRelation {
  same,             // same value, unit, approximator, written alike
  same_other_form,  // same value and unit, written differently ("$200,000" / "200,000 US dollars")
  converted,        // same amount in another unit within rounding ("600 miles" / "966 km")
  value_changed,    // another number ("5,500" / "5,000")
  unit_changed,     // same number, another unit, currency or kind ("600 miles" / "600 km")
  approx_changed,   // same number, another approximator class ("about 90%" / "90%")
  only_original,
  only_rendition
};
const char* to_string(QuantityRelation relation);
const char* to_string(ApproxClass approx);

struct QuantityMatch {
  int original = -1;  // index into the original's quantities; -1 for only_rendition
  int rendition = -1;
  QuantityRelation relation = QuantityRelation::same;
  std::string explanation;  // for an editor: "'5,500' became '5,000'"
};

// Pairs the quantities of two aligned groups by value, unit, kind and order, and says how each
// pair relates. Unpaired incidental quantities are left out. Ordered by original, then rendition.
std::vector<QuantityMatch> compare_quantities(const std::vector<Quantity>& original,
                                              const std::vector<Quantity>& rendition);

// True if tokens[i] is (part of) a designation rather than a count: a number glued by a
// hyphen to a capitalised word or letters (S-400, Il-76, Shahed-136, F-22, B-2, COVID-19),
// or letters and digits in one token (MH17, A320). "12-day", "mid-2023" are not.
bool is_designation(const std::vector<const Token*>& tokens, size_t i);

}  // namespace driftcheck
