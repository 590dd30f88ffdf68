#pragma once
// Fuzz target: the date parser — segmented text → extract_dates per sentence and over the
// whole document, compare_dates between neighbours.
//
// Input: byte 0 picks the language (pick_language), the rest is the text.
#include <vector>

#include "values/date_value.h"
#include "fuzz/quantity_target.h"

namespace driftcheck::fuzz {

inline std::vector<DateValue> checked_dates(const std::vector<const Token*>& tokens,
                                            const std::string& language) {
  std::vector<DateValue> found = extract_dates(tokens, language);
  size_t previous = 0;
  for (const DateValue& d : found) {
    FUZZ_REQUIRE(d.first_token <= d.last_token);
    FUZZ_REQUIRE(d.last_token < tokens.size());
    FUZZ_REQUIRE(d.first_token >= previous);  // in order
    previous = d.first_token;
    FUZZ_REQUIRE(d.month >= 0 && d.month <= 12);
    FUZZ_REQUIRE(d.day >= 0 && d.day <= 31);
    FUZZ_REQUIRE(d.hour >= -1 && d.hour <= 24);
    FUZZ_REQUIRE(d.minute >= -1 && d.minute <= 59);
    FUZZ_REQUIRE(d.weekday >= -1 && d.weekday <= 6);
    FUZZ_REQUIRE(valid_utf8(d.text));
  }
  return found;
}

inline void check_date_matches(const std::vector<DateMatch>& matches, size_t original,
                               size_t rendition) {
  for (const DateMatch& m : matches) {
    FUZZ_REQUIRE(m.original >= -1 && m.original < static_cast<int>(original));
    FUZZ_REQUIRE(m.rendition >= -1 && m.rendition < static_cast<int>(rendition));
    FUZZ_REQUIRE(m.original >= 0 || m.rendition >= 0);
    FUZZ_REQUIRE(valid_utf8(m.explanation));
  }
}

inline int date(const uint8_t* data, size_t size) {
  const std::optional<Document> doc = fuzz_document(data, size);
  if (!doc) return 0;
  std::vector<DateValue> previous;
  for (size_t i = 0; i < doc->sentences.size(); ++i) {
    std::vector<DateValue> found = checked_dates(token_pointers(*doc, i, i + 1), doc->language);
    check_date_matches(compare_dates(previous, found), previous.size(), found.size());
    previous = std::move(found);
  }
  const size_t half = doc->sentences.size() / 2;
  const std::vector<const Token*> first = token_pointers(*doc, 0, half);
  const std::vector<const Token*> second = token_pointers(*doc, half, doc->sentences.size());
  const std::vector<DateValue> a = checked_dates(first, doc->language);
  const std::vector<DateValue> b = checked_dates(second, "ru");
  check_date_matches(compare_dates(a, b), a.size(), b.size());
  return 0;
}

}  // namespace driftcheck::fuzz
