#include "values/quantity_lexicon.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>

#include "lexicon/word_lists.h"

namespace driftcheck::quantity_detail {
namespace {

struct Named {
  std::string_view word;
  double value;
};

// English and Russian (nominative/accusative) cardinals; hundreds are multipliers.
constexpr std::array kCardinals = {
    Named{"zero", 0},          Named{"one", 1},           Named{"two", 2},
    Named{"three", 3},         Named{"four", 4},          Named{"five", 5},
    Named{"six", 6},           Named{"seven", 7},         Named{"eight", 8},
    Named{"nine", 9},          Named{"ten", 10},          Named{"eleven", 11},
    Named{"twelve", 12},       Named{"thirteen", 13},     Named{"fourteen", 14},
    Named{"fifteen", 15},      Named{"sixteen", 16},      Named{"seventeen", 17},
    Named{"eighteen", 18},     Named{"nineteen", 19},     Named{"twenty", 20},
    Named{"thirty", 30},       Named{"forty", 40},        Named{"fifty", 50},
    Named{"sixty", 60},        Named{"seventy", 70},      Named{"eighty", 80},
    Named{"ninety", 90},       Named{"dozen", 12},        Named{"один", 1},
    Named{"одна", 1},          Named{"одно", 1},          Named{"два", 2},
    Named{"две", 2},           Named{"три", 3},           Named{"четыре", 4},
    Named{"пять", 5},          Named{"шесть", 6},         Named{"семь", 7},
    Named{"восемь", 8},        Named{"девять", 9},        Named{"десять", 10},
    Named{"одиннадцать", 11},  Named{"двенадцать", 12},   Named{"тринадцать", 13},
    Named{"четырнадцать", 14}, Named{"пятнадцать", 15},   Named{"шестнадцать", 16},
    Named{"семнадцать", 17},   Named{"восемнадцать", 18}, Named{"девятнадцать", 19},
    Named{"двадцать", 20},     Named{"тридцать", 30},     Named{"сорок", 40},
    Named{"пятьдесят", 50},    Named{"шестьдесят", 60},   Named{"семьдесят", 70},
    Named{"восемьдесят", 80},  Named{"девяносто", 90},    Named{"сто", 100},
    Named{"двести", 200},      Named{"триста", 300},      Named{"четыреста", 400},
    Named{"пятьсот", 500},
};

constexpr std::array kOrdinals = {
    Named{"first", 1},       Named{"second", 2},       Named{"third", 3},
    Named{"fourth", 4},      Named{"fifth", 5},        Named{"sixth", 6},
    Named{"seventh", 7},     Named{"eighth", 8},       Named{"ninth", 9},
    Named{"tenth", 10},      Named{"eleventh", 11},    Named{"twelfth", 12},
    Named{"thirteenth", 13}, Named{"fourteenth", 14},  Named{"fifteenth", 15},
    Named{"sixteenth", 16},  Named{"seventeenth", 17}, Named{"eighteenth", 18},
    Named{"nineteenth", 19}, Named{"twentieth", 20},   Named{"thirtieth", 30},
    Named{"fortieth", 40},   Named{"fiftieth", 50},    Named{"sixtieth", 60},
    Named{"seventieth", 70}, Named{"eightieth", 80},   Named{"ninetieth", 90},
    Named{"hundredth", 100}, Named{"thousandth", 1e3}, Named{"millionth", 1e6},
};

constexpr std::array kScales = {
    Named{"thousand", 1e3},   Named{"thousands", 1e3}, Named{"k", 1e3},
    Named{"million", 1e6},    Named{"millions", 1e6},  Named{"mln", 1e6},
    Named{"mn", 1e6},         Named{"billion", 1e9},   Named{"billions", 1e9},
    Named{"bn", 1e9},         Named{"bln", 1e9},       Named{"trillion", 1e12},
    Named{"tn", 1e12},        Named{"trn", 1e12},      Named{"тыс", 1e3},
    Named{"тысяча", 1e3},     Named{"тысячи", 1e3},    Named{"тысяч", 1e3},
    Named{"тысячу", 1e3},     Named{"млн", 1e6},       Named{"миллион", 1e6},
    Named{"миллиона", 1e6},   Named{"миллионов", 1e6}, Named{"млрд", 1e9},
    Named{"миллиард", 1e9},   Named{"миллиарда", 1e9}, Named{"миллиардов", 1e9},
    Named{"трлн", 1e12},      Named{"tausend", 1e3},   Named{"mio", 1e6},
    Named{"millionen", 1e6},  Named{"mrd", 1e9},       Named{"milliarde", 1e9},
    Named{"milliarden", 1e9}, Named{"mille", 1e3},     Named{"milliard", 1e9},
    Named{"milliards", 1e9},
};

struct UnitEntry {
  std::string_view word;
  UnitWord unit;
};

constexpr UnitWord kKm{"km", QuantityKind::measure, "length", 1};
constexpr UnitWord kM{"m", QuantityKind::measure, "length", 1e-3};
constexpr UnitWord kCm{"cm", QuantityKind::measure, "length", 1e-5};
constexpr UnitWord kMi{"mi", QuantityKind::measure, "length", 1.609344};
constexpr UnitWord kNmi{"nmi", QuantityKind::measure, "length", 1.852};
constexpr UnitWord kFt{"ft", QuantityKind::measure, "length", 0.0003048};
constexpr UnitWord kKg{"kg", QuantityKind::measure, "mass", 1};
constexpr UnitWord kT{"t", QuantityKind::measure, "mass", 1000};
constexpr UnitWord kLb{"lb", QuantityKind::measure, "mass", 0.45359237};
constexpr UnitWord kLitre{"l", QuantityKind::measure, "volume", 1};
constexpr UnitWord kMl{"ml", QuantityKind::measure, "volume", 1e-3};
constexpr UnitWord kGallon{"gal", QuantityKind::measure, "volume", 3.785411784};  // US gallon
constexpr UnitWord kKm2{"km2", QuantityKind::measure, "area", 1};
constexpr UnitWord kHa{"ha", QuantityKind::measure, "area", 0.01};
constexpr UnitWord kKmh{"km/h", QuantityKind::measure, "speed", 1};
constexpr UnitWord kMph{"mph", QuantityKind::measure, "speed", 1.609344};
constexpr UnitWord kSecond{"second", QuantityKind::measure, "time", 1.0 / 3600};
constexpr UnitWord kMinute{"minute", QuantityKind::measure, "time", 1.0 / 60};
constexpr UnitWord kHour{"hour", QuantityKind::measure, "time", 1};
constexpr UnitWord kDay{"day", QuantityKind::measure, "time", 24};
constexpr UnitWord kWeek{"week", QuantityKind::measure, "time", 168};
// Months and years are not a whole number of days: only equal to themselves.
constexpr UnitWord kMonth{"month", QuantityKind::measure, "months", 1};
constexpr UnitWord kYear{"year", QuantityKind::measure, "years", 1};
// "two decades" is 20 years: whole years, so a decade converts.
constexpr UnitWord kDecade{"decade", QuantityKind::measure, "years", 10};
constexpr UnitWord kPercent{"%", QuantityKind::percent, "percent", 1};
constexpr UnitWord kUsd{"USD", QuantityKind::money, "USD", 1};
constexpr UnitWord kEur{"EUR", QuantityKind::money, "EUR", 1};
constexpr UnitWord kRub{"RUB", QuantityKind::money, "RUB", 1};
constexpr UnitWord kGbp{"GBP", QuantityKind::money, "GBP", 1};
constexpr UnitWord kUah{"UAH", QuantityKind::money, "UAH", 1};
constexpr UnitWord kCny{"CNY", QuantityKind::money, "CNY", 1};
constexpr UnitWord kJpy{"JPY", QuantityKind::money, "JPY", 1};
constexpr UnitWord kCelsius{"°C", QuantityKind::measure, "temperature", 1};
constexpr UnitWord kFahrenheit{"°F", QuantityKind::measure, "temperature", 1};

constexpr std::array kUnitWords = {
    UnitEntry{"km", kKm},
    UnitEntry{"kilometre", kKm},
    UnitEntry{"kilometres", kKm},
    UnitEntry{"kilometer", kKm},
    UnitEntry{"kilometers", kKm},
    UnitEntry{"км", kKm},
    UnitEntry{"километров", kKm},
    UnitEntry{"километра", kKm},
    UnitEntry{"m", kM},
    UnitEntry{"metre", kM},
    UnitEntry{"metres", kM},
    UnitEntry{"meter", kM},
    UnitEntry{"meters", kM},
    UnitEntry{"метров", kM},
    UnitEntry{"cm", kCm},
    UnitEntry{"mile", kMi},
    UnitEntry{"miles", kMi},
    UnitEntry{"mi", kMi},
    UnitEntry{"nautical", kNmi},
    UnitEntry{"feet", kFt},
    UnitEntry{"foot", kFt},
    UnitEntry{"ft", kFt},
    UnitEntry{"kg", kKg},
    UnitEntry{"kilogram", kKg},
    UnitEntry{"kilograms", kKg},
    UnitEntry{"кг", kKg},
    UnitEntry{"tonne", kT},
    UnitEntry{"tonnes", kT},
    UnitEntry{"ton", kT},
    UnitEntry{"tons", kT},
    UnitEntry{"тонн", kT},
    UnitEntry{"lb", kLb},
    UnitEntry{"lbs", kLb},
    UnitEntry{"pound", kLb},
    UnitEntry{"pounds", kLb},
    UnitEntry{"litre", kLitre},
    UnitEntry{"litres", kLitre},
    UnitEntry{"liter", kLitre},
    UnitEntry{"liters", kLitre},
    UnitEntry{"ml", kMl},
    UnitEntry{"millilitres", kMl},
    UnitEntry{"milliliters", kMl},
    UnitEntry{"gallon", kGallon},
    UnitEntry{"gallons", kGallon},
    UnitEntry{"km2", kKm2},
    UnitEntry{"hectare", kHa},
    UnitEntry{"hectares", kHa},
    UnitEntry{"ha", kHa},
    UnitEntry{"mph", kMph},
    UnitEntry{"second", kSecond},
    UnitEntry{"seconds", kSecond},
    UnitEntry{"minute", kMinute},
    UnitEntry{"minutes", kMinute},
    UnitEntry{"min", kMinute},
    UnitEntry{"минут", kMinute},
    UnitEntry{"hour", kHour},
    UnitEntry{"hours", kHour},
    UnitEntry{"hrs", kHour},
    UnitEntry{"час", kHour},
    UnitEntry{"часа", kHour},
    UnitEntry{"часов", kHour},
    UnitEntry{"stunden", kHour},
    UnitEntry{"day", kDay},
    UnitEntry{"days", kDay},
    UnitEntry{"день", kDay},
    UnitEntry{"дня", kDay},
    UnitEntry{"дней", kDay},
    UnitEntry{"tage", kDay},
    UnitEntry{"tagen", kDay},
    UnitEntry{"week", kWeek},
    UnitEntry{"weeks", kWeek},
    UnitEntry{"недели", kWeek},
    UnitEntry{"недель", kWeek},
    UnitEntry{"month", kMonth},
    UnitEntry{"months", kMonth},
    UnitEntry{"месяца", kMonth},
    UnitEntry{"месяцев", kMonth},
    UnitEntry{"year", kYear},
    UnitEntry{"years", kYear},
    UnitEntry{"decade", kDecade},
    UnitEntry{"decades", kDecade},
    UnitEntry{"год", kYear},
    UnitEntry{"года", kYear},
    UnitEntry{"лет", kYear},
    UnitEntry{"jahre", kYear},
    UnitEntry{"jahren", kYear},
    UnitEntry{"percent", kPercent},
    UnitEntry{"pct", kPercent},
    UnitEntry{"prozent", kPercent},
    UnitEntry{"процент", kPercent},
    UnitEntry{"процента", kPercent},
    UnitEntry{"процентов", kPercent},
    UnitEntry{"%", kPercent},
    UnitEntry{"dollar", kUsd},
    UnitEntry{"dollars", kUsd},
    UnitEntry{"usd", kUsd},
    UnitEntry{"долларов", kUsd},
    UnitEntry{"доллара", kUsd},
    UnitEntry{"доллар", kUsd},
    UnitEntry{"dollar", kUsd},
    UnitEntry{"euro", kEur},
    UnitEntry{"euros", kEur},
    UnitEntry{"eur", kEur},
    UnitEntry{"евро", kEur},
    UnitEntry{"ruble", kRub},
    UnitEntry{"rubles", kRub},
    UnitEntry{"rouble", kRub},
    UnitEntry{"roubles", kRub},
    UnitEntry{"rub", kRub},
    UnitEntry{"рублей", kRub},
    UnitEntry{"рубля", kRub},
    UnitEntry{"рубль", kRub},
    UnitEntry{"руб", kRub},
    UnitEntry{"gbp", kGbp},
    UnitEntry{"sterling", kGbp},
    UnitEntry{"hryvnia", kUah},
    UnitEntry{"hryvnias", kUah},
    UnitEntry{"hryvnias", kUah},
    UnitEntry{"uah", kUah},
    UnitEntry{"гривен", kUah},
    UnitEntry{"yuan", kCny},
    UnitEntry{"cny", kCny},
    UnitEntry{"yen", kJpy},
    UnitEntry{"jpy", kJpy},
};

constexpr std::array kCurrencySigns = {
    UnitEntry{"$", kUsd},   UnitEntry{"us$", kUsd}, UnitEntry{"usd", kUsd}, UnitEntry{"€", kEur},
    UnitEntry{"eur", kEur}, UnitEntry{"£", kGbp},   UnitEntry{"gbp", kGbp}, UnitEntry{"₽", kRub},
    UnitEntry{"rub", kRub}, UnitEntry{"₴", kUah},   UnitEntry{"uah", kUah}, UnitEntry{"¥", kJpy},
};

constexpr std::array kAllUnits = {kKm,      kM,       kCm,         kMi,    kNmi,   kFt,    kKg,
                                  kT,       kLb,      kKm2,        kHa,    kKmh,   kMph,   kSecond,
                                  kMinute,  kHour,    kDay,        kWeek,  kMonth, kYear,  kDecade,
                                  kPercent, kUsd,     kEur,        kRub,   kGbp,   kUah,   kCny,
                                  kJpy,     kCelsius, kFahrenheit, kLitre, kMl,    kGallon};

// FNV-1a rather than std::hash: the words are a few bytes long, and the out-of-line murmur
// cost more than the probe it places. Any hash gives the same answers.
struct WordHash {
  size_t operator()(std::string_view word) const noexcept {
    uint64_t h = 14695981039346656037ull;
    for (const char c : word) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    return static_cast<size_t>(h ^ (h >> 29));
  }
};
// A table's words by hash, the first entry kept where a word repeats (as the scan it replaces
// returned), and the shapes they have: bit min(length, 31) of shapes[first byte]. Most words looked
// up (every word of a sentence with a figure) have a shape no entry has, and are turned away by one
// bit test instead of a hash and a probe.
struct NamedIndex {
  std::unordered_map<std::string_view, const Named*, WordHash> words;
  std::array<uint32_t, 256> shapes{};
};

uint32_t shape_bit(std::string_view word) {
  return uint32_t{1} << std::min<size_t>(word.size(), 31);
}

template <typename Table>
NamedIndex index_of(const Table& table) {
  NamedIndex index;
  for (const Named& n : table) {
    index.words.emplace(n.word, &n);
    if (!n.word.empty()) index.shapes[static_cast<unsigned char>(n.word[0])] |= shape_bit(n.word);
  }
  return index;
}

const Named* find_named(const NamedIndex& index, std::string_view word) {
  if (!word.empty() && (index.shapes[static_cast<unsigned char>(word[0])] & shape_bit(word)) == 0)
    return nullptr;
  const auto it = index.words.find(word);
  return it == index.words.end() ? nullptr : it->second;
}

// Built once per process on first use (thread-safe), read-only after.
const NamedIndex& cardinals() {
  static const NamedIndex index = index_of(kCardinals);
  return index;
}
const NamedIndex& ordinals() {
  static const NamedIndex index = index_of(kOrdinals);
  return index;
}
const NamedIndex& scales() {
  static const NamedIndex index = index_of(kScales);
  return index;
}

// Approximators for languages without a word list in src/lexicon/data.
struct ApproxEntry {
  std::string_view words;  // space separated
  ApproxClass approx;
};
constexpr std::array kBuiltinApprox = {
    ApproxEntry{"около", ApproxClass::about},
    ApproxEntry{"примерно", ApproxClass::about},
    ApproxEntry{"приблизительно", ApproxClass::about},
    ApproxEntry{"порядка", ApproxClass::about},
    ApproxEntry{"почти", ApproxClass::almost},
    ApproxEntry{"более", ApproxClass::more_than},
    ApproxEntry{"больше", ApproxClass::more_than},
    ApproxEntry{"свыше", ApproxClass::more_than},
    ApproxEntry{"не менее", ApproxClass::at_least},
    ApproxEntry{"до", ApproxClass::up_to},
    ApproxEntry{"менее", ApproxClass::less_than},
    ApproxEntry{"меньше", ApproxClass::less_than},
    ApproxEntry{"etwa", ApproxClass::about},
    ApproxEntry{"rund", ApproxClass::about},
    ApproxEntry{"ungefähr", ApproxClass::about},
    ApproxEntry{"circa", ApproxClass::about},
    ApproxEntry{"fast", ApproxClass::almost},
    ApproxEntry{"beinahe", ApproxClass::almost},
    ApproxEntry{"mehr als", ApproxClass::more_than},
    ApproxEntry{"über", ApproxClass::more_than},
    ApproxEntry{"mindestens", ApproxClass::at_least},
    ApproxEntry{"bis zu", ApproxClass::up_to},
    ApproxEntry{"weniger als", ApproxClass::less_than},
    // Also for English, whatever the shared list says: symbols and abbreviations.
    ApproxEntry{"~", ApproxClass::about},
    ApproxEntry{"approx", ApproxClass::about},
};

std::optional<ApproxClass> approx_class(std::string_view name) {
  if (name == "about") return ApproxClass::about;
  if (name == "under") return ApproxClass::almost;
  if (name == "over") return ApproxClass::more_than;
  if (name == "min") return ApproxClass::at_least;
  if (name == "max") return ApproxClass::up_to;
  if (name == "below") return ApproxClass::less_than;
  return std::nullopt;
}

constexpr size_t word_count(std::string_view words) {
  size_t n = 1;
  for (char c : words) n += c == ' ';
  return n;
}

// Counted once at compile time: approximator_before tries every entry at every start.
constexpr auto kBuiltinApproxWords = [] {
  std::array<size_t, kBuiltinApprox.size()> counts{};
  for (size_t k = 0; k < counts.size(); ++k) counts[k] = word_count(kBuiltinApprox[k].words);
  return counts;
}();

// True if the space-separated `words` equal tokens [from, from + count).
bool words_match(std::string_view words, const std::vector<const Token*>& tokens, size_t from) {
  size_t i = from;
  while (!words.empty()) {
    size_t space = words.find(' ');
    std::string_view w = words.substr(0, space);
    if (i >= tokens.size() || tokens[i]->folded != w) return false;
    ++i;
    words = space == std::string_view::npos ? std::string_view{} : words.substr(space + 1);
  }
  return true;
}

}  // namespace

std::string base_language(std::string_view language) {
  std::string out;
  for (char c : language) {
    if (c == '-' || c == '_') break;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool is_ascii_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool glued(const Token& a, const Token& b) { return a.end == b.start; }

bool is_dash(std::string_view s) { return s == "-" || s == "–" || s == "—" || s == "‑"; }

std::string surface(const std::vector<const Token*>& tokens, size_t first, size_t last) {
  std::string out;
  for (size_t k = first; k <= last && k < tokens.size(); ++k) {
    if (k > first && !glued(*tokens[k - 1], *tokens[k])) out += ' ';
    out += tokens[k]->text;
  }
  return out;
}

std::optional<double> parse_numeral(std::string_view text, std::string_view language) {
  if (text.empty() || text[0] < '0' || text[0] > '9') return std::nullopt;
  const bool comma_decimal = base_language(language) != "en" && base_language(language) != "ja" &&
                             base_language(language) != "zh" && base_language(language) != "ko" &&
                             !base_language(language).empty();
  const char group = comma_decimal ? '.' : ',';
  std::vector<size_t> seps;
  for (size_t k = 0; k < text.size(); ++k) {
    char c = text[k];
    if (c == ',' || c == '.') {
      seps.push_back(k);
    } else if (c < '0' || c > '9') {
      return std::nullopt;
    }
  }
  if (!seps.empty() && seps.back() + 1 == text.size()) return std::nullopt;
  auto group_ok = [&](size_t from, size_t to) {  // separators in [from, to) are groupings
    std::vector<size_t> g(seps.begin() + static_cast<long>(from),
                          seps.begin() + static_cast<long>(to));
    if (g.empty()) return true;
    if (g[0] == 0 || g[0] > 3) return false;
    for (size_t k = 0; k < g.size(); ++k) {
      size_t next = k + 1 < g.size() ? g[k + 1] : (to < seps.size() ? seps[to] : text.size());
      if (next - g[k] - 1 != 3 || text[g[k]] != text[g[0]]) return false;
    }
    return true;
  };
  size_t decimal = std::string_view::npos;
  if (seps.size() == 1) {
    size_t digits_after = text.size() - seps[0] - 1;
    bool grouping = text[seps[0]] == group && digits_after == 3 && seps[0] <= 3 && text[0] != '0';
    if (!grouping) decimal = seps[0];
  } else if (!seps.empty()) {
    const char last = text[seps.back()];
    const char first = text[seps.front()];
    if (last != first) {  // "1,234.5" / "1.234,5": the last one is the decimal mark
      if (!group_ok(0, seps.size() - 1)) return std::nullopt;
      decimal = seps.back();
    } else if (!group_ok(0, seps.size())) {
      return std::nullopt;  // "10.08.2025", "1,2,3"
    }
  }
  std::string digits;
  for (size_t k = 0; k < text.size(); ++k) {
    if (k == decimal) {
      digits += '.';
    } else if (text[k] >= '0' && text[k] <= '9') {
      digits += text[k];
    }
  }
  try {
    return std::stod(digits);
  } catch (...) {
    return std::nullopt;
  }
}

std::optional<double> cardinal_word(std::string_view folded) {
  if (const Named* n = find_named(cardinals(), folded)) return n->value;
  return std::nullopt;
}

std::optional<double> ordinal_word(std::string_view folded) {
  if (const Named* n = find_named(ordinals(), folded)) return n->value;
  return std::nullopt;
}

bool is_hundred_word(std::string_view folded) {
  return folded == "hundred" || folded == "hundreds" || folded == "hundert";
}

std::optional<double> scale_word(std::string_view folded, bool after_currency) {
  if (folded == "m") return after_currency ? std::optional<double>(1e6) : std::nullopt;
  if (folded == "b") return after_currency ? std::optional<double>(1e9) : std::nullopt;
  if (const Named* n = find_named(scales(), folded)) return n->value;
  return std::nullopt;
}

const UnitWord* unit_word(std::string_view folded) {
  for (const UnitEntry& e : kUnitWords)
    if (e.word == folded) return &e.unit;
  return nullptr;
}

const UnitWord* currency_sign(std::string_view folded) {
  for (const UnitEntry& e : kCurrencySigns)
    if (e.word == folded) return &e.unit;
  return nullptr;
}

const UnitWord* unit_info(std::string_view unit) {
  for (const UnitWord& u : kAllUnits)
    if (u.unit == unit) return &u;
  return nullptr;
}

std::optional<ApproxClass> approximator_before(const std::vector<const Token*>& tokens,
                                               size_t floor, size_t end, std::string_view language,
                                               size_t* first) {
  if (end == 0 || end <= floor) return std::nullopt;
  const WordList& list = word_list(language, WordListKind::approximators);
  std::vector<std::string_view> folded;
  const size_t from = end > floor + 5 ? end - 5 : floor;
  for (size_t k = from; k < end; ++k) folded.push_back(tokens[k]->folded);
  for (size_t start = from; start < end; ++start) {  // earliest start = longest entry
    size_t length = 0;
    if (const WordListEntry* e = list.match(folded, start - from, &length)) {
      if (start + length == end) {
        if (auto c = approx_class(e->attribute)) {
          *first = start;
          return c;
        }
      }
    }
    for (size_t k = 0; k < kBuiltinApprox.size(); ++k) {
      const ApproxEntry& e = kBuiltinApprox[k];
      if (start + kBuiltinApproxWords[k] == end && words_match(e.words, tokens, start)) {
        *first = start;
        return e.approx;
      }
    }
  }
  return std::nullopt;
}

bool is_year_cue(std::string_view w) {
  static constexpr std::array<std::string_view, 30> kCues = {
      "in",    "since", "by",   "until", "till", "through", "from",   "before", "after", "during",
      "early", "mid",   "late", "end",   "of",   "spring",  "summer", "autumn", "fall",  "winter",
      "year",  "in",    "в",    "с",     "до",   "после",   "im",     "seit",   "bis",   "en"};
  for (std::string_view c : kCues)
    if (c == w) return true;
  return false;
}

}  // namespace driftcheck::quantity_detail
