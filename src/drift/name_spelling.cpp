// Names across scripts and languages: exonyms (lexicon/exonyms.h), inflected and
// transliterated spellings ("Putin" / "Putina", "Wladimir" / "Vladimir"), and the spellings
// one sound has in different transliteration systems ("Tschentscher" / "Chencher"); and the
// romanizer CrossLanguage reads names of other scripts with.
#include "drift/name_spelling.h"

#include <unicode/translit.h>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "drift/cross_language.h"
#include "lexicon/exonyms.h"

namespace driftcheck {
namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// One name in two spellings: inflected ("putin" / "putina"), transliterated with a letter
// or two of difference ("wladimir" / "vladimir"), or an exonym.
// A romanized name with the spellings that differ between transliteration systems made one:
// German "tsch", English "ch", French "tch" for one sound; "j", "y" and "i"; "w" and "v"; "ph"
// and "f" ("Tschentscher" / "Ченчер" = "chencher", "Anjes" / "Аньес" = "anes").
std::string sound_key(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
      {"tsch", "c"}, {"sch", "s"}, {"tch", "c"}, {"ch", "c"}, {"sh", "s"},
      {"zh", "z"},   {"kh", "h"},  {"ts", "c"},  {"tz", "c"}, {"ph", "f"},
      {"ck", "k"},   {"j", "i"},   {"y", "i"},   {"w", "v"},  {"x", "ks"}};
  std::string out;
  for (size_t i = 0; i < name.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kSpellings) {
      if (name.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += name[i++];
  }
  // Doubled letters are a spelling habit too ("Minnikhanov" / "Миниханов").
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool close_spellings(std::string_view a, std::string_view b, size_t min_length) {
  if (a == b) return true;
  const size_t shorter = std::min(a.size(), b.size());
  size_t common = 0;
  while (common < shorter && a[common] == b[common]) ++common;
  if (common >= 4 && common * 2 >= shorter) return true;
  constexpr size_t kLongest = 40;  // names are short; anything longer is compared exactly
  return shorter >= min_length && a.size() <= kLongest && b.size() <= kLongest &&
         edit_distance(a, b) <= std::max<size_t>(1, shorter / 4);
}

}  // namespace

bool same_name(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const int ga = exonym_group(a);
  if (ga >= 0 && ga == exonym_group(b)) return true;
  return close_spellings(a, b, 5) || close_spellings(sound_key(a), sound_key(b), 4);
}

struct CrossLanguage::Romanizer {
  std::unique_ptr<icu::Transliterator> transliterator;
  std::unordered_map<std::string, std::string> cache;
};

CrossLanguage::CrossLanguage(const Document& original, const Document& rendition)
    : original_(original),
      rendition_(rendition),
      active_(different_languages(original, rendition)),
      romanizer_(std::make_unique<Romanizer>()) {}

CrossLanguage::~CrossLanguage() = default;

const std::string& CrossLanguage::romanized(const std::string& folded) {
  auto it = romanizer_->cache.find(folded);
  if (it != romanizer_->cache.end()) return it->second;
  if (!romanizer_->transliterator) {
    UErrorCode status = U_ZERO_ERROR;
    romanizer_->transliterator.reset(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) romanizer_->transliterator.reset();
  }
  // French and Italian elide articles and prepositions into the name: "d'Allemagne".
  std::string_view word = folded;
  for (const std::string_view mark : {std::string_view("'"), std::string_view("\u2019")}) {
    const size_t at = word.find(mark);
    if (at >= 1 && at <= 3 && at != std::string_view::npos && at + mark.size() < word.size())
      word.remove_prefix(at + mark.size());
  }
  std::string out;
  if (romanizer_->transliterator) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
    romanizer_->transliterator->transliterate(u);
    u.toUTF8String(out);
  } else {
    out = std::string(word);
  }
  // Apostrophes and marks the transliteration leaves ("belarus'") do not tell names apart.
  std::erase_if(out, [](char c) { return c == '\'' || c == '"' || c == '`'; });
  return romanizer_->cache.emplace(folded, std::move(out)).first->second;
}

}  // namespace driftcheck
