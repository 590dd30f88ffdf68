// Numbers and dates by value, over the whole bead: "200,000 US dollars" = "$200,000",
// "July 11" = "11 July"; a changed value, unit or date is critical, one dropped or added is
// major. The quantity and date readers (quantity.h, date_value.h) do the parsing; this file
// turns their comparison into findings and claims the words they explain.
#include "drift/number_detector.h"

#include <algorithm>
#include <cctype>

#include "drift/detector.h"
#include "values/date_value.h"
#include "values/quantity.h"

namespace driftcheck {
namespace {

// extract_dates of each side of a bead: the date and the number checks both need them.
struct SideDates {
  std::vector<DateValue> original;
  std::vector<DateValue> rendition;
};

// Words [b, e) covered by tokens [first, last] of one side.
void word_range(const BeadSide& side, size_t first, size_t last, size_t& b, size_t& e) {
  b = side.words.size(), e = 0;
  for (size_t t = first; t <= last && t < side.tokens.size(); ++t) {
    const int w = side.word_at_token[t];
    if (w < 0) continue;
    b = std::min(b, static_cast<size_t>(w));
    e = std::max(e, static_cast<size_t>(w) + 1);
  }
  if (b > e) {  // punctuation only: a point
    b = e = 0;
  }
}

bool any_repeat(const BeadSide& side, size_t b, size_t e) {
  for (size_t k = b; k < e; ++k)
    if (side.words[k].repeat) return true;
  return false;
}

// The same figure is on the other side although only one side reads it as a quantity
// ("Shahed 136" / "Shahed-136", "one-hundred percent" / "one hundred percent").
bool figure_on(const BeadSide& other, const BeadSide& side, size_t b, size_t e) {
  if (b >= e) return false;
  // A figure written into a word there: "p. 109" / "p109", "No. 5" / "No5".
  for (size_t k = b; k < e; ++k) {
    const Word& w = side.words[k];
    if (w.token->kind != TokenKind::number) continue;
    // The word breaker reads "p109" as a number too, so the letter before the figure decides.
    for (const Word& x : other.words)
      if (x.folded.size() > w.folded.size() && x.folded.ends_with(w.folded) &&
          std::isalpha(static_cast<unsigned char>(x.folded[x.folded.size() - w.folded.size() - 1])))
        return true;
  }
  bool number = false;
  for (size_t k = b; k < e; ++k) {
    const Word& w = side.words[k];
    number = number || w.token->kind == TokenKind::number;
    // As often on the other side as on this one: "the first test ... the first time" losing
    // one "first" has lost a figure.
    auto same = [&](const Word& x) { return x.key == w.key; };
    const bool there = std::count_if(other.words.begin(), other.words.end(), same) >=
                       std::count_if(side.words.begin(), side.words.end(), same);
    if (w.token->kind == TokenKind::number && there) return true;
    if (!there) return false;
  }
  return true;
}

bool all_claimed(const BeadSide& side, size_t b, size_t e) {
  if (b >= e) return false;
  for (size_t k = b; k < e; ++k)
    if (!side.claimed[k]) return false;
  return true;
}

void claim(BeadSide& side, size_t b, size_t e) {
  for (size_t k = b; k < e; ++k) side.claimed[k] = true;
}

// A point on the other side: where the hunk holding the word range sits.
void other_point(const BeadView& view, bool original_side, size_t b, size_t& ob, size_t& oe) {
  const Hunk* h = original_side ? hunk_of_original(view, b) : hunk_of_rendition(view, b);
  ob = oe = 0;
  if (h) ob = oe = original_side ? h->r_begin : h->o_begin;
}

// A figure dropped and another added in one group is a changed figure ("84-year-old" / "86").
void promote_unpaired(std::vector<Finding>& found, size_t first) {
  Finding* dropped = nullptr;
  Finding* added = nullptr;
  for (size_t i = first; i < found.size(); ++i) {
    Finding& f = found[i];
    if (f.category != Category::number) continue;
    for (const auto& [k, v] : f.evidence) {
      if (v == "only_original" && !dropped) dropped = &f;
      if (v == "only_rendition" && !added) added = &f;
    }
  }
  if (!dropped || !added) return;
  for (Finding* f : {dropped, added}) {
    f->severity = Severity::critical;
    f->message += " (a different figure stands in its place)";
  }
}

// `side_dates`: the dates of each side, whose tokens no quantity takes.
void numbers(BeadView& view, const SideDates& side_dates, std::vector<Finding>& out) {
  const std::vector<Quantity> a =
      extract_quantities(view.original.tokens, view.language, side_dates.original);
  const std::vector<Quantity> b =
      extract_quantities(view.rendition.tokens, view.language, side_dates.rendition);
  if (a.empty() && b.empty()) return;
  const size_t first = out.size();
  for (const QuantityMatch& m : compare_quantities(a, b)) {
    size_t ob = 0, oe = 0, rb = 0, re = 0;
    if (m.original >= 0) {
      const Quantity& q = a[static_cast<size_t>(m.original)];
      word_range(view.original, q.first_token, q.last_token, ob, oe);
    }
    if (m.rendition >= 0) {
      const Quantity& q = b[static_cast<size_t>(m.rendition)];
      word_range(view.rendition, q.first_token, q.last_token, rb, re);
    }
    if (m.original < 0) other_point(view, false, rb, ob, oe);
    if (m.rendition < 0) other_point(view, true, ob, rb, re);
    if (any_repeat(view.original, ob, oe) || any_repeat(view.rendition, rb, re)) continue;
    // The figures of a date, already compared as one ("9/11", "3 to 5 May" / "May 3-5").
    if (m.relation == QuantityRelation::only_rendition && all_claimed(view.rendition, rb, re))
      continue;
    if (m.relation == QuantityRelation::only_original && all_claimed(view.original, ob, oe))
      continue;
    if (all_claimed(view.original, ob, oe) && all_claimed(view.rendition, rb, re)) continue;
    // Read as a quantity on one side only, but the same figure is there on the other
    // ("Shahed 136" / "Shahed-136"): a difference of reading, not of fact.
    if (m.relation == QuantityRelation::only_original &&
        figure_on(view.rendition, view.original, ob, oe))
      continue;
    if (m.relation == QuantityRelation::only_rendition &&
        figure_on(view.original, view.rendition, rb, re))
      continue;
    claim(view.original, ob, oe);
    claim(view.rendition, rb, re);
    Category category = Category::number;
    Severity severity = Severity::critical;
    std::string message = m.explanation;
    switch (m.relation) {
      case QuantityRelation::same:
        continue;
      case QuantityRelation::same_other_form:
      case QuantityRelation::converted:
        category = Category::format;
        severity = Severity::info;
        break;
      case QuantityRelation::value_changed:
      case QuantityRelation::unit_changed:
        break;  // the explanation already says what differs
      case QuantityRelation::approx_changed: {
        category = Category::approximator;
        const ApproxClass x = a[static_cast<size_t>(m.original)].approx;
        const ApproxClass y = b[static_cast<size_t>(m.rendition)].approx;
        // An estimate made exact overclaims; an exact figure qualified, or one qualifier for
        // another, shifts it less.
        severity =
            x != ApproxClass::exact && y == ApproxClass::exact ? Severity::major : Severity::minor;
        if (view.tight) severity = Severity::major;
        auto upward = [](ApproxClass c) {
          return c == ApproxClass::more_than || c == ApproxClass::at_least;
        };
        auto downward = [](ApproxClass c) {
          return c == ApproxClass::less_than || c == ApproxClass::up_to || c == ApproxClass::almost;
        };
        // "more than 170 cm" / "170 cm or above": the two bounds differ only at the figure
        // itself, which no reader takes as the claim.
        const bool same_bound = (x == ApproxClass::more_than && y == ApproxClass::at_least) ||
                                (x == ApproxClass::at_least && y == ApproxClass::more_than) ||
                                (x == ApproxClass::less_than && y == ApproxClass::up_to) ||
                                (x == ApproxClass::up_to && y == ApproxClass::less_than);
        if (same_bound) severity = Severity::minor;
        if ((upward(x) && downward(y)) || (downward(x) && upward(y))) {
          severity = Severity::critical;
          message += ": the bound is reversed";
        }
        break;
      }
      case QuantityRelation::only_original:
        // In a free translation a figure the reader could not match is often a reading slip
        // ("p. 109" / "p109"); an otherwise copied sentence that loses one has lost a fact.
        severity = view.tight ? Severity::major : Severity::minor;
        message = "number " + quoted(a[static_cast<size_t>(m.original)].text) +
                  " dropped: the rendition no longer gives it";
        break;
      case QuantityRelation::only_rendition:
        severity = view.tight ? Severity::major : Severity::minor;
        message = "number " + quoted(b[static_cast<size_t>(m.rendition)].text) +
                  " added: the original does not give it";
        break;
    }
    Finding f = make_finding(view, category, severity, ob, oe, rb, re, std::move(message));
    f.evidence.emplace_back("quantity", to_string(m.relation));
    out.push_back(std::move(f));
  }
  promote_unpaired(out, first);
}

// The other side writes the date's year as a plain number ("the 1979 revolution" / "a 1979
// revolution", which reads like a count): the year is still there.
bool year_written(const std::vector<const Token*>& tokens, const DateValue& d) {
  if (d.year == 0 || d.month != 0 || d.day != 0) return false;
  const std::string year = std::to_string(d.year);
  return std::any_of(tokens.begin(), tokens.end(), [&](const Token* t) {
    return t->kind == TokenKind::number && t->text == year;
  });
}

// Tokens [first, last] of a month and day written as figures with a slash, in either order
// ("9/11" for "September 11"); false if there are none.
bool day_as_figures(const std::vector<const Token*>& tokens, const DateValue& d, size_t& first,
                    size_t& last) {
  if (d.month == 0 || d.day == 0 || d.year != 0) return false;
  auto figure = [](const Token* t) {
    return t->kind == TokenKind::number && !t->folded.empty() && t->folded.size() <= 2 &&
           std::all_of(t->folded.begin(), t->folded.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    const Token* a = tokens[i];
    const Token* slash = tokens[i + 1];
    const Token* b = tokens[i + 2];
    if (!figure(a) || slash->text != "/" || !figure(b) || a->end != slash->start ||
        slash->end != b->start)
      continue;
    const int x = std::stoi(a->folded), y = std::stoi(b->folded);
    if ((x == d.month && y == d.day) || (x == d.day && y == d.month)) {
      first = i, last = i + 2;
      return true;
    }
  }
  return false;
}

// Words [k, k + 2) of `side` that name a year relative to the story's time ("this year", "last
// year"), or npos: a rendition may write the year itself.
size_t relative_year(const BeadSide& side) {
  static constexpr std::string_view kWhich[] = {"this", "last", "next", "previous", "past"};
  for (size_t k = 0; k + 1 < side.words.size(); ++k)
    if (side.words[k + 1].folded == "year" && !side.claimed[k + 1] &&
        std::find(std::begin(kWhich), std::end(kWhich), side.words[k].folded) != std::end(kWhich))
      return k;
  return std::string::npos;
}

// A figure equal to `day` among the tokens within three of the date's: the other end of a
// range of days ("3 to 5 May", "May 3-5"). Its token, or npos.
size_t day_beside(const std::vector<const Token*>& tokens, const DateValue& d, int day) {
  constexpr size_t kNear = 3;
  const size_t from = d.first_token > kNear ? d.first_token - kNear : 0;
  const std::string figure = std::to_string(day);
  for (size_t t = from; t < tokens.size() && t <= d.last_token + kNear; ++t)
    if (tokens[t]->kind == TokenKind::number && tokens[t]->folded == figure) return t;
  return std::string::npos;
}

void dates(BeadView& view, const SideDates& side_dates, std::vector<Finding>& out) {
  const std::vector<DateValue>& a = side_dates.original;
  const std::vector<DateValue>& b = side_dates.rendition;
  if (a.empty() && b.empty()) return;
  for (const DateMatch& m : compare_dates(a, b)) {
    size_t ob = 0, oe = 0, rb = 0, re = 0;
    if (m.original >= 0) {
      const DateValue& d = a[static_cast<size_t>(m.original)];
      word_range(view.original, d.first_token, d.last_token, ob, oe);
    }
    if (m.rendition >= 0) {
      const DateValue& d = b[static_cast<size_t>(m.rendition)];
      word_range(view.rendition, d.first_token, d.last_token, rb, re);
    }
    if (m.original < 0) other_point(view, false, rb, ob, oe);
    if (m.rendition < 0) other_point(view, true, ob, rb, re);
    if (any_repeat(view.original, ob, oe) || any_repeat(view.rendition, rb, re)) continue;
    // "yesterday" on one side only: a time counted from now is only a date's change where the
    // other text counts it otherwise; alone it is a word like any other.
    if ((m.relation == DateRelation::only_original &&
         a[static_cast<size_t>(m.original)].relative) ||
        (m.relation == DateRelation::only_rendition &&
         b[static_cast<size_t>(m.rendition)].relative))
      continue;
    if ((m.relation == DateRelation::only_original &&
         year_written(view.rendition.tokens, a[static_cast<size_t>(m.original)])) ||
        (m.relation == DateRelation::only_rendition &&
         year_written(view.original.tokens, b[static_cast<size_t>(m.rendition)])))
      continue;
    // "from 3 to 5 May" / "May 3-5": the parser reads one end of the range as the date and
    // the other as a figure, a different end on each side. The same days.
    if (m.relation == DateRelation::changed && m.original >= 0 && m.rendition >= 0) {
      const DateValue& da = a[static_cast<size_t>(m.original)];
      const DateValue& db = b[static_cast<size_t>(m.rendition)];
      const bool other_day = da.month == db.month && da.year == db.year && da.day != 0 &&
                             db.day != 0 && da.day != db.day;
      const size_t in_original =
          other_day ? day_beside(view.original.tokens, da, db.day) : std::string::npos;
      const size_t in_rendition =
          other_day ? day_beside(view.rendition.tokens, db, da.day) : std::string::npos;
      if (in_original != std::string::npos && in_rendition != std::string::npos) {
        size_t xb = 0, xe = 0, yb = 0, ye = 0;
        word_range(view.original, in_original, in_original, xb, xe);
        word_range(view.rendition, in_rendition, in_rendition, yb, ye);
        claim(view.original, std::min(ob, xb), std::max(oe, xe));
        claim(view.rendition, std::min(rb, yb), std::max(re, ye));
        Finding f = make_finding(view, Category::format, Severity::info, ob, oe, rb, re,
                                 quoted(da.text) + " and " + quoted(db.text) +
                                     " end one range of days: the same days written differently");
        f.evidence.emplace_back("date", "same_other_form");
        out.push_back(std::move(f));
        continue;
      }
    }
    size_t figures_first = 0, figures_last = 0;
    const bool original_only = m.relation == DateRelation::only_original;
    const std::vector<const Token*>& figures =
        original_only ? view.rendition.tokens : view.original.tokens;
    if ((original_only || m.relation == DateRelation::only_rendition) &&
        day_as_figures(figures,
                       original_only ? a[static_cast<size_t>(m.original)]
                                     : b[static_cast<size_t>(m.rendition)],
                       figures_first, figures_last)) {
      // "September 11" / "9/11": one day, the figures read as numbers by the number reader.
      if (original_only)
        word_range(view.rendition, figures_first, figures_last, rb, re);
      else
        word_range(view.original, figures_first, figures_last, ob, oe);
      claim(view.original, ob, oe);
      claim(view.rendition, rb, re);
      const DateValue& named =
          original_only ? a[static_cast<size_t>(m.original)] : b[static_cast<size_t>(m.rendition)];
      std::string written;
      for (size_t t = figures_first; t <= figures_last; ++t) written += figures[t]->text;
      Finding f = make_finding(
          view, Category::format, Severity::info, ob, oe, rb, re,
          quoted(named.text) + " is " + quoted(written) + ": the same day written in figures");
      f.evidence.emplace_back("date", "same_other_form");
      out.push_back(std::move(f));
      continue;
    }
    claim(view.original, ob, oe);
    claim(view.rendition, rb, re);
    Category category = Category::date;
    Severity severity = Severity::critical;
    std::string message = m.explanation;
    switch (m.relation) {
      case DateRelation::same:
        continue;
      case DateRelation::same_other_form:
        category = Category::format;
        severity = Severity::info;
        message += ": the same date written differently";
        break;
      case DateRelation::changed:
        message += ": a different date or time";
        break;
      case DateRelation::only_original:
      case DateRelation::only_rendition: {
        const bool dropped = m.relation == DateRelation::only_original;
        const DateValue& d =
            dropped ? a[static_cast<size_t>(m.original)] : b[static_cast<size_t>(m.rendition)];
        BeadSide& other = dropped ? view.rendition : view.original;
        severity = Severity::major;
        message = "date " + quoted(d.text) +
                  (dropped ? " dropped: the rendition no longer says when"
                           : " added: the original gives no such date");
        // "this year" / "in 2023": the same year if the story is of that year, which only the
        // reader knows.
        if (const size_t k = relative_year(other);
            d.year != 0 && d.month == 0 && d.day == 0 && k != std::string::npos) {
          claim(other, k, k + 2);
          severity = Severity::minor;
          message = quoted(d.text) + (dropped ? " became " : " stands for ") +
                    quoted(words_text(other, k, k + 2)) + ": check that it is the year meant";
        }
        break;
      }
    }
    Finding f = make_finding(view, category, severity, ob, oe, rb, re, std::move(message));
    f.evidence.emplace_back("date", to_string(m.relation));
    out.push_back(std::move(f));
  }
}

}  // namespace

void detect_numbers(BeadView& view, std::vector<Finding>& out) {
  // Read once for both: the quantities skip the tokens the dates take.
  const SideDates side_dates{extract_dates(view.original.tokens, view.language),
                             extract_dates(view.rendition.tokens, view.language)};
  dates(view, side_dates, out);
  numbers(view, side_dates, out);
}

}  // namespace driftcheck
