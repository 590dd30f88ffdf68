// Features that survive translation: figures by value, names by a transliterated spelling
// key, sentence marks, and translated words when a FreeDict dictionary is installed.
#include "align/cross_features.h"

#include <libstemmer.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "align/bilingual_dictionary.h"
#include "lexicon/word_lists.h"
#include "text/tokenize.h"
#include "values/quantity.h"

namespace driftcheck {
namespace {

enum Channel : uint64_t { kNumber = 11, kName = 12, kMark = 13, kWord = 14 };

uint64_t feature_key(Channel channel, std::string_view s) {
  uint64_t h = 1469598103934665603ull ^ (channel * 0x9E3779B97F4A7C15ull);
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Weights of the channels: a figure is the strongest evidence two sentences say the same,
// a name next; a translated word is common and ambiguous; a mark is weak alone.
constexpr float kNumberWeight = 2.0f;
constexpr float kNameWeight = 1.5f;
constexpr float kWordWeight = 1.0f;
constexpr float kMarkWeight = 0.5f;
// A target word that translates more source words than this links nothing in particular.
constexpr size_t kMaxConcepts = 6;
// Same cap as similarity.cpp: a "sentence" past this many tokens is a run of text.
constexpr size_t kMaxTokens = 2000;

std::string_view primary(std::string_view language) {
  return language.substr(0, language.find_first_of("-_"));
}

UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

std::string value_key(double value) {
  char buffer[32];
  if (value == std::floor(value) && std::abs(value) < 1e15)
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  else
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

// Question and exclamation marks; every quotation mark is one feature, since languages
// quote differently (“…”, „…“, «…»).
std::string_view mark_key(std::string_view text) {
  if (text == "?" || text == "!") return text;
  static constexpr std::string_view kQuotes[] = {"\"",     "\u201c", "\u201d", "\u201e",
                                                 "\u00ab", "\u00bb", "\u2039", "\u203a"};
  if (std::find(std::begin(kQuotes), std::end(kQuotes), text) != std::end(kQuotes)) return "q";
  return {};
}

// Any script to lower-case ASCII, created on first use and cached per word.
class Romanizer {
 public:
  const std::string& operator()(const std::string& folded) {
    auto it = cache_.find(folded);
    if (it != cache_.end()) return it->second;
    bool ascii = true;
    for (unsigned char c : folded) ascii &= c < 0x80;
    std::string out = folded;
    if (!ascii) {
      if (!transliterator_ && !failed_) create(folded);
      out.clear();
      if (transliterator_) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(folded);
        transliterator_->transliterate(u);
        u.toUTF8String(out);
      }
    }
    return cache_.emplace(folded, std::move(out)).first->second;
  }

 private:
  void create(const std::string& sample) {
    // Russian-Latin/BGN is about 1 ms to create, Any-Latin about 20 (design.md): the
    // Cyrillic table when the first foreign word is Cyrillic.
    UErrorCode status = U_ZERO_ERROR;
    const bool cyrillic = uscript_getScript(first_code_point(sample), &status) == USCRIPT_CYRILLIC;
    const char* id = cyrillic ? "Russian-Latin/BGN; Any-Latin; Latin-ASCII; Any-Lower"
                              : "Any-Latin; Latin-ASCII; Any-Lower";
    status = U_ZERO_ERROR;
    transliterator_.reset(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
      transliterator_.reset();
      failed_ = true;
    }
  }
  std::unique_ptr<icu::Transliterator> transliterator_;
  bool failed_ = false;
  std::unordered_map<std::string, std::string> cache_;
};

// Snowball stems of case-folded words, for the dictionary's translations.
class Stemmer {
 public:
  explicit Stemmer(std::string_view language) {
    if (const char* name = snowball_name(language)) stemmer_ = sb_stemmer_new(name, "UTF_8");
    UErrorCode status = U_ZERO_ERROR;
    fold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) fold_ = nullptr;
  }
  ~Stemmer() {
    if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
  }
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  std::string operator()(const std::string& word) const {
    std::string folded = word;
    if (fold_ != nullptr) {
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString u = fold_->normalize(icu::UnicodeString::fromUTF8(word), status);
      if (U_SUCCESS(status)) {
        folded.clear();
        u.toUTF8String(folded);
      }
    }
    if (stemmer_ == nullptr) return folded;
    const sb_symbol* s =
        sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(folded.data()),
                        static_cast<int>(folded.size()));
    if (s == nullptr) return folded;
    return std::string(reinterpret_cast<const char*>(s),
                       static_cast<size_t>(sb_stemmer_length(stemmer_)));
  }

 private:
  sb_stemmer* stemmer_ = nullptr;
  const icu::Normalizer2* fold_ = nullptr;
};

bool is_content_word(const Token& t, const WordList& stopwords) {
  if (t.kind != TokenKind::word || is_opaque(t)) return false;
  if (!u_isalpha(first_code_point(t.folded))) return false;
  if (stopwords.find(t.folded)) return false;
  return t.end - t.start >= 3;
}

// Headword forms to try for an English word: as written, then without a plural or tense
// ending ("disciples" -> "disciple", "walked" -> "walk", "carried" -> "carry").
std::vector<std::string> lookup_forms(const std::string& folded, std::string_view language) {
  std::vector<std::string> forms{folded};
  if (primary(language) != "en") return forms;
  auto ends = [&](std::string_view suffix) {
    return folded.size() > suffix.size() + 2 &&
           folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  auto cut = [&](size_t n, std::string_view add = {}) {
    forms.push_back(folded.substr(0, folded.size() - n) + std::string(add));
  };
  if (ends("ies") || ends("ied")) cut(3, "y");
  if (ends("es") || ends("ed")) cut(2);
  if (ends("es") || ends("ed")) cut(1);
  if (ends("s") && !ends("ss")) cut(1);
  if (ends("ing")) {
    cut(3);
    cut(3, "e");
  }
  return forms;
}

struct RawFeature {
  uint64_t key;
  float weight;
  bool figure = false;  // a number (by value or as written)
};

class CrossExtractor {
 public:
  // `links` with, for each, whether this document is its source side.
  CrossExtractor(const Document& doc, std::vector<std::pair<const WordLinks*, bool>> links)
      : doc_(doc),
        stopwords_(word_list(doc.language, WordListKind::stopwords)),
        links_(std::move(links)) {}

  std::vector<RawFeature> extract(const Sentence& s) {
    std::vector<RawFeature> out;
    const size_t n = std::min(s.tokens.size(), kMaxTokens);
    std::vector<const Token*> tokens;
    for (size_t k = 0; k < n; ++k) tokens.push_back(&s.tokens[k]);
    std::vector<bool> covered(n, false);
    for (const Quantity& q : extract_quantities(tokens, doc_.language)) {
      bool has_digits = false;
      for (size_t k = q.first_token; k <= q.last_token && k < n; ++k)
        has_digits |= s.tokens[k].kind == TokenKind::number;
      if (q.incidental || !has_digits) continue;
      out.push_back({feature_key(kNumber, value_key(q.value)), kNumberWeight, true});
      for (size_t k = q.first_token; k <= q.last_token && k < n; ++k) covered[k] = true;
    }
    for (size_t k = 0; k < n; ++k) {
      const Token& t = s.tokens[k];
      if (t.kind == TokenKind::number && !covered[k]) {
        std::string digits;
        for (char c : t.folded)
          if (c >= '0' && c <= '9') digits += c;
        if (!digits.empty()) out.push_back({feature_key(kNumber, digits), kNumberWeight, true});
      } else if (t.kind == TokenKind::punct || t.kind == TokenKind::symbol) {
        const std::string_view mark = mark_key(t.text);
        if (!mark.empty()) out.push_back({feature_key(kMark, mark), kMarkWeight});
      } else if (t.kind == TokenKind::word) {
        add_word(t, out);
      }
    }
    return out;
  }

 private:
  void add_word(const Token& t, std::vector<RawFeature>& out) {
    if (is_opaque(t)) return;
    const UChar32 c = first_code_point(t.text);
    if (!u_isalpha(c)) return;
    if (u_isupper(c) && !stopwords_.find(t.folded)) {
      // Two keys, three and four symbols long: inflection changes a name's ending.
      const std::string key = name_skeleton(romanize_(t.folded));
      if (key.size() >= 2) {
        out.push_back({feature_key(kName, key.substr(0, 3)), kNameWeight / 2});
        if (key.size() >= 4) out.push_back({feature_key(kName, key.substr(0, 4)), kNameWeight / 2});
      }
    }
    for (size_t k = 0; k < links_.size(); ++k) {
      // One channel per link set: a dictionary pair and a learned pair of the same words
      // are two pieces of evidence.
      const auto channel = static_cast<Channel>(kWord + 16 * k);
      const auto [links, is_source] = links_[k];
      if (is_source) {
        if (links->source_stems.count(t.stem))
          out.push_back({feature_key(channel, t.stem), kWordWeight});
        continue;
      }
      auto it = links->concepts.find(t.stem);
      if (it == links->concepts.end()) continue;
      const auto w = static_cast<float>(kWordWeight / std::sqrt(double(it->second.size())));
      for (const std::string& concept_stem : it->second)
        out.push_back({feature_key(channel, concept_stem), w});
    }
  }

  const Document& doc_;
  const WordList& stopwords_;
  std::vector<std::pair<const WordLinks*, bool>> links_;
  Romanizer romanize_;
};

}  // namespace

std::optional<WordLinks> dictionary_links(const Document& original,
                                          const std::vector<int>& original_ids,
                                          const Document& rendition,
                                          const std::vector<int>& rendition_ids,
                                          const AlignOptions& options) {
  WordLinks links;
  std::optional<BilingualDictionary> dict =
      BilingualDictionary::open(options.dictionary_dir, original.language, rendition.language);
  if (!dict) {
    dict = BilingualDictionary::open(options.dictionary_dir, rendition.language, original.language);
    links.source_is_original = false;
  }
  if (!dict) return std::nullopt;
  const Document& source = links.source_is_original ? original : rendition;
  const Document& target = links.source_is_original ? rendition : original;
  const std::vector<int>& source_ids = links.source_is_original ? original_ids : rendition_ids;
  const WordList& stopwords = word_list(source.language, WordListKind::stopwords);
  // Each distinct content word of the source side, with the forms to look up.
  std::unordered_map<std::string, std::string> stem_of;  // folded -> stem
  for (int id : source_ids)
    for (const Token& t : source.sentences[static_cast<size_t>(id)].tokens)
      if (is_content_word(t, stopwords)) stem_of.emplace(t.folded, t.stem);
  std::vector<std::vector<std::string>> queries;
  std::vector<const std::string*> stems;
  for (const auto& [folded, stem] : stem_of) {
    queries.push_back(lookup_forms(folded, source.language));
    stems.push_back(&stem);
  }
  const std::vector<std::vector<std::string>> translations = dict->translate(queries);
  const Stemmer stem_target(target.language);
  std::unordered_map<std::string, std::string> target_stem_cache;
  for (size_t w = 0; w < translations.size(); ++w) {
    const std::string& stem = *stems[w];
    for (const std::string& word : translations[w]) {
      auto [at, fresh] = target_stem_cache.emplace(word, std::string());
      if (fresh) at->second = stem_target(word);
      std::vector<std::string>& list = links.concepts[at->second];
      if (std::find(list.begin(), list.end(), stem) == list.end()) list.push_back(stem);
    }
    if (!translations[w].empty()) links.source_stems.insert(stem);
  }
  if (links.source_stems.empty()) return std::nullopt;
  for (auto it = links.concepts.begin(); it != links.concepts.end();)
    it = it->second.size() > kMaxConcepts ? links.concepts.erase(it) : std::next(it);
  return links;
}

WordLinks learn_links(const Document& original, const std::vector<int>& original_ids,
                      const Document& rendition, const std::vector<int>& rendition_ids,
                      const std::vector<SearchBead>& matches, const AlignOptions& options) {
  // Each bead's distinct content stems on each side, as dense ids.
  std::unordered_map<std::string, int> ids_e, ids_f;
  std::vector<std::string> words_e, words_f;
  auto bead_words = [](const Document& doc, const std::vector<int>& sentence_ids, int begin,
                       int end, std::unordered_map<std::string, int>& ids,
                       std::vector<std::string>& words) {
    const WordList& stopwords = word_list(doc.language, WordListKind::stopwords);
    std::vector<int> out;
    for (int k = begin; k < end; ++k)
      for (const Token& t :
           doc.sentences[static_cast<size_t>(sentence_ids[static_cast<size_t>(k)])].tokens) {
        if (!is_content_word(t, stopwords)) continue;
        auto [it, fresh] = ids.emplace(t.stem, static_cast<int>(words.size()));
        if (fresh) words.push_back(t.stem);
        out.push_back(it->second);
      }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  std::vector<int> count_e, count_f;
  std::unordered_map<uint64_t, int> together;
  for (const SearchBead& b : matches) {
    const std::vector<int> e =
        bead_words(original, original_ids, b.original_begin, b.original_end, ids_e, words_e);
    const std::vector<int> f =
        bead_words(rendition, rendition_ids, b.rendition_begin, b.rendition_end, ids_f, words_f);
    count_e.resize(words_e.size(), 0);
    count_f.resize(words_f.size(), 0);
    for (int x : e) ++count_e[static_cast<size_t>(x)];
    for (int y : f) ++count_f[static_cast<size_t>(y)];
    for (int x : e)
      for (int y : f) ++together[(static_cast<uint64_t>(x) << 32) | static_cast<uint32_t>(y)];
  }
  // Candidate pairs, and each word's two best partners by Dice.
  struct Pair {
    int e, f;
    double dice;
  };
  std::vector<Pair> pairs;
  for (const auto& [key, n] : together) {
    if (n < options.cross_learn_count) continue;
    const int e = static_cast<int>(key >> 32), f = static_cast<int>(key & 0xFFFFFFFFu);
    const double dice =
        2.0 * n / double(count_e[static_cast<size_t>(e)] + count_f[static_cast<size_t>(f)]);
    if (dice >= options.cross_learn_dice) pairs.push_back({e, f, dice});
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
    return x.dice != y.dice ? x.dice > y.dice : std::tie(x.e, x.f) < std::tie(y.e, y.f);
  });
  constexpr int kBest = 2;
  std::vector<int> rank_e(words_e.size(), 0), rank_f(words_f.size(), 0);
  std::vector<Pair> best_e, best_f;
  for (const Pair& p : pairs) {
    if (rank_e[static_cast<size_t>(p.e)] < kBest) {
      ++rank_e[static_cast<size_t>(p.e)];
      best_e.push_back(p);
    }
  }
  for (const Pair& p : pairs)
    if (rank_f[static_cast<size_t>(p.f)] < kBest) {
      ++rank_f[static_cast<size_t>(p.f)];
      best_f.push_back(p);
    }
  WordLinks links;
  for (const Pair& p : best_e) {
    const bool mutual = std::any_of(best_f.begin(), best_f.end(),
                                    [&](const Pair& q) { return q.e == p.e && q.f == p.f; });
    if (!mutual) continue;
    const std::string& e = words_e[static_cast<size_t>(p.e)];
    links.source_stems.insert(e);
    links.concepts[words_f[static_cast<size_t>(p.f)]].push_back(e);
  }
  return links;
}

std::string name_skeleton(std::string_view s) {
  std::string out;
  auto push = [&](char c) {
    if (out.empty() || out.back() != c) out += c;
  };
  for (size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (c < 'a' || c > 'z') continue;
    switch (c) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
      case 'y':
      case 'j':
        push('V');
        break;
      case 'h':
        break;
      case 'w':
        push('v');
        break;
      case 'c':
      case 'q':
        push('k');
        break;
      case 'z':
        push('s');
        break;
      case 'p':
        if (k + 1 < s.size() && s[k + 1] == 'h') {
          push('f');
          ++k;
        } else {
          push('p');
        }
        break;
      case 'x':
        push('k');
        push('s');
        break;
      default:
        push(c);
    }
  }
  return out;
}

bool languages_differ(const Document& original, const Document& rendition) {
  const std::string_view a = primary(original.language), b = primary(rendition.language);
  return !a.empty() && !b.empty() && a != "und" && b != "und" && a != b;
}

CrossProfiles cross_profiles(const Document& original, const std::vector<int>& original_ids,
                             const Document& rendition, const std::vector<int>& rendition_ids,
                             const std::vector<const WordLinks*>& links) {
  CrossProfiles out;

  std::unordered_map<uint64_t, uint32_t> ids;
  std::vector<uint32_t> df;
  std::vector<uint8_t> present;  // bit 1: on the original side, bit 2: on the rendition side
  auto profile_side = [&](const Document& doc, const std::vector<int>& sentence_ids,
                          bool is_original, std::vector<std::vector<RawFeature>>& raw,
                          std::vector<bool>& paragraph_end, double& total) {
    std::vector<std::pair<const WordLinks*, bool>> sides;
    for (const WordLinks* l : links) sides.push_back({l, l->source_is_original == is_original});
    CrossExtractor extractor(doc, std::move(sides));
    raw.resize(sentence_ids.size());
    paragraph_end.assign(sentence_ids.size(), false);
    for (size_t k = 0; k < sentence_ids.size(); ++k) {
      const Sentence& s = doc.sentences[static_cast<size_t>(sentence_ids[k])];
      total += s.end - s.start;
      const size_t next = static_cast<size_t>(sentence_ids[k]) + 1;
      paragraph_end[k] =
          next >= doc.sentences.size() || doc.sentences[next].paragraph != s.paragraph;
      raw[k] = extractor.extract(s);
      std::unordered_set<uint64_t> seen;
      for (const RawFeature& f : raw[k]) {
        auto [it, fresh] = ids.emplace(f.key, static_cast<uint32_t>(df.size()));
        if (fresh) {
          df.push_back(0);
          present.push_back(0);
        }
        present[it->second] |= is_original ? 1 : 2;
        if (seen.insert(f.key).second) ++df[it->second];
      }
    }
  };
  std::vector<std::vector<RawFeature>> raw_o, raw_r;
  double length_o = 0.0, length_r = 0.0;
  profile_side(original, original_ids, true, raw_o, out.original_paragraph_end, length_o);
  profile_side(rendition, rendition_ids, false, raw_r, out.rendition_paragraph_end, length_r);
  if (length_o > 0.0 && length_r > 0.0) out.length_ratio = length_r / length_o;

  const double n = static_cast<double>(original_ids.size() + rendition_ids.size());
  auto finish = [&](const Document& doc, const std::vector<int>& sentence_ids,
                    std::vector<std::vector<RawFeature>>& raw, std::vector<SentenceProfile>& side,
                    std::vector<std::vector<uint32_t>>& figures) {
    side.resize(raw.size());
    figures.resize(raw.size());
    for (size_t k = 0; k < raw.size(); ++k) {
      std::vector<std::pair<uint32_t, float>> features;
      for (const RawFeature& f : raw[k]) {
        const uint32_t id = ids.at(f.key);
        features.push_back({id, f.weight});
        // Only figures the other document has too: one written out in words there is no
        // evidence against any pair.
        if (f.figure && present[id] == 3) figures[k].push_back(id);
      }
      std::sort(figures[k].begin(), figures[k].end());
      figures[k].erase(std::unique(figures[k].begin(), figures[k].end()), figures[k].end());
      std::sort(features.begin(), features.end());
      SentenceProfile& p = side[k];
      const Sentence& s = doc.sentences[static_cast<size_t>(sentence_ids[k])];
      p.length = s.end - s.start;
      for (size_t i = 0; i < features.size();) {
        const uint32_t id = features[i].first;
        float tf = 0.0f;
        for (; i < features.size() && features[i].first == id; ++i) tf += features[i].second;
        const auto idf = static_cast<float>(std::log((n + 1.0) / static_cast<double>(df[id])));
        const float w = (tf <= 1.0f ? tf : 1.0f + std::log(tf)) * idf;
        p.terms.ids.push_back(id);
        p.terms.weights.push_back(w);
        p.norm2 += double(w) * double(w);
      }
    }
  };
  finish(original, original_ids, raw_o, out.original, out.original_figures);
  finish(rendition, rendition_ids, raw_r, out.rendition, out.rendition_figures);
  return out;
}

}  // namespace driftcheck
