// Features that survive translation: figures by value, names by a transliterated spelling
// key, sentence marks, and translated words when a FreeDict dictionary is installed.
#include "align/cross_features.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "align/similarity.h"
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
// Same cap as similarity.cpp: a "sentence" past this many tokens is a run of text.
constexpr size_t kMaxTokens = 2000;

// Question and exclamation marks; every quotation mark is one feature, since languages
// quote differently (“…”, „…“, «…»).
std::string_view mark_key(std::string_view text) {
  if (text == "?" || text == "!") return text;
  static constexpr std::string_view kQuotes[] = {"\"",     "\u201c", "\u201d", "\u201e",
                                                 "\u00ab", "\u00bb", "\u2039", "\u203a"};
  if (std::find(std::begin(kQuotes), std::end(kQuotes), text) != std::end(kQuotes)) return "q";
  return {};
}

// Any script to lower-case ASCII, cached per word. One transliterator per kind of script,
// each created on first use: Latin-ASCII for Latin letters with marks (German's umlauts),
// Russian-Latin/BGN for Cyrillic (about 1 ms to create), Any-Latin only for other scripts
// (about 20 ms, design.md).
class Romanizer {
 public:
  const std::string& operator()(const std::string& folded) {
    auto it = cache_.find(folded);
    if (it != cache_.end()) return it->second;
    bool ascii = true;
    for (unsigned char c : folded) ascii &= c < 0x80;
    std::string out = folded;
    if (!ascii) {
      out.clear();
      if (icu::Transliterator* t = transliterator(folded)) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(folded);
        t->transliterate(u);
        u.toUTF8String(out);
      }
    }
    return cache_.emplace(folded, std::move(out)).first->second;
  }

 private:
  icu::Transliterator* transliterator(const std::string& word) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(first_code_point(word), &status);
    const size_t kind = script == USCRIPT_LATIN ? 0 : script == USCRIPT_CYRILLIC ? 1 : 2;
    static constexpr const char* kIds[] = {"Latin-ASCII; Any-Lower",
                                           "Russian-Latin/BGN; Latin-ASCII; Any-Lower",
                                           "Any-Latin; Latin-ASCII; Any-Lower"};
    if (!transliterators_[kind] && !failed_[kind]) {
      status = U_ZERO_ERROR;
      transliterators_[kind].reset(
          icu::Transliterator::createInstance(kIds[kind], UTRANS_FORWARD, status));
      if (U_FAILURE(status)) {
        transliterators_[kind].reset();
        failed_[kind] = true;
      }
    }
    return transliterators_[kind].get();
  }
  std::unique_ptr<icu::Transliterator> transliterators_[3];
  bool failed_[3] = {false, false, false};
  std::unordered_map<std::string, std::string> cache_;
};

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

double shared_word_share(const Document& original, const std::vector<int>& original_ids,
                         const Document& rendition, const std::vector<int>& rendition_ids) {
  auto counted = [](const Token& t) {
    return t.kind == TokenKind::word && t.end - t.start >= 4 &&
           u_isalpha(first_code_point(t.folded));
  };
  std::unordered_set<std::string_view> seen;
  for (int id : original_ids)
    for (const Token& t : original.sentences[static_cast<size_t>(id)].tokens)
      if (counted(t)) seen.insert(t.folded);
  size_t words = 0, shared = 0;
  for (int id : rendition_ids)
    for (const Token& t : rendition.sentences[static_cast<size_t>(id)].tokens)
      if (counted(t)) {
        ++words;
        shared += seen.count(t.folded);
      }
  return words ? static_cast<double>(shared) / static_cast<double>(words) : 0.0;
}

bool languages_differ(const Document& original, const Document& rendition) {
  const std::string_view a = primary_language(original.language),
                         b = primary_language(rendition.language);
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
