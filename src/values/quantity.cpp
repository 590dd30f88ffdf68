#include "values/quantity.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>

#include "values/date_value.h"
#include "values/quantity_lexicon.h"

namespace driftcheck {
namespace {

using namespace quantity_detail;  // NOLINT(google-build-using-namespace): .cpp only
using Tokens = std::vector<const Token*>;

bool has_upper(const Token& t) {
  if (t.text.empty()) return false;
  const auto c = static_cast<unsigned char>(t.text[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return t.text != t.folded;
}

bool has_ascii_alpha(std::string_view s) {
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}

// The number part of a quantity: digits, a spelled-out number, and a scale after either.
bool is_sequence_adjective(std::string_view w) {
  return w == "consecutive" || w == "straight" || w == "successive" || w == "running";
}

// The first year of a decade named in words ("nineties" -> 1990), 0 if none.
int decade_word(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kDecades = {
      "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"};
  for (size_t k = 0; k < kDecades.size(); ++k)
    if (w == kDecades[k]) return 1920 + static_cast<int>(k) * 10;
  return 0;
}

struct Core {
  double value = 0;
  size_t first = 0, last = 0;
  bool ordinal = false;
  bool scaled = false;
  double scale = 1;                // the scale word's factor, 1 if none
  bool decade = false;             // "1990s", "'90s": value is the first year
  bool century = false;            // "18th century": value is the first year (1700)
  bool one_word = false;           // exactly the word "one"
  bool ordinal_word = false;       // "first", "second", ... spelled out
  const UnitWord* unit = nullptr;  // glued: "10km", "5kg"
  bool metres_or_million = false;  // "100m" with no currency before it
};

class QuantityReader {
 public:
  // `dates`: extract_dates(tokens, language), whose tokens no quantity takes.
  QuantityReader(const Tokens& tokens, std::string_view language,
                 const std::vector<DateValue>& dates)
      : tokens_(tokens), language_(language), blocked_(tokens.size(), false) {
    for (const DateValue& d : dates)
      for (size_t k = d.first_token; k <= d.last_token && k < tokens.size(); ++k)
        blocked_[k] = true;
  }

  std::vector<Quantity> read() {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (blocked_[i] || !may_start(i) || is_designation(tokens_, i)) continue;
      std::optional<Quantity> q = fraction_at(i);
      if (!q) q = quantity_at(i);
      if (q) {
        floor_ = q->last_token + 1;
        i = q->last_token;
        out_.push_back(std::move(*q));
      }
    }
    return out_;
  }

 private:
  const Token& at(size_t i) const { return *tokens_[i]; }

  // Whether fraction_at(i) or quantity_at(i) can find anything: both start from a figure, a
  // number word, "a"/"an" (before a scale or a share), "half" or a decade word ("nineties"),
  // and most tokens are none of these, so the readers and their dozen look-ups are spared.
  bool may_start(size_t i) const {
    const Token& t = at(i);
    const std::string_view w = t.folded;
    return t.kind == TokenKind::number || (!w.empty() && w[0] >= '0' && w[0] <= '9') || w == "a" ||
           w == "an" || w == "one" || w == "half" || decade_word(w) != 0 || cardinal_word(w) ||
           ordinal_word(w);
  }
  bool has(size_t i) const { return i < tokens_.size() && !blocked_[i]; }
  std::string_view folded(size_t i) const { return has(i) ? at(i).folded : std::string_view{}; }

  // "a third of", "one quarter of", "two thirds of", "half of", "half the": a share in words,
  // read as the percentage it is, so that "a third of the voters" and "33% of the voters" are
  // one figure. Only before "of" (or "half the"), so that "a third time" stays an ordinal.
  std::optional<Quantity> fraction_at(size_t i) const {
    double numerator = 1;
    size_t k = i;
    const std::string_view w = folded(i);
    if (w == "a" || w == "an" || w == "one") {
      k = i + 1;
    } else if (auto n = cardinal_word(w); n && *n >= 2 && *n <= 9 && w != "dozen") {
      numerator = *n;
      k = i + 1;
    }
    if (i > 0 && (folded(i - 1) == "and" || folded(i - 1) == "a")) return std::nullopt;
    const double denominator = fraction_denominator(folded(k), numerator > 1);
    if (denominator == 0 || !has(k + 1)) return std::nullopt;
    const std::string_view after = folded(k + 1);
    const bool bare_half = k == i && denominator == 2;
    if (k == i && !bare_half) return std::nullopt;  // "third of" without "a": not a share
    if (after != "of" && !(bare_half && after == "the")) return std::nullopt;
    Quantity q;
    q.value = q.high = numerator / denominator * 100;
    q.kind = QuantityKind::percent;
    q.unit = "%";
    q.fraction = true;
    // "the first half of the year" is its first six months, as a rendition may say.
    if (after == "of" && share_of_year(k + 2)) {
      constexpr double kMonthsInYear = 12;
      q.value = q.high = numerator / denominator * kMonthsInYear;
      q.kind = QuantityKind::measure;
      q.unit = "month";
      q.fraction = false;
    }
    q.first_token = i;
    q.last_token = k;
    q.text = surface(tokens_, i, k);
    return q;
  }

  // Tokens from i say "the year", "year" or a year ("2024").
  bool share_of_year(size_t i) const {
    constexpr double kFirstYear = 1900, kLastYear = 2100;
    if (folded(i) == "the") ++i;
    if (folded(i) == "year") return true;
    // A year is a date's token, blocked for quantities: read it anyway.
    if (i >= tokens_.size() || at(i).kind != TokenKind::number || at(i).folded.size() != 4)
      return false;
    const double y = std::strtod(at(i).folded.c_str(), nullptr);
    return y >= kFirstYear && y <= kLastYear;
  }

  static double fraction_denominator(std::string_view word, bool plural) {
    static constexpr std::array<std::pair<std::string_view, double>, 5> kShares = {
        {{"half", 2}, {"third", 3}, {"quarter", 4}, {"fifth", 5}, {"tenth", 10}}};
    for (const auto& [singular, value] : kShares) {
      if (!plural && word == singular) return value;
      if (plural && value != 2 && word.size() == singular.size() + 1 &&
          word.starts_with(singular) && word.back() == 's')
        return value;
      if (plural && value == 2 && word == "halves") return value;
    }
    return 0;
  }

  std::optional<Quantity> quantity_at(size_t i) {
    // A currency sign right before: "$70", "US$ 5", "€ 5".
    const UnitWord* currency = nullptr;
    size_t first = i;
    if (i > floor_ && has(i - 1) && (currency = currency_sign(at(i - 1).folded))) {
      first = i - 1;
      if (first > floor_ && at(first - 1).folded == "us" && currency->unit == "USD") --first;
    }
    auto core = read_core(i, currency != nullptr);
    if (!core) return std::nullopt;
    // "the 18th century", "the eighteenth century": the hundred years the 1700s name.
    if (core->ordinal && core->value >= 1 && core->value <= 21 &&
        (folded(core->last + 1) == "century" || folded(core->last + 1) == "centuries")) {
      core->ordinal = false;
      core->decade = true;
      core->century = true;
      core->value = (core->value - 1) * 100;
      ++core->last;
    }
    first = std::min(first, core->first);
    Quantity q;
    q.value = q.high = core->value;
    size_t last = core->last;
    // A range: "5,000-6,000", "5 to 6 million", "between 5 and 6", "5–6%".
    bool between = first > floor_ && (folded(first - 1) == "between" || folded(first - 1) == "от");
    bool from = first > floor_ && (folded(first - 1) == "from");
    std::string_view link = folded(last + 1);
    if (!core->ordinal && !core->decade &&
        (is_dash(link) || (link == "to" && !from) || link == "bis" ||
         ((link == "and" || link == "и") && between) || (link == "до" && between))) {
      size_t k = last + 2;
      if (has(k) && currency_sign(at(k).folded)) ++k;
      if (has(k) && (at(k).kind == TokenKind::number || cardinal_word(at(k).folded))) {
        if (auto high = read_core(k, currency != nullptr); high && !high->ordinal && !high->unit) {
          double low = core->value;
          if (!core->scaled && high->scaled) {
            if (low < high->value / high->scale) low *= high->scale;
          }
          if (low <= high->value) {
            q.value = low;
            q.high = high->value;
            last = high->last;
            if (between) --first;
          }
        }
      }
    }
    // The unit after: "%", "per cent", "US dollars", "miles", "-day", "km²", "km/h", "°C".
    const UnitWord* unit = core->unit;
    if (!unit) unit = unit_after(&last, currency != nullptr);
    // "the third consecutive month", "a second straight year": the unit after the adjective of
    // sequence, as in "the third month in a row".
    if (!unit && core->ordinal && is_sequence_adjective(folded(last + 1))) {
      size_t after = last + 1;
      if (const UnitWord* u = unit_after(&after, false)) unit = u, last = after;
    }
    if (currency && unit && unit->kind == QuantityKind::money) unit = nullptr;  // "$5 USD"
    if (currency && unit) return std::nullopt;  // "$5 km": not one quantity
    if (currency) unit = currency;
    // Approximators: "about", "more than", ... before; "or so", "or more", "+" after.
    size_t approx_first = first;
    if (auto a = approximator_before(tokens_, floor_, first, language_, &approx_first)) {
      bool blocked = false;
      for (size_t k = approx_first; k < first; ++k) blocked = blocked || blocked_[k];
      if (!blocked) {
        q.approx = *a;
        first = approx_first;
      }
    }
    if (const std::optional<ApproxClass> after = approximator_after(last); after) {
      q.approx = *after;
      last += 2;
    } else if (folded(last + 1) == "+" && glued(at(last), at(last + 1))) {
      q.approx = ApproxClass::at_least;
      last += 1;
    }
    q.kind = core->ordinal  ? QuantityKind::ordinal
             : core->decade ? QuantityKind::year
             : unit         ? unit->kind
                            : QuantityKind::cardinal;
    // Centuries span a hundred years; so do "the 1700s" before the twentieth century, which
    // name a century, not the decade 1700-1709 ("the 1900s" and later stay ambiguous: decade).
    constexpr double kLastCenturyByHundreds = 1800;
    const bool hundred_years =
        core->century || (core->decade && std::fmod(core->value, 100) == 0 && core->value >= 1000 &&
                          core->value <= kLastCenturyByHundreds);
    if (core->decade) q.high = q.value + (hundred_years ? 99 : 9);
    q.unit = unit ? std::string(unit->unit) : std::string();
    q.first_token = first;
    q.last_token = last;
    q.text = surface(tokens_, first, last);
    q.metres_or_million = core->metres_or_million;
    const bool plain = !unit && q.value == q.high && !core->scaled;
    q.incidental = plain && core->one_word;
    if (core->ordinal_word && core->value == 1 && !determiner_before(core->first))
      q.incidental = true;  // "he first said"
    return q;
  }

  // "or so", "or more", "or above", "or less" after the figure.
  std::optional<ApproxClass> approximator_after(size_t last) const {
    if (folded(last + 1) != "or") return std::nullopt;
    const std::string_view w = folded(last + 2);
    if (w == "so") return ApproxClass::about;
    if (w == "more" || w == "above" || w == "over" || w == "higher" || w == "longer")
      return ApproxClass::at_least;
    if (w == "less" || w == "fewer" || w == "below" || w == "under" || w == "lower")
      return ApproxClass::up_to;
    return std::nullopt;
  }

  bool determiner_before(size_t i) const {
    if (i == 0) return false;
    static constexpr std::array<std::string_view, 9> kDeterminers = {
        "the", "its", "his", "her", "their", "our", "my", "your", "this"};
    for (std::string_view d : kDeterminers)
      if (at(i - 1).folded == d) return true;
    return false;
  }

  std::optional<Core> read_core(size_t i, bool after_currency) {
    const Token& t = at(i);
    Core c;
    c.first = c.last = i;
    if (t.kind == TokenKind::number) {
      auto v = parse_numeral(t.folded, language_);
      if (!v) return std::nullopt;
      c.value = *v;
      // "3 500 000": groups of three digits after one space.
      if (t.folded.size() <= 3 && is_ascii_digits(t.folded)) {
        std::string digits = t.folded;
        while (has(c.last + 1) && at(c.last + 1).kind == TokenKind::number &&
               at(c.last + 1).folded.size() == 3 && is_ascii_digits(at(c.last + 1).folded) &&
               at(c.last + 1).start == at(c.last).end + 1) {
          digits += at(++c.last).folded;
        }
        c.value = std::stod(digits);
      }
      // "the 70's", "the 1990's": a decade with an apostrophe, as "70s" and "1990s" are.
      // The word breaker gives "70", "'", "s".
      const std::string_view digits = t.folded;
      const auto apostrophe = [](std::string_view w) { return w == "'" || w == "\u2019"; };
      if (has(c.last + 2) && apostrophe(at(c.last + 1).folded) && at(c.last + 2).folded == "s" &&
          glued(t, at(c.last + 1)) && glued(at(c.last + 1), at(c.last + 2)) &&
          is_ascii_digits(digits) && (digits.size() == 2 || digits.size() == 4) &&
          digits.back() == '0') {
        c.decade = true;
        if (digits.size() == 2) c.value += 1900;
        c.last += 2;
      }
    } else if (t.kind == TokenKind::word && !t.folded.empty() && t.folded[0] >= '0' &&
               t.folded[0] <= '9') {
      if (!glued_suffix(t.folded, after_currency, &c)) return std::nullopt;
      if (c.decade && i > 0 && at(i - 1).folded == "'" && glued(at(i - 1), t)) c.first = i - 1;
    } else if (const int decade = decade_word(t.folded);
               decade != 0 && i > 0 &&
               (at(i - 1).folded == "the" || at(i - 1).folded == "early" ||
                at(i - 1).folded == "mid" || at(i - 1).folded == "late")) {
      // "the nineties": read as the 1990s, as "the '90s" is.
      c.value = decade;
      c.decade = true;
    } else if (!spelled_out(i, &c)) {
      return std::nullopt;
    }
    // A scale after: "1.75 billion", "70 thousand", "3,5 тыс.", "$70 m".
    if (!c.ordinal && !c.decade && !c.unit && has(c.last + 1)) {
      if (auto s = scale_word(at(c.last + 1).folded, after_currency)) {
        c.value *= *s;
        c.scale = *s;
        c.scaled = true;
        ++c.last;
        static constexpr std::array<std::string_view, 7> kDotted = {"тыс", "млн", "млрд", "трлн",
                                                                    "mio", "mrd", "mln"};
        const bool dotted =
            std::find(kDotted.begin(), kDotted.end(), at(c.last).folded) != kDotted.end();
        if (dotted && has(c.last + 2) && at(c.last + 1).folded == "." &&
            glued(at(c.last), at(c.last + 1)) && !has_upper(at(c.last + 2)))
          ++c.last;  // "тыс. рублей", "Mio. €"
      }
    }
    return c;
  }

  // "70k", "3bn", "1.5m", "10km", "1st", "21st", "1990s", "90s".
  bool glued_suffix(std::string_view word, bool after_currency, Core* c) const {
    size_t split = 0;
    while (split < word.size() &&
           ((word[split] >= '0' && word[split] <= '9') || word[split] == '.' || word[split] == ','))
      ++split;
    std::string_view digits = word.substr(0, split), suffix = word.substr(split);
    auto v = parse_numeral(digits, language_);
    if (!v || suffix.empty()) return false;
    c->value = *v;
    if ((suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") &&
        is_ascii_digits(digits)) {
      c->ordinal = true;
    } else if (suffix == "s" && is_ascii_digits(digits) &&
               (digits.size() == 4 || digits.size() == 2) && digits.back() == '0') {
      c->decade = true;
      if (digits.size() == 2) c->value += 1900;
    } else if (auto s = scale_word(suffix, true)) {
      c->value *= *s;
      c->scale = *s;
      c->scaled = true;
      c->metres_or_million = suffix == "m" && !after_currency;
    } else if (const UnitWord* u = unit_word(suffix); u && u->kind != QuantityKind::money) {
      c->unit = u;
    } else {
      return false;
    }
    return true;
  }

  // "six thousand", "twenty-five", "one hundred and five", "a million", "twenty-first".
  bool spelled_out(size_t i, Core* c) const {
    double total = 0, current = 0;
    size_t k = i, last = i;
    bool any = false;
    if ((at(i).folded == "a" || at(i).folded == "an") && has(i + 1) &&
        (is_hundred_word(at(i + 1).folded) || at(i + 1).folded == "dozen" ||
         (scale_word(at(i + 1).folded, false) && at(i + 1).folded.size() > 3 &&
          at(i + 1).folded.back() != 's'))) {
      current = 1;
      k = i + 1;
      any = true;
    }
    for (; has(k); ++k) {
      const std::string_view w = at(k).folded;
      if (any && (is_dash(w) || w == "and") && has(k + 1) &&
          (cardinal_word(at(k + 1).folded) || ordinal_word(at(k + 1).folded)) &&
          (!is_dash(w) || glued(at(k - 1), at(k)))) {
        continue;
      }
      if (auto v = cardinal_word(w)) {
        if (any && current != 0 && std::fmod(current, 100) != 0 && *v >= 10 && w != "dozen")
          break;  // "five six"
        current = w == "dozen" ? (current != 0 ? current : 1) * 12 : current + *v;
      } else if (auto o = ordinal_word(w)) {
        if (*o == 2 && !any && !determiner_before(k)) return false;  // "a second", "second"
        // "twenty-first", "one hundred and first" compound; "two first instances" does not.
        if (any && *o < 10 && (current < 20 || std::fmod(current, 10) != 0)) break;
        current = *o >= 100 ? (current != 0 ? current : 1) * *o : current + *o;
        c->ordinal = true;
        c->ordinal_word = true;
        any = true;
        last = k;
        break;
      } else if (any && is_hundred_word(w) && w.back() != 's') {
        current = (current != 0 ? current : 1) * 100;
      } else if (auto s = scale_word(w, false); any && s && w.size() > 3 && w.back() != 's') {
        total += (current != 0 ? current : 1) * *s;
        current = 0;
        c->scaled = true;
        c->scale = *s;
      } else {
        break;
      }
      any = true;
      last = k;
    }
    if (!any) return false;
    c->value = total + current;
    c->last = last;
    c->one_word = last == i && at(i).folded == "one";
    return true;
  }

  // The unit or currency word(s) after a number; advances *last past them.
  const UnitWord* unit_after(size_t* last, bool after_currency) const {
    size_t k = *last + 1;
    if (!has(k)) return nullptr;
    std::string_view w = at(k).folded;
    if (w == "%" || w == "٪") return (*last = k, unit_word("%"));
    if ((w == "per" || w == "pour") && (folded(k + 1) == "cent"))
      return (*last = k + 1, unit_word("%"));
    if (w == "°" && (folded(k + 1) == "c" || folded(k + 1) == "f")) {
      *last = k + 1;
      return unit_info(folded(k + 1) == "c" ? "°C" : "°F");
    }
    if (is_dash(w) && glued(at(*last), at(k)) && has(k + 1) && glued(at(k), at(k + 1))) {
      const UnitWord* u = unit_word(at(k + 1).folded);  // "12-day", "10-kilometre"
      if (u && u->kind == QuantityKind::measure) return (*last = k + 1, u);
      return nullptr;
    }
    if (w == "us" && (folded(k + 1) == "dollars" || folded(k + 1) == "dollar")) {
      *last = k + 1;
      return unit_word("dollars");
    }
    if (w == "square" && unit_word(folded(k + 1)) && unit_word(folded(k + 1))->unit == "km")
      return (*last = k + 1, unit_info("km2"));
    if (w == "nautical" && (folded(k + 1) == "miles" || folded(k + 1) == "mile"))
      return (*last = k + 1, unit_info("nmi"));
    if (w == "nautical") return nullptr;
    if (after_currency) {
      const UnitWord* u = unit_word(w);
      return u && u->kind == QuantityKind::money ? (*last = k, u) : nullptr;
    }
    if (const UnitWord* sign = currency_sign(w)) return (*last = k, sign);  // "5 €", "3,5 Mio. €"
    const UnitWord* u = unit_word(w);
    if (!u) return nullptr;
    *last = k;
    if (u->unit == "km" && folded(k + 1) == "2" && glued(at(k), at(k + 1)))
      return (*last = k + 1, unit_info("km2"));
    if (u->unit == "km" && folded(k + 1) == "/" && folded(k + 2) == "h")
      return (*last = k + 2, unit_info("km/h"));
    if (u->unit == "lb" && folded(k + 1) == "sterling") return (*last = k + 1, unit_info("GBP"));
    return u;
  }

  const Tokens& tokens_;
  std::string language_;
  std::vector<bool> blocked_;  // taken by dates
  size_t floor_ = 0;           // first token not inside an earlier quantity
  std::vector<Quantity> out_;
};

}  // namespace

bool is_designation(const std::vector<const Token*>& tokens, size_t i) {
  if (i >= tokens.size()) return false;
  const Token& t = *tokens[i];
  const bool digits = t.folded.find_first_of("0123456789") != std::string::npos;
  if (!digits) return false;
  if (t.kind == TokenKind::number && has_ascii_alpha(t.folded)) return true;  // MH17
  if (t.kind == TokenKind::word && !(t.folded[0] >= '0' && t.folded[0] <= '9'))
    return true;  // A320
  if (t.kind != TokenKind::number) return false;
  if (i >= 2 && is_dash(tokens[i - 1]->folded) && glued(*tokens[i - 1], t) &&
      glued(*tokens[i - 2], *tokens[i - 1]) && tokens[i - 2]->kind == TokenKind::word &&
      has_upper(*tokens[i - 2]))
    return true;  // S-400, Il-76, Shahed-136, COVID-19
  if (i + 2 < tokens.size() && is_dash(tokens[i + 1]->folded) && glued(t, *tokens[i + 1]) &&
      glued(*tokens[i + 1], *tokens[i + 2]) && tokens[i + 2]->kind == TokenKind::word &&
      has_upper(*tokens[i + 2]))
    return true;  // 737-MAX
  return false;
}

std::vector<Quantity> extract_quantities(const std::vector<const Token*>& tokens,
                                         std::string_view language) {
  return extract_quantities(tokens, language, extract_dates(tokens, language));
}

std::vector<Quantity> extract_quantities(const std::vector<const Token*>& tokens,
                                         std::string_view language,
                                         const std::vector<DateValue>& dates) {
  return QuantityReader(tokens, language, dates).read();
}

const char* to_string(ApproxClass approx) {
  switch (approx) {
    case ApproxClass::exact:
      return "exact";
    case ApproxClass::about:
      return "about";
    case ApproxClass::almost:
      return "almost";
    case ApproxClass::more_than:
      return "more than";
    case ApproxClass::at_least:
      return "at least";
    case ApproxClass::up_to:
      return "up to";
    case ApproxClass::less_than:
      return "less than";
  }
  return "?";
}

}  // namespace driftcheck
