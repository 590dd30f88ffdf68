#pragma once
// Internal to the number and date detectors: the closed-class words that make up a quantity
// (number words, scales, units, currencies, approximators) and locale-aware numeral parsing.
//
//   std::optional<double> v = parse_numeral("3,5", "ru");     // 3.5
//   const UnitWord* u = unit_word("miles");                    // {"mi", measure, "length", ...}
//
// All lookups take NFKC case-folded words (Token::folded). Tables are constant data.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"
#include "values/quantity.h"

namespace driftcheck::quantity_detail {

// "en-US" -> "en", "RU" -> "ru".
std::string base_language(std::string_view language);

// A numeral as written with digits and separators: "200,000", "1.75", "3,5", "6000".
// Grouping is read by the language ("3.500" is 3500 in de/ru, 3.5 in en); one separator
// followed by anything but exactly three digits is a decimal mark in every language.
// nullopt for anything that is not one number ("10.08.2025", "1,2,3", "").
std::optional<double> parse_numeral(std::string_view text, std::string_view language);

// Spelled-out numbers: "six" -> 6, "twenty" -> 20, "шесть" -> 6; hundred is a multiplier.
std::optional<double> cardinal_word(std::string_view folded);
// "first" -> 1, "twentieth" -> 20, "hundredth" -> 100.
std::optional<double> ordinal_word(std::string_view folded);
// "hundred" -> 100 (only inside spelled-out numbers), see scale_word for thousand and up.
bool is_hundred_word(std::string_view folded);
// "thousand" -> 1e3, "million" -> 1e6, "bn" -> 1e9, "млн" -> 1e6. `m` (million) only when
// `after_currency`, since "5 m" is usually metres.
std::optional<double> scale_word(std::string_view folded, bool after_currency);

struct UnitWord {
  std::string_view unit;       // canonical: "km", "mi", "hour", "%", "USD"
  QuantityKind kind;           // measure, money or percent
  std::string_view dimension;  // "length", "mass", "time", "money", "percent", ...
  double to_base;              // factor to the dimension's base unit (km, kg, hour, ...)
};
// A unit or currency word after a number: "miles", "km", "days", "dollars", "percent".
const UnitWord* unit_word(std::string_view folded);
// A currency before or after a number as a symbol or code: "$", "€", "£", "₽", "usd", "eur".
const UnitWord* currency_sign(std::string_view folded);
// The canonical unit's description ("km" -> length, factor 1), nullptr if unknown.
const UnitWord* unit_info(std::string_view unit);

// An approximator ending right before token `end` (exclusive), not starting before `floor`:
// "more than", "about", "около". Returns its class and sets *first to its first token.
std::optional<ApproxClass> approximator_before(const std::vector<const Token*>& tokens,
                                               size_t floor, size_t end, std::string_view language,
                                               size_t* first);

// Words that mark a following four-digit number as a point in time: "in", "since", "early".
bool is_year_cue(std::string_view folded);

bool is_ascii_digits(std::string_view s);
bool glued(const Token& a, const Token& b);  // no space between a and b
bool is_dash(std::string_view s);            // "-", "–", "—"
// The surface text of tokens [first, last], a space where the input had one.
std::string surface(const std::vector<const Token*>& tokens, size_t first, size_t last);

}  // namespace driftcheck::quantity_detail
