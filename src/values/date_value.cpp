#include "values/date_value.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>

#include "values/quantity_lexicon.h"

namespace driftcheck {
namespace {

using quantity_detail::glued;
using quantity_detail::is_ascii_digits;
using quantity_detail::is_dash;
using quantity_detail::surface;
using Tokens = std::vector<const Token*>;

struct MonthName {
  std::string_view word;
  int month;
  bool prefix;  // matches any word that starts with it (Russian case endings)
};

constexpr std::array kMonths = {
    MonthName{"january", 1, false},
    MonthName{"february", 2, false},
    MonthName{"march", 3, false},
    MonthName{"april", 4, false},
    MonthName{"may", 5, false},
    MonthName{"june", 6, false},
    MonthName{"july", 7, false},
    MonthName{"august", 8, false},
    MonthName{"september", 9, false},
    MonthName{"october", 10, false},
    MonthName{"november", 11, false},
    MonthName{"december", 12, false},
    MonthName{"jan", 1, false},
    MonthName{"feb", 2, false},
    MonthName{"mar", 3, false},
    MonthName{"apr", 4, false},
    MonthName{"jun", 6, false},
    MonthName{"jul", 7, false},
    MonthName{"aug", 8, false},
    MonthName{"sep", 9, false},
    MonthName{"sept", 9, false},
    MonthName{"oct", 10, false},
    MonthName{"nov", 11, false},
    MonthName{"dec", 12, false},
    // Russian: stems plus the short forms.
    MonthName{"январ", 1, true},
    MonthName{"феврал", 2, true},
    MonthName{"март", 3, true},
    MonthName{"апрел", 4, true},
    MonthName{"мая", 5, false},
    MonthName{"май", 5, false},
    MonthName{"мае", 5, false},
    MonthName{"июн", 6, true},
    MonthName{"июл", 7, true},
    MonthName{"август", 8, true},
    MonthName{"сентябр", 9, true},
    MonthName{"октябр", 10, true},
    MonthName{"ноябр", 11, true},
    MonthName{"декабр", 12, true},
    MonthName{"янв", 1, false},
    MonthName{"фев", 2, false},
    MonthName{"апр", 4, false},
    MonthName{"авг", 8, false},
    MonthName{"сен", 9, false},
    MonthName{"сент", 9, false},
    MonthName{"окт", 10, false},
    MonthName{"нояб", 11, false},
    MonthName{"дек", 12, false},
    // German and French where they differ from English.
    MonthName{"januar", 1, false},
    MonthName{"februar", 2, false},
    MonthName{"märz", 3, false},
    MonthName{"mai", 5, false},
    MonthName{"juni", 6, false},
    MonthName{"juli", 7, false},
    MonthName{"oktober", 10, false},
    MonthName{"dezember", 12, false},
    MonthName{"janvier", 1, false},
    MonthName{"février", 2, false},
    MonthName{"mars", 3, false},
    MonthName{"avril", 4, false},
    MonthName{"juin", 6, false},
    MonthName{"juillet", 7, false},
    MonthName{"août", 8, false},
    MonthName{"septembre", 9, false},
    MonthName{"octobre", 10, false},
    MonthName{"novembre", 11, false},
    MonthName{"décembre", 12, false},
};

constexpr std::array<std::string_view, 28> kWeekdays = {
    "monday",      "tuesday",  "wednesday", "thursday",   "friday",   "saturday", "sunday",
    "понедельник", "вторник",  "среду",     "четверг",    "пятницу",  "субботу",  "воскресенье",
    "montag",      "dienstag", "mittwoch",  "donnerstag", "freitag",  "samstag",  "sonntag",
    "lundi",       "mardi",    "mercredi",  "jeudi",      "vendredi", "samedi",   "dimanche"};

// Words before a month name alone ("in June") or a year alone ("since 2022").
constexpr std::array<std::string_view, 14> kMonthCues = {
    "in", "since", "by",   "until", "early", "late",   "mid",
    "of", "last",  "next", "this",  "from",  "during", "end"};

// Words after a four-digit number that still leave it a year ("2022 was", "2022 and 2023").
constexpr std::array<std::string_view, 20> kAfterYear = {
    "was", "is",      "has",   "had",  "will", "and", "or",   "to", "when", "saw",
    "as",  "brought", "would", "года", "г",    "год", "году", "по", "и",    "или"};

template <size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

// Upper or title case first letter, in any script ("километрах" is lower case).
bool capitalised(const Token& t) {
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(t.text.data(), i, static_cast<int32_t>(t.text.size()), c);
  return c >= 0 && !u_islower(c);
}

// The month a word names; English month names must be capitalised unless unmistakable.
// The English names lead kMonths. Only they need a capital: "may", "march" and "jan" are
// also words, while French writes "mars", "avril" in lower case.
constexpr size_t first_foreign_month() {
  for (size_t k = 0; k < kMonths.size(); ++k)
    if (static_cast<unsigned char>(kMonths[k].word[0]) >= 0x80) return k;
  return kMonths.size();
}

// A full English month name that is no other word, so that a text written all in lower case
// ("in april the court ...") keeps its dates; "may", "march" and "august" are other words too.
bool unmistakable_month(std::string_view word) {
  return word.size() > 3 && word != "march" && word != "august";
}

// The first bytes that weekday names (any language) start with: a word starting otherwise is
// none, and most words are rejected without walking the whole table.
template <typename Words, typename Word>
constexpr std::array<bool, 256> first_bytes(const Words& words, Word word_of) {
  std::array<bool, 256> out{};
  for (const auto& w : words) out[static_cast<unsigned char>(word_of(w)[0])] = true;
  return out;
}
constexpr auto kWeekdayFirstBytes = first_bytes(kWeekdays, [](std::string_view w) { return w; });

// kMonths chained by first byte, in table order: a word is compared only with the names that
// start as it does (most words with none of them), and the first hit is the one a walk of the
// whole table finds, since a name that matches starts with the word's first byte.
struct MonthChains {
  std::array<uint8_t, 256> first{};            // first name starting with the byte, or size
  std::array<uint8_t, kMonths.size()> next{};  // next name with the same first byte, or size
};
static_assert(kMonths.size() < 256);
constexpr MonthChains month_chains() {
  MonthChains c{};
  c.first.fill(static_cast<uint8_t>(kMonths.size()));
  for (size_t k = kMonths.size(); k-- > 0;) {
    const auto byte = static_cast<unsigned char>(kMonths[k].word[0]);
    c.next[k] = c.first[byte];
    c.first[byte] = static_cast<uint8_t>(k);
  }
  return c;
}
constexpr MonthChains kMonthChains = month_chains();

// The word without an English possessive ending: the word breaker keeps "Wednesday’s" and
// "March's" as one token, and they name the same day as "on Wednesday".
std::string_view without_possessive(std::string_view folded) {
  for (std::string_view ending : {std::string_view("'s"), std::string_view("\u2019s")})
    if (folded.size() > ending.size() && folded.ends_with(ending))
      return folded.substr(0, folded.size() - ending.size());
  return folded;
}

int month_of(const Token& t) {
  if (t.kind != TokenKind::word) return 0;
  if (t.folded.empty()) return 0;
  const size_t first = kMonthChains.first[static_cast<unsigned char>(t.folded[0])];
  if (first == kMonths.size()) return 0;
  const std::string_view word = without_possessive(t.folded);
  for (size_t k = first; k < kMonths.size(); k = kMonthChains.next[k]) {
    const MonthName& m = kMonths[k];
    const bool hit = m.prefix ? t.folded.rfind(m.word, 0) == 0 : word == m.word;
    if (!hit) continue;
    if (k < first_foreign_month() && !capitalised(t) && !unmistakable_month(m.word)) return 0;
    return m.month;
  }
  return 0;
}

std::optional<int> int_of(std::string_view s) {
  if (!is_ascii_digits(s) || s.size() > 4) return std::nullopt;
  return std::stoi(std::string(s));
}

// A day of the month: "11", "11th", "1st".
std::optional<int> day_of(const Token& t) {
  std::string_view s = t.folded;
  if (t.kind == TokenKind::word && s.size() >= 3) {
    std::string_view suffix = s.substr(s.size() - 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") s.remove_suffix(2);
  }
  if (s.size() > 2) return std::nullopt;
  auto d = int_of(s);
  if (d && *d >= 1 && *d <= 31) return d;
  return std::nullopt;
}

std::optional<int> year_of(const Token& t) {
  if (t.kind != TokenKind::number || t.folded.size() != 4) return std::nullopt;
  auto y = int_of(t.folded);
  if (y && *y >= 1000 && *y <= 2100) return y;
  return std::nullopt;
}

int full_year(int y, size_t digits) {
  if (digits != 2) return y;
  return y <= 50 ? 2000 + y : 1900 + y;
}

class DateReader {
 public:
  DateReader(const Tokens& tokens, std::string_view language)
      : tokens_(tokens), language_(language), taken_(tokens.size(), false) {}

  std::vector<DateValue> read() {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (taken_[i]) continue;
      if (numeric_date(i) || time_of_day(i) || month_date(i) || weekday(i) || season(i) ||
          relative_date(i))
        continue;
    }
    for (size_t i = 0; i < tokens_.size(); ++i)
      if (!taken_[i]) bare_year(i);
    std::sort(out_.begin(), out_.end(),
              [](const DateValue& a, const DateValue& b) { return a.first_token < b.first_token; });
    return out_;
  }

 private:
  const Token& at(size_t i) const { return *tokens_[i]; }
  bool has(size_t i) const { return i < tokens_.size() && !taken_[i]; }

  void add(DateValue v, size_t first, size_t last) {
    v.first_token = first;
    v.last_token = last;
    v.text = surface(tokens_, first, last);
    for (size_t k = first; k <= last; ++k) taken_[k] = true;
    out_.push_back(std::move(v));
  }

  // "10.08.2025" (one token, always day-first), "10/08/2025", "08-08-2025", "2025-08-10".
  bool numeric_date(size_t i) {
    const Token& t = at(i);
    if (t.kind != TokenKind::number) return false;
    std::vector<std::string_view> parts;
    size_t last = i;
    char sep = 0;
    if (t.folded.find('.') != std::string::npos) {
      std::string_view s = t.folded;
      for (size_t dot; (dot = s.find('.')) != std::string_view::npos; s.remove_prefix(dot + 1))
        parts.push_back(s.substr(0, dot));
      parts.push_back(s);
      sep = '.';
    } else if (has(i + 4) && glued(t, at(i + 1)) && glued(at(i + 1), at(i + 2)) &&
               glued(at(i + 2), at(i + 3)) && glued(at(i + 3), at(i + 4)) &&
               at(i + 1).folded == at(i + 3).folded &&
               (at(i + 1).folded == "/" || is_dash(at(i + 1).folded))) {
      parts = {t.folded, at(i + 2).folded, at(i + 4).folded};
      sep = at(i + 1).folded == "/" ? '/' : '-';
      last = i + 4;
    }
    if (parts.size() != 3) return false;
    for (std::string_view p : parts)
      if (!is_ascii_digits(p) || p.size() > 4) return false;
    int a = std::stoi(std::string(parts[0])), b = std::stoi(std::string(parts[1]));
    int c = std::stoi(std::string(parts[2]));
    DateValue v;
    if (parts[0].size() == 4) {  // ISO 2025-08-10
      v.year = a, v.month = b, v.day = c;
    } else {
      if (parts[2].size() != 2 && parts[2].size() != 4) return false;
      bool month_first = sep != '.' && language_ == "en-US";
      if (a > 12) month_first = false;
      if (b > 12) month_first = true;
      v.year = full_year(c, parts[2].size());
      v.month = month_first ? a : b;
      v.day = month_first ? b : a;
    }
    if (v.month < 1 || v.month > 12 || v.day < 1 || v.day > 31) return false;
    add(v, i, last);
    return true;
  }

  // "8:45", "8:45 p.m.", "8 a.m.", "8pm", "20:45".
  bool time_of_day(size_t i) {
    const Token& t = at(i);
    DateValue v;
    size_t last = i;
    std::string_view folded = t.folded;
    std::string_view glued_meridiem;
    if (t.kind == TokenKind::word && folded.size() >= 3 &&
        (folded.substr(folded.size() - 2) == "am" || folded.substr(folded.size() - 2) == "pm") &&
        is_ascii_digits(folded.substr(0, folded.size() - 2))) {
      glued_meridiem = folded.substr(folded.size() - 2);
      folded = folded.substr(0, folded.size() - 2);
    } else if (t.kind != TokenKind::number || !is_ascii_digits(folded)) {
      return false;
    }
    if (folded.size() > 2) return false;
    v.hour = std::stoi(std::string(folded));
    if (glued_meridiem.empty() && has(i + 2) && at(i + 1).folded == ":" && glued(t, at(i + 1)) &&
        glued(at(i + 1), at(i + 2)) && at(i + 2).folded.size() == 2 &&
        is_ascii_digits(at(i + 2).folded)) {
      v.minute = std::stoi(at(i + 2).folded);
      last = i + 2;
    }
    std::string_view meridiem = glued_meridiem;
    if (meridiem.empty() && has(last + 1)) {
      std::string_view w = at(last + 1).folded;
      if (w == "a.m" || w == "am" || w == "a.m.") meridiem = "am";
      if (w == "p.m" || w == "pm" || w == "p.m.") meridiem = "pm";
      if (!meridiem.empty()) {
        ++last;
        if (has(last + 1) && at(last + 1).folded == "." && glued(at(last), at(last + 1))) ++last;
      }
    }
    if (v.minute < 0 && meridiem.empty()) return false;
    if (!meridiem.empty()) {
      if (v.hour < 1 || v.hour > 12) return false;
      if (v.minute < 0) v.minute = 0;
      v.hour = v.hour % 12 + (meridiem == "pm" ? 12 : 0);
    }
    if (v.hour > 23 || v.minute > 59) return false;
    add(v, i, last);
    return true;
  }

  bool cue_before(size_t i) const {
    if (i == 0) return false;
    size_t p = i - 1;
    if (is_dash(at(p).folded) && p > 0) --p;  // "mid-2023"
    return in(kMonthCues, at(p).folded) || quantity_detail::is_year_cue(at(p).folded);
  }

  // "July 11", "July 11, 2025", "11 July 2025", "the 11th of July", "February 2022", "in June".
  bool month_date(size_t i) {
    DateValue v;
    v.month = month_of(at(i));
    if (v.month == 0) return false;
    size_t first = i, last = i;
    if (at(i).folded.size() <= 4 && at(i).folded != "june" && at(i).folded != "july" &&
        at(i).folded != "may" && has(i + 2) && at(i + 1).folded == "." && glued(at(i), at(i + 1)))
      ++last;  // "Aug. 5"
    // A day before: "11 July", "11th of July", "10. August" (German).
    if (i >= 1 && !taken_[i - 1] && day_of(at(i - 1))) {
      v.day = *day_of(at(i - 1)), first = i - 1;
    } else if (i >= 2 && at(i - 1).folded == "of" && day_of(at(i - 2)) &&
               at(i - 2).kind == TokenKind::word) {
      v.day = *day_of(at(i - 2)), first = i - 2;
    } else if (i >= 2 && at(i - 1).folded == "." && day_of(at(i - 2)) &&
               glued(at(i - 2), at(i - 1))) {
      v.day = *day_of(at(i - 2)), first = i - 2;
    }
    if (first > 0 && at(first - 1).folded == "the" && first < i) --first;
    // A day after: "July 11", "July 11th" (not "July 2025").
    if (v.day == 0 && has(last + 1) && day_of(at(last + 1)) && !year_of(at(last + 1))) {
      v.day = *day_of(at(last + 1));
      ++last;
    }
    // A year after: "July 11, 2025", "February 2022", "10 января 2025 г.".
    size_t y = last + 1;
    if (v.day != 0 && has(y) && at(y).folded == ",") ++y;
    if (has(y) && year_of(at(y))) {
      v.year = *year_of(at(y));
      last = y;
      if (has(last + 1) && (at(last + 1).folded == "г" || at(last + 1).folded == "года")) ++last;
      if (at(last).folded == "г" && has(last + 1) && at(last + 1).folded == "." &&
          glued(at(last), at(last + 1)))
        ++last;
    }
    // "May" and "March" alone are too often a verb or a name.
    const bool ambiguous = at(i).folded == "may" || at(i).folded == "march" ||
                           at(i).folded == "mar" || at(i).folded == "jan";
    if (ambiguous && v.day == 0 && v.year == 0 && !cue_before(i)) return false;
    if (first == i && first > 0 &&
        (at(first - 1).folded == "early" || at(first - 1).folded == "late" ||
         at(first - 1).folded == "mid"))
      --first;
    add(v, first, last);
    return true;
  }

  bool weekday(size_t i) {
    const std::string_view folded = without_possessive(at(i).folded);
    if (folded.empty() || !kWeekdayFirstBytes[static_cast<unsigned char>(folded[0])]) return false;
    for (size_t k = 0; k < kWeekdays.size(); ++k) {
      if (folded != kWeekdays[k] &&
          !(k < 7 && folded.size() == 3 && kWeekdays[k].starts_with(folded) && k != 2 && k != 5 &&
            k != 6))
        continue;  // "Tue"; not Wed/Sat/Sun
      if (k < 7 && !capitalised(at(i))) return false;
      DateValue v;
      v.weekday = static_cast<int>(k % 7);
      add(v, i, i);
      return true;
    }
    return false;
  }

  // "next spring", "in the autumn", "last fall": a season after a cue, so that a hot spring
  // or the fall of a city is none. English only.
  bool season(size_t i) {
    static constexpr std::array<std::pair<std::string_view, int>, 5> kSeasons = {
        {{"spring", 0}, {"summer", 1}, {"autumn", 2}, {"fall", 2}, {"winter", 3}}};
    static constexpr std::array<std::string_view, 9> kCues = {
        "in", "this", "last", "next", "early", "late", "mid", "during", "until"};
    const auto it = std::find_if(kSeasons.begin(), kSeasons.end(),
                                 [&](const auto& s) { return s.first == at(i).folded; });
    if (it == kSeasons.end() || i == 0) return false;
    const std::string_view before = at(i - 1).folded;
    const bool cued = in(kCues, before) || (before == "the" && i > 1 &&
                                            in(kCues, at(i - 2).folded) && it->first != "fall");
    if (!cued || (it->first == "fall" && before == "in")) return false;  // "in fall" is rare
    DateValue v;
    v.season = it->second;
    add(v, i, i);
    return true;
  }

  // "yesterday", "tomorrow", "next month", "last year": a time counted from the day of
  // writing. "the last month" (the thirty days before) is no such date.
  bool relative_date(size_t i) {
    // "today" and "this year" are left out: they mostly mean "now", and "this year" against
    // "in 2023" is the number detector's question (relative_year).
    static constexpr std::array<std::pair<std::string_view, int>, 2> kDays = {
        {{"yesterday", -1}, {"tomorrow", 1}}};
    static constexpr std::array<std::pair<std::string_view, int>, 3> kCounts = {
        {{"last", -1}, {"previous", -1}, {"next", 1}}};
    static constexpr std::array<std::string_view, 4> kUnits = {"day", "week", "month", "year"};
    // DateValue::relative: unit (1 = day .. 4 = year) * 3 + offset + 2, never 0.
    auto code = [](size_t unit, int offset) { return static_cast<int>(unit + 1) * 3 + offset + 2; };
    const std::string_view w = at(i).folded;
    DateValue v;
    for (const auto& [word, offset] : kDays)
      if (w == word) {
        v.relative = code(0, offset);
        add(v, i, i);
        return true;
      }
    if (i + 1 >= tokens_.size() || (i > 0 && at(i - 1).folded == "the")) return false;
    const auto count =
        std::find_if(kCounts.begin(), kCounts.end(), [&](const auto& c) { return c.first == w; });
    const auto unit = std::find(kUnits.begin(), kUnits.end(), at(i + 1).folded);
    if (count == kCounts.end() || unit == kUnits.end()) return false;
    v.relative = code(static_cast<size_t>(unit - kUnits.begin()), count->second);
    add(v, i, i + 1);
    return true;
  }

  // A four-digit number alone is a year unless what surrounds it makes it a count.
  void bare_year(size_t i) {
    auto year = year_of(at(i));
    if (!year) return;
    if (i > 0 && quantity_detail::currency_sign(at(i - 1).folded)) return;
    if (i > 0 && (at(i - 1).kind == TokenKind::number || is_dash(at(i - 1).folded)) &&
        !cue_before(i))
      return;  // "5-2022", "3 2022"
    size_t approx_first = 0;
    if (quantity_detail::approximator_before(tokens_, 0, i, language_, &approx_first)) return;
    if (i + 1 < tokens_.size()) {
      const Token& next = at(i + 1);
      if (quantity_detail::unit_word(next.folded) &&
          !(next.folded == "года" || next.folded == "год" || next.folded == "г"))
        return;
      if (quantity_detail::scale_word(next.folded, false) || next.folded == "%") return;
      if (is_dash(next.folded) && glued(at(i), next) && i + 2 < tokens_.size() &&
          at(i + 2).kind == TokenKind::word && !capitalised(at(i + 2)))
        return;  // "2000-strong"
      const bool lower_word = next.kind == TokenKind::word && !capitalised(next);
      // Russian "в" is "in" before a year and "at" before a distance ("в 1000 километрах"),
      // so there the word after decides, not the cue.
      const bool cue_decides = !language_.starts_with("ru") && cue_before(i);
      if (lower_word && !in(kAfterYear, next.folded) && !cue_decides &&
          !(i > 0 && (at(i - 1).folded == "the" || at(i - 1).folded == "its")))
        return;  // "2000 people"
    }
    DateValue v;
    v.year = *year;
    size_t first = i;
    if (i > 0 &&
        (at(i - 1).folded == "early" || at(i - 1).folded == "late" || at(i - 1).folded == "mid"))
      first = i - 1;
    else if (i > 1 && is_dash(at(i - 1).folded) && at(i - 2).folded == "mid")
      first = i - 2;
    add(v, first, i);
  }

  const Tokens& tokens_;
  std::string language_;
  std::vector<bool> taken_;
  std::vector<DateValue> out_;
};

bool compatible(const DateValue& a, const DateValue& b, int* shared) {
  const std::array<std::pair<int, int>, 8> fields = {std::pair{a.year, b.year},
                                                     std::pair{a.month, b.month},
                                                     std::pair{a.day, b.day},
                                                     std::pair{a.hour + 1, b.hour + 1},
                                                     std::pair{a.minute + 1, b.minute + 1},
                                                     std::pair{a.weekday + 1, b.weekday + 1},
                                                     std::pair{a.season + 1, b.season + 1},
                                                     std::pair{a.relative, b.relative}};
  bool ok = true;
  *shared = 0;
  for (auto [x, y] : fields) {
    if (x == 0 || y == 0) continue;
    ++*shared;
    if (x != y) ok = false;
  }
  return ok;
}

bool same_fields(const DateValue& a, const DateValue& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour &&
         a.minute == b.minute && a.weekday == b.weekday && a.season == b.season &&
         a.relative == b.relative;
}

std::string folded_text(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::vector<DateValue> extract_dates(const std::vector<const Token*>& tokens,
                                     std::string_view language) {
  return DateReader(tokens, language).read();
}

const char* to_string(DateRelation relation) {
  switch (relation) {
    case DateRelation::same:
      return "same";
    case DateRelation::same_other_form:
      return "same_other_form";
    case DateRelation::changed:
      return "changed";
    case DateRelation::only_original:
      return "only_original";
    case DateRelation::only_rendition:
      return "only_rendition";
  }
  return "?";
}

std::vector<DateMatch> compare_dates(const std::vector<DateValue>& original,
                                     const std::vector<DateValue>& rendition) {
  std::vector<DateMatch> out;
  std::vector<bool> used_o(original.size(), false), used_r(rendition.size(), false);
  // Pass 1: values that agree wherever both sides give a field; pass 2: the rest, by order.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t o = 0; o < original.size(); ++o) {
      if (used_o[o]) continue;
      for (size_t r = 0; r < rendition.size(); ++r) {
        if (used_r[r]) continue;
        int shared = 0;
        const bool ok = compatible(original[o], rendition[r], &shared);
        if (shared == 0 || ok != (pass == 0)) continue;
        DateMatch m{static_cast<int>(o), static_cast<int>(r), DateRelation::changed, ""};
        const std::string quoted =
            "'" + original[o].text + "' " + (ok ? "is" : "became") + " '" + rendition[r].text + "'";
        m.explanation = quoted;  // the reason is the caller's to word, once
        if (!ok) {
        } else if (same_fields(original[o], rendition[r]) &&
                   folded_text(original[o].text) == folded_text(rendition[r].text)) {
          m.relation = DateRelation::same;
        } else {
          m.relation = DateRelation::same_other_form;
        }
        used_o[o] = used_r[r] = true;
        out.push_back(std::move(m));
        break;
      }
    }
  }
  for (size_t o = 0; o < original.size(); ++o)
    if (!used_o[o])
      out.push_back({static_cast<int>(o), -1, DateRelation::only_original,
                     "'" + original[o].text + "' is not in the rendition"});
  for (size_t r = 0; r < rendition.size(); ++r)
    if (!used_r[r])
      out.push_back({-1, static_cast<int>(r), DateRelation::only_rendition,
                     "'" + rendition[r].text + "' is not in the original"});
  std::stable_sort(out.begin(), out.end(), [](const DateMatch& a, const DateMatch& b) {
    const int ka = a.original >= 0 ? a.original : 1 << 20;
    const int kb = b.original >= 0 ? b.original : 1 << 20;
    return ka != kb ? ka < kb : a.rendition < b.rendition;
  });
  return out;
}

}  // namespace driftcheck
