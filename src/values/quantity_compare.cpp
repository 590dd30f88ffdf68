// compare_quantities: pairs the quantities of two aligned groups, most alike first.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <string>

#include "values/quantity.h"
#include "values/quantity_lexicon.h"

namespace driftcheck {
namespace {

using quantity_detail::unit_info;

// Rounding a converted figure ("600 miles" -> "966 km", "about 1,000 km") stays within this.
constexpr double kConversionTolerance = 0.02;
// "a third" is 33.3...%: a rendition rounds it to a whole percentage point, "two thirds" to 67.
constexpr double kShareRounding = 1.0;

bool equal(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

bool same_number(const Quantity& a, const Quantity& b) {
  return equal(a.value, b.value) && equal(a.high, b.high);
}

// Same kind of thing: a count with a unit-less count, money with money in the same currency.
bool same_unit(const Quantity& a, const Quantity& b) {
  return a.kind == b.kind && a.unit == b.unit;
}

// "600" and "600 km": the unit may be said once for several numbers, so a unit on one side
// only is a change of form, not of meaning.
bool unit_on_one_side(const Quantity& a, const Quantity& b) {
  auto bare = [](const Quantity& q) { return q.kind == QuantityKind::cardinal; };
  auto unit = [](const Quantity& q) {
    return q.kind == QuantityKind::money || q.kind == QuantityKind::measure;
  };
  return (bare(a) && unit(b)) || (unit(a) && bare(b));
}

double to_base(double v, const quantity_detail::UnitWord& u) {
  if (u.unit == "°F") return (v - 32) * 5 / 9;
  return v * u.to_base;
}

bool converts(const Quantity& a, const Quantity& b) {
  if (a.unit == b.unit) return false;
  const auto* ua = unit_info(a.unit);
  const auto* ub = unit_info(b.unit);
  if (!ua || !ub || ua->dimension != ub->dimension || ua->kind != QuantityKind::measure)
    return false;
  auto close = [](double x, double y) {
    return std::fabs(x - y) <= kConversionTolerance * std::max(std::fabs(x), std::fabs(y));
  };
  return close(to_base(a.value, *ua), to_base(b.value, *ub)) &&
         close(to_base(a.high, *ua), to_base(b.high, *ub));
}

bool same_dimension(const Quantity& a, const Quantity& b) {
  if (a.kind != b.kind) return false;
  const auto* ua = unit_info(a.unit);
  const auto* ub = unit_info(b.unit);
  return a.unit == b.unit || (ua && ub && ua->dimension == ub->dimension);
}

std::string compact(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string quoted(const Quantity& q) { return "'" + q.text + "'"; }

struct Rule {
  std::function<bool(const Quantity&, const Quantity&)> pairs;
  std::function<QuantityMatch(const Quantity&, const Quantity&)> judge;
  bool incidental_ok;  // may pair a bare "one" or adverbial "first"
};

QuantityMatch make(QuantityRelation relation, std::string explanation) {
  QuantityMatch m;
  m.relation = relation;
  m.explanation = std::move(explanation);
  return m;
}

const std::vector<Rule>& rules() {
  using R = QuantityRelation;
  static const std::vector<Rule> kRules = {
      // Same value, unit and approximator class.
      {[](const Quantity& a, const Quantity& b) {
         return same_unit(a, b) && same_number(a, b) && a.approx == b.approx;
       },
       [](const Quantity& a, const Quantity& b) {
         if (compact(a.text) == compact(b.text)) return make(R::same, quoted(a) + " is unchanged");
         return make(R::same_other_form, quoted(a) + " and " + quoted(b) +
                                             " are the same quantity written differently");
       },
       true},
      // A share in words and the percentage it rounds to: "a third" / "33%", "half" / "50%".
      {[](const Quantity& a, const Quantity& b) {
         return a.fraction != b.fraction && same_unit(a, b) && a.value == a.high &&
                b.value == b.high && std::fabs(a.value - b.value) < kShareRounding;
       },
       [](const Quantity& a, const Quantity& b) {
         return make(R::same_other_form,
                     quoted(a) + " and " + quoted(b) + " are the same share written differently");
       },
       false},
      // Same value and unit, another approximator.
      {[](const Quantity& a, const Quantity& b) { return same_unit(a, b) && same_number(a, b); },
       [](const Quantity& a, const Quantity& b) {
         return make(R::approx_changed, quoted(a) + " became " + quoted(b) + " — '" +
                                            to_string(a.approx) + "' is not '" +
                                            to_string(b.approx) + "'");
       },
       true},
      // The same amount in another unit.
      {converts,
       [](const Quantity& a, const Quantity& b) {
         return make(R::converted,
                     quoted(a) + " and " + quoted(b) + " are the same amount in other units");
       },
       false},
      // Same number, unit on one side only.
      {[](const Quantity& a, const Quantity& b) {
         return same_number(a, b) && unit_on_one_side(a, b) && a.approx == b.approx;
       },
       [](const Quantity& a, const Quantity& b) {
         return make(R::same_other_form, quoted(a) + " and " + quoted(b) +
                                             " are the same number; the unit is on one side only");
       },
       false},
      // Same number, another unit, currency or kind.
      {[](const Quantity& a, const Quantity& b) { return same_number(a, b); },
       [](const Quantity& a, const Quantity& b) {
         const std::string ua = a.unit.empty() ? "no unit" : a.unit;
         const std::string ub = b.unit.empty() ? "no unit" : b.unit;
         return make(R::unit_changed, quoted(a) + " became " + quoted(b) + " — the number is the " +
                                          "same but the unit is not (" + ua + " → " + ub + ")");
       },
       false},
      // Another number of the same kind of thing.
      {same_dimension,
       [](const Quantity& a, const Quantity& b) {
         return make(R::value_changed, quoted(a) + " became " + quoted(b) + " — a different " +
                                           (a.unit == b.unit ? "number" : "amount"));
       },
       false},
  };
  return kRules;
}

}  // namespace

const char* to_string(QuantityRelation relation) {
  switch (relation) {
    case QuantityRelation::same:
      return "same";
    case QuantityRelation::same_other_form:
      return "same_other_form";
    case QuantityRelation::converted:
      return "converted";
    case QuantityRelation::value_changed:
      return "value_changed";
    case QuantityRelation::unit_changed:
      return "unit_changed";
    case QuantityRelation::approx_changed:
      return "approx_changed";
    case QuantityRelation::only_original:
      return "only_original";
    case QuantityRelation::only_rendition:
      return "only_rendition";
  }
  return "?";
}

namespace {

// "100m" read as metres where the other side gives the same figure in metres ("100 meters",
// "100-metre"); otherwise it stays a million.
std::vector<Quantity> metres_where_meant(const std::vector<Quantity>& side,
                                         const std::vector<Quantity>& other) {
  std::vector<Quantity> out = side;
  for (Quantity& q : out) {
    if (!q.metres_or_million) continue;
    const double metres = q.value / 1e6;
    if (std::any_of(other.begin(), other.end(), [&](const Quantity& x) {
          return x.kind == QuantityKind::measure && x.unit == "m" && equal(x.value, metres);
        })) {
      q.value = q.high = metres;
      q.kind = QuantityKind::measure;
      q.unit = "m";
    }
  }
  return out;
}

}  // namespace

std::vector<QuantityMatch> compare_quantities(const std::vector<Quantity>& original_read,
                                              const std::vector<Quantity>& rendition_read) {
  const std::vector<Quantity> original = metres_where_meant(original_read, rendition_read);
  const std::vector<Quantity> rendition = metres_where_meant(rendition_read, original_read);
  std::vector<QuantityMatch> out;
  std::vector<bool> used_o(original.size(), false), used_r(rendition.size(), false);
  for (const Rule& rule : rules()) {
    for (size_t o = 0; o < original.size(); ++o) {
      if (used_o[o] || (original[o].incidental && !rule.incidental_ok)) continue;
      for (size_t r = 0; r < rendition.size(); ++r) {
        if (used_r[r] || (rendition[r].incidental && !rule.incidental_ok)) continue;
        if (!rule.pairs(original[o], rendition[r])) continue;
        QuantityMatch m = rule.judge(original[o], rendition[r]);
        m.original = static_cast<int>(o);
        m.rendition = static_cast<int>(r);
        used_o[o] = used_r[r] = true;
        out.push_back(std::move(m));
        break;
      }
    }
  }
  for (size_t o = 0; o < original.size(); ++o)
    if (!used_o[o] && !original[o].incidental)
      out.push_back({static_cast<int>(o), -1, QuantityRelation::only_original,
                     quoted(original[o]) + " is not in the rendition"});
  for (size_t r = 0; r < rendition.size(); ++r)
    if (!used_r[r] && !rendition[r].incidental)
      out.push_back({-1, static_cast<int>(r), QuantityRelation::only_rendition,
                     quoted(rendition[r]) + " is not in the original"});
  std::stable_sort(out.begin(), out.end(), [](const QuantityMatch& a, const QuantityMatch& b) {
    const int ka = a.original >= 0 ? a.original : 1 << 20;
    const int kb = b.original >= 0 ? b.original : 1 << 20;
    return ka != kb ? ka < kb : a.rendition < b.rendition;
  });
  return out;
}

}  // namespace driftcheck
