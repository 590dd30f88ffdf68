// The exonym table: one row per place or people, its usual names in the languages we read.
#include "lexicon/exonyms.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace driftcheck {
namespace {

// Places and peoples whose usual name differs by language beyond spelling, romanized:
// English, German, French and Russian (BGN) forms. A form matches a word that starts with it
// less its last letter ("moskv" in "moskve"), so that inflected forms count.
constexpr std::array<std::array<std::string_view, 6>, 49> kExonyms = {{
    {"moscow", "moskau", "moscou", "moskva", "moskov"},
    {"kyiv", "kiev", "kiew", "kyjiw", "kiyev", "kiyv"},
    {"russia", "russland", "russie", "rossiya", "rossii", "rossiy"},
    {"russian", "russisch", "russe", "rossiysk", "russk"},
    {"ukraine", "ukraina", "ukrainy", "ukrain"},
    {"ukrainian", "ukrainisch", "ukrainien", "ukrainsk"},
    {"germany", "deutschland", "allemagne", "germaniya", "germanii"},
    {"german", "deutsch", "allemand", "nemetsk", "germansk"},
    {"france", "frankreich", "frantsiya", "frantsii"},
    {"french", "franzosisch", "francais", "frantsuzsk"},
    {"britain", "britannien", "bretagne", "britaniya", "britanii"},
    {"british", "britisch", "britannique", "britansk"},
    {"china", "chine", "kitay", "kitaya", "kitae"},
    {"chinese", "chinesisch", "chinois", "kitaysk"},
    {"america", "amerika", "amerique", "amerik", "us"},
    {"american", "amerikanisch", "americain", "amerikansk"},
    {"united", "vereinigt", "unis", "soyedinenn", "ssha", "usa"},
    {"europe", "europa", "yevropa", "yevrop", "evrop"},
    {"european", "europaisch", "europeen", "yevropeysk", "evropeysk"},
    {"iran", "irana", "irane", "iranu"},
    {"iranian", "iranisch", "iranien", "iransk"},
    {"tehran", "teheran", "tegeran"},
    {"washington", "vashington"},
    {"london", "londres", "londona"},
    {"beijing", "peking", "pekin"},
    {"japan", "japon", "yaponiya", "yaponii"},
    {"poland", "polen", "pologne", "polsha", "polshi"},
    {"turkey", "turkei", "turquie", "turtsiya", "turtsii"},
    {"belarus", "weissrussland", "bielorussie", "belarus'", "belorussi"},
    {"syria", "syrien", "syrie", "siriya", "sirii"},
    {"israel", "izrail"},
    {"soviet", "sowjetisch", "sovietique", "sovetsk", "sssr"},
    {"kremlin", "kreml"},
    {"nato", "otan", "nato"},
    {"crimea", "krim", "crimee", "krym"},
    {"west", "westen", "ouest", "zapad"},
    {"western", "westlich", "occidental", "zapadn"},
    {"tatarstan", "tatarstana"},
    {"europe's", "europas"},
    {"president", "prasident", "prezident"},
    // Romanizations that news style guides changed or still disagree on.
    {"kharkiv", "kharkov", "charkiw", "kharkow"},
    {"lviv", "lvov", "lwiw", "lemberg"},
    {"mykolaiv", "nikolaev", "nikolayev", "mykolajiw"},
    {"zaporizhzhia", "zaporizhia", "zaporozhye", "zaporizhzhya", "saporischschja"},
    {"chernihiv", "chernigov", "tschernihiw"},
    {"gaddafi", "qaddafi", "kadhafi", "qadhafi", "gadhafi", "kaddafi"},
    {"alqaeda", "alqaida", "alkaida", "alkaeda"},
    {"hezbollah", "hizbollah", "hizballah", "hisbollah"},
    {"muhammad", "mohammed", "muhammed", "mohammad", "mohamed"},
}};

// Hash tables over the rows above, built once per process and read-only afterwards (so shared
// by every thread): the linear scan of ~294 forms per name pair was ~7% of the flagship.
// Each maps a form (exact match) or a form's stem (prefix match) to its lowest group, so the
// answer equals the first row the scan would have matched.
struct ExonymIndex {
  std::unordered_map<std::string_view, int> exact;
  std::unordered_map<std::string_view, int> prefix;
  size_t longest_stem = 0;
};

const ExonymIndex& exonym_index() {
  static const ExonymIndex index = [] {
    ExonymIndex ix;
    for (size_t g = 0; g < kExonyms.size(); ++g)
      for (std::string_view form : kExonyms[g]) {
        if (form.empty()) continue;
        ix.exact.emplace(form, static_cast<int>(g));
        if (form.size() < 4) continue;
        const std::string_view stem = form.size() >= 5 ? form.substr(0, form.size() - 1) : form;
        ix.prefix.emplace(stem, static_cast<int>(g));
        ix.longest_stem = std::max(ix.longest_stem, stem.size());
      }
    return ix;
  }();
  return index;
}

}  // namespace

int exonym_group(std::string_view key) {
  const ExonymIndex& ix = exonym_index();
  int best = -1;
  if (const auto it = ix.exact.find(key); it != ix.exact.end()) best = it->second;
  // Stems are at least 4 letters long; try every prefix of the key that could be one.
  for (size_t len = 4; len <= std::min(key.size(), ix.longest_stem); ++len)
    if (const auto it = ix.prefix.find(key.substr(0, len));
        it != ix.prefix.end() && (best < 0 || it->second < best))
      best = it->second;
  return best;
}

}  // namespace driftcheck
