#pragma once
// Dates and times by value, read from tokens and compared between two aligned groups.
//
//   std::vector<DateValue> a = extract_dates(original_tokens, "en");   // "July 11, 2025"
//   std::vector<DateValue> b = extract_dates(rendition_tokens, "en");  // "11 July"
//   compare_dates(a, b)[0].relation == DateRelation::same_other_form;
//
// Recognised: "July 11", "11 July 2025", "the 11th of July", "February 2022", "in June",
// "early 2023", "mid-2023", "in 2022", "10.08.2025" (always day-first), "10/08/2025" and
// "08-08-2025" (month-first only for en-US, unless the first field is > 12), "2025-08-10",
// "8:45", "8:45 p.m.", "8 a.m.", weekdays ("Tuesday"), seasons after a cue ("next spring",
// "in the autumn"), days, weeks, months and years counted from now ("yesterday", "next
// month", not "today" or "this year"); month names in English, Russian
// ("10 января 2025 г."), German and French.
// Years belong to dates: a four-digit number 1000-2100 is a year when it is part of a date,
// follows a cue ("in", "since", "by", "early", "mid-", ...) or is not followed by a noun or
// unit that makes it a count ("2,000 people", "2000 km" are quantities).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace driftcheck {

struct DateValue {
  int year = 0, month = 0, day = 0;        // 0 = not given
  int hour = -1, minute = -1;              // -1 = not given
  int weekday = -1;                        // 0 = Monday .. 6 = Sunday; -1 = not given
  int season = -1;                         // 0 = spring .. 3 = winter; -1 = not given
  // A day, week, month or year counted from now: "yesterday" (day, -1), "next month" (month,
  // +1). 0 = not given; else unit * 3 + offset + 2 (unit 1 = day).
  int relative = 0;
  size_t first_token = 0, last_token = 0;  // [first, last] in the input
  std::string text;                        // surface text, for messages
};

// Every date, time and weekday in a token sequence, in order. A time right after a date
// ("July 12 at 8:45") is a separate DateValue.
std::vector<DateValue> extract_dates(const std::vector<const Token*>& tokens,
                                     std::string_view language);

enum class DateRelation {
  same,             // every field equal, written alike
  same_other_form,  // no field differs; written differently or a field given on one side only
                    // ("July 11" / "11 July", "July 12, 2025" / "July 12")
  changed,          // a field given on both sides differs ("July 11" / "July 12")
  only_original,
  only_rendition
};
const char* to_string(DateRelation relation);

struct DateMatch {
  int original = -1;  // index into the original's dates; -1 for only_rendition
  int rendition = -1;
  DateRelation relation = DateRelation::same;
  std::string explanation;  // "'July 11' became 'July 12'"
};

// Pairs the dates of two aligned groups (compatible values first, then by order among dates
// of the same shape) and says how each pair relates. Ordered by original, then rendition.
std::vector<DateMatch> compare_dates(const std::vector<DateValue>& original,
                                     const std::vector<DateValue>& rendition);

}  // namespace driftcheck
