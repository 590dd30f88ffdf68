// Sentence features: stems, numbers, names, punctuation cues and character n-grams, as one
// sparse TF-IDF vector per sentence. IDF is counted over the two documents' sentences only.
#include "align/similarity.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "align/synonym_memo.h"
#include "align/zones.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"
#include "text/tokenize.h"
#include "values/quantity.h"

namespace driftcheck {
namespace {

// Feature channels, hashed into the key so that a stem and an n-gram never collide.
enum Channel : uint64_t { kStem = 1, kNumber = 2, kGram = 3, kPunct = 4, kSynonym = 5 };

uint64_t feature_key(Channel channel, std::string_view s) {
  uint64_t h = 1469598103934665603ull ^ (channel * 0x9E3779B97F4A7C15ull);
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

bool is_latin_letter(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status) == USCRIPT_LATIN;
}

// Share of a document's letters (first letter of each word) that are not Latin.
double non_latin_share(const Document& doc, const std::vector<int>& ids) {
  size_t words = 0, other = 0;
  for (int id : ids) {
    for (const Token& t : doc.sentences[static_cast<size_t>(id)].tokens) {
      if (t.kind != TokenKind::word) continue;
      const UChar32 c = first_code_point(t.folded);
      if (!u_isalpha(c)) continue;
      ++words;
      if (!is_latin_letter(c)) ++other;
    }
  }
  return words ? static_cast<double>(other) / static_cast<double>(words) : 0.0;
}

// Digits of a number token without group separators: "200,000" and "200000" meet.
std::string number_key(std::string_view folded) {
  std::string out;
  for (char c : folded)
    if (c != ',' && c != ' ' && c != '\'') out += c;
  return out;
}

bool is_quote_or_question(std::string_view text) {
  static constexpr std::string_view kMarks[] = {"\"",     "'",      "\u201c", "\u201d", "\u2018",
                                                "\u2019", "\u00ab", "\u00bb", "?",      "!"};
  return std::find(std::begin(kMarks), std::end(kMarks), text) != std::end(kMarks);
}

// Transliterates non-Latin words to lower-case ASCII, lazily, one cache per pair.
class Romanizer {
 public:
  explicit Romanizer(std::string_view language) : language_(language) {}
  const std::string& operator()(const std::string& folded) {
    auto it = cache_.find(folded);
    if (it != cache_.end()) return it->second;
    if (!transliterator_ && !failed_) create();
    std::string out = folded;
    if (transliterator_) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(folded);
      transliterator_->transliterate(u);
      out.clear();
      u.toUTF8String(out);
    }
    return cache_.emplace(folded, std::move(out)).first->second;
  }

 private:
  void create() {
    const std::string base = language_.substr(0, language_.find_first_of("-_"));
    // Russian-Latin/BGN costs about 1 ms to create, Any-Latin about 20 ms: prefer the
    // language's own table when there is one.
    const std::string id = base == "ru" ? "Russian-Latin/BGN; Latin-ASCII; Any-Lower"
                                        : "Any-Latin; Latin-ASCII; Any-Lower";
    UErrorCode status = U_ZERO_ERROR;
    transliterator_.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id),
                                                              UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
      transliterator_.reset();
      failed_ = true;
    }
  }

  std::string language_;
  std::unique_ptr<icu::Transliterator> transliterator_;
  bool failed_ = false;
  std::unordered_map<std::string, std::string> cache_;
};

// Feature key -> dense id, in order of first sight: open addressing over a power-of-two
// table (the keys are already hashes), much cheaper than a node-based map.
class FeatureIds {
 public:
  // The id of `key`, and whether it was new.
  std::pair<uint32_t, bool> insert(uint64_t key) {
    if (2 * (count_ + 1) > slots_.size()) grow();
    size_t at = static_cast<size_t>(key) & (slots_.size() - 1);
    while (slots_[at].id != kEmpty) {
      if (slots_[at].key == key) return {slots_[at].id, false};
      at = (at + 1) & (slots_.size() - 1);
    }
    slots_[at] = {key, count_};
    return {count_++, true};
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    uint64_t key = 0;
    uint32_t id = kEmpty;
  };
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(1024, old.size() * 2), Slot{});
    for (const Slot& s : old) {
      if (s.id == kEmpty) continue;
      size_t at = static_cast<size_t>(s.key) & (slots_.size() - 1);
      while (slots_[at].id != kEmpty) at = (at + 1) & (slots_.size() - 1);
      slots_[at] = s;
    }
  }
  std::vector<Slot> slots_;
  uint32_t count_ = 0;
};

struct RawFeature {
  uint64_t key;
  float weight;
};

// Synonym feature keys by folded word, shared by both sides' extractors: the two documents
// mostly use the same words, and WordNet's synonyms were the dearest feature to look up.
using SynonymKeys = std::unordered_map<std::string, std::vector<uint64_t>>;

class FeatureExtractor {
 public:
  FeatureExtractor(const Document& doc, bool romanize, const AlignOptions& options,
                   SynonymKeys& synonym_cache)
      : options_(options),
        stopwords_(word_list(doc.language, WordListKind::stopwords)),
        romanize_(romanize),
        synonyms_(options.synonym_weight > 0.0 && doc.language.rfind("en", 0) == 0),
        romanizer_(doc.language),
        synonym_cache_(synonym_cache),
        language_(doc.language) {}

  std::vector<RawFeature> extract(const Sentence& s) {
    std::vector<RawFeature> out;
    // Figures count by value, so a scale word or another currency notation in the
    // rendition still meets the original's figure; digits no quantity covers (years,
    // designations) count as written.
    const size_t n = std::min(s.tokens.size(), kMaxProfiledTokens);
    covered_.assign(n, false);
    token_ptrs_.clear();
    bool any_number = false;
    for (size_t k = 0; k < n; ++k) {
      token_ptrs_.push_back(&s.tokens[k]);
      any_number |= s.tokens[k].kind == TokenKind::number;
    }
    // Only quantities with digits count below, so a sentence without a number token (most
    // of them) need not be read for quantities and dates at all.
    const std::vector<Quantity> quantities =
        any_number ? extract_quantities(token_ptrs_, language_) : std::vector<Quantity>{};
    for (const Quantity& q : quantities) {
      // Spelled-out figures ("seventy") already count as words; a value key on top would
      // outweigh the rest of a sentence.
      bool has_digits = false;
      for (size_t k = q.first_token; k <= q.last_token && k < n; ++k)
        has_digits |= s.tokens[k].kind == TokenKind::number;
      if (q.incidental || !has_digits) continue;
      const auto weight = static_cast<float>(options_.number_weight);
      out.push_back({feature_key(kNumber, value_key(q.value)), weight});
      if (q.high != q.value) out.push_back({feature_key(kNumber, value_key(q.high)), weight});
      for (size_t k = q.first_token; k <= q.last_token && k < covered_.size(); ++k)
        covered_[k] = true;
    }
    bool first_word = true;
    for (size_t k = 0; k < n; ++k) {
      const Token& t = s.tokens[k];
      switch (t.kind) {
        case TokenKind::number:
          if (!covered_[k])
            out.push_back({feature_key(kNumber, number_key(t.folded)),
                           static_cast<float>(options_.number_weight)});
          break;
        case TokenKind::word:
          add_word(t, first_word, out);
          first_word = false;
          break;
        case TokenKind::punct:
        case TokenKind::symbol:
          if (is_quote_or_question(t.text)) out.push_back({feature_key(kPunct, t.text), 0.5f});
          break;
      }
    }
    return out;
  }

 private:
  void add_word(const Token& t, bool first_word, std::vector<RawFeature>& out) {
    const UChar32 c = first_code_point(t.text);
    const bool foreign = romanize_ && u_isalpha(c) && !is_latin_letter(c);
    const std::string& form = foreign ? romanizer_(t.folded) : t.folded;
    if (!foreign && stopwords_.find(t.folded)) return;
    const bool name = !first_word && u_isupper(c);
    const float weight = name ? static_cast<float>(options_.name_weight) : 1.0f;
    out.push_back({feature_key(kStem, foreign ? form : t.stem), weight});
    add_ngrams(form, out);
    if (synonyms_ && !foreign) add_synonyms(t.folded, out);
  }

  // WordNet lemmas sharing a synset with the word, and the word itself, as one small
  // channel: "saluted" and "greeted" meet on "greet". Cached per word.
  void add_synonyms(const std::string& folded, std::vector<RawFeature>& out) {
    auto it = synonym_cache_.find(folded);
    if (it == synonym_cache_.end()) {
      std::vector<uint64_t> keys = options_.synonym_memo != nullptr
                                       ? options_.synonym_memo->keys(folded, synonym_keys)
                                       : synonym_keys(folded);
      it = synonym_cache_.emplace(folded, std::move(keys)).first;
    }
    if (it->second.empty()) return;
    const auto w =
        static_cast<float>(options_.synonym_weight / std::sqrt(double(it->second.size())));
    for (uint64_t key : it->second) out.push_back({key, w});
  }

  // The feature keys of a word's synonyms and of the word itself; none if it has no synonym.
  static std::vector<uint64_t> synonym_keys(const std::string& folded) {
    std::vector<uint64_t> keys;
    std::vector<std::string> lemmas = WordNet::embedded().synonyms(folded, kMaxSynonyms);
    if (!lemmas.empty()) {
      lemmas.push_back(folded);
      for (const std::string& l : lemmas) keys.push_back(feature_key(kSynonym, l));
    }
    return keys;
  }

  void add_ngrams(const std::string& form, std::vector<RawFeature>& out) {
    // Code point boundaries of "^form$", in buffers reused across words.
    std::vector<size_t>& pos = pos_;
    pos.clear();
    pos.push_back(0);
    const auto* p = reinterpret_cast<const uint8_t*>(form.data());
    const auto size = static_cast<int32_t>(form.size());
    for (int32_t i = 0; i < size;) {
      pos.push_back(static_cast<size_t>(i) + 1);
      UChar32 c = 0;
      U8_NEXT(p, i, size, c);
    }
    const size_t letters = pos.size() - 1;
    if (letters < static_cast<size_t>(options_.min_ngram_word)) return;
    pos.push_back(form.size() + 1);
    padded_.assign(1, '^');
    padded_ += form;
    padded_ += '$';
    pos.push_back(padded_.size());
    const auto n = static_cast<size_t>(options_.char_ngram);
    const size_t grams = pos.size() - 1 >= n ? pos.size() - n : 0;
    if (grams == 0) return;
    const auto weight = static_cast<float>(options_.ngram_weight / std::sqrt(double(grams)));
    const std::string_view padded(padded_);
    for (size_t g = 0; g < grams; ++g)
      out.push_back({feature_key(kGram, padded.substr(pos[g], pos[g + n] - pos[g])), weight});
  }

  static constexpr size_t kMaxSynonyms = 6;
  // Past this many tokens a "sentence" is a run of text with no sentence end (a 5 MB line):
  // its first tokens pair it as well as all of them, which cost seconds and hundreds of MB.
  // No real sentence comes near it; the flagship's longest has 56 words.
  static constexpr size_t kMaxProfiledTokens = 2000;
  const AlignOptions& options_;
  const WordList& stopwords_;
  bool romanize_;
  bool synonyms_;
  Romanizer romanizer_;
  SynonymKeys& synonym_cache_;
  std::string language_;
  std::vector<bool> covered_;
  std::vector<const Token*> token_ptrs_;
  std::vector<size_t> pos_;
  std::string padded_;
};

}  // namespace

std::string value_key(double value) {
  char buffer[32];
  if (value == std::floor(value) && std::abs(value) < 1e15)
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  else
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

double dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0.0;
  size_t i = 0, j = 0;
  const size_t na = a.ids.size(), nb = b.ids.size();
  while (i < na && j < nb) {
    const uint32_t x = a.ids[i], y = b.ids[j];
    if (x == y) {
      sum += double(a.weights[i]) * double(b.weights[j]);
      ++i;
      ++j;
    } else if (x < y) {
      ++i;
    } else {
      ++j;
    }
  }
  return sum;
}

bool PairProfiles::share_anchor(const SentenceProfile& a, const SentenceProfile& b) const {
  size_t i = 0, j = 0;
  while (i < a.terms.ids.size() && j < b.terms.ids.size()) {
    const uint32_t x = a.terms.ids[i], y = b.terms.ids[j];
    if (x == y && anchor_[x]) return true;
    if (x <= y) ++i;
    if (y <= x) ++j;
  }
  return false;
}

double group_cosine(double dot_ab, double norm2_a, double norm2_b) {
  if (norm2_a <= 0.0 || norm2_b <= 0.0) return 0.0;
  return std::clamp(dot_ab / std::sqrt(norm2_a * norm2_b), 0.0, 1.0);
}

PairProfiles::PairProfiles(const Document& original, const std::vector<int>& original_ids,
                           const Document& rendition, const std::vector<int>& rendition_ids,
                           const AlignOptions& options) {
  // Romanize only when the two sides are written in different scripts.
  const double share_o = non_latin_share(original, original_ids);
  const double share_r = non_latin_share(rendition, rendition_ids);
  cross_script_ = std::abs(share_o - share_r) > 0.5;

  FeatureIds ids;
  const auto anchor_weight =
      static_cast<float>(std::min(options.name_weight, options.number_weight));
  std::vector<uint32_t> df;
  std::vector<uint32_t> df_rendition;
  std::vector<uint32_t> last_seen;  // the sentence serial that last counted the feature
  SynonymKeys synonym_cache;

  // Each sentence's features are summed into term frequencies as soon as it is read, so
  // that only one sentence's raw features are held at a time; the weights become TF-IDF
  // once every sentence has been counted.
  std::vector<std::pair<uint32_t, float>> features;
  auto profile_side = [&](const Document& doc, const std::vector<int>& sentence_ids, bool romanize,
                          bool is_rendition, std::vector<SentenceProfile>& out,
                          double& total_length) {
    FeatureExtractor extractor(doc, romanize, options, synonym_cache);
    out.resize(sentence_ids.size());
    for (size_t k = 0; k < sentence_ids.size(); ++k) {
      const Sentence& s = doc.sentences[static_cast<size_t>(sentence_ids[k])];
      total_length += s.end - s.start;
      const uint32_t serial = static_cast<uint32_t>(is_rendition ? original_ids.size() + k : k) + 1;
      features.clear();
      for (const RawFeature& f : extractor.extract(s)) {
        const auto [id, inserted] = ids.insert(f.key);
        if (inserted) {
          df.push_back(0);
          df_rendition.push_back(0);
          last_seen.push_back(0);
          anchor_.push_back(false);
        }
        if (f.weight >= anchor_weight) anchor_[id] = true;
        if (last_seen[id] != serial) {
          last_seen[id] = serial;
          ++df[id];
          if (is_rendition) ++df_rendition[id];
        }
        features.push_back({id, f.weight});
      }
      // By id, then weight: a total order, so the sums below do not depend on the sort.
      std::sort(features.begin(), features.end());
      SentenceProfile& p = out[k];
      p.length = s.end - s.start;
      p.punctuated = ends_like_a_sentence(s);
      // Sized exactly: the profiles of both documents are held through the whole alignment.
      size_t distinct = 0;
      for (size_t i = 0; i < features.size(); ++i)
        distinct += i == 0 || features[i].first != features[i - 1].first;
      p.terms.ids.reserve(distinct);
      p.terms.weights.reserve(distinct);
      for (size_t i = 0; i < features.size();) {
        const uint32_t id = features[i].first;
        float tf = 0.0f;
        for (; i < features.size() && features[i].first == id; ++i) tf += features[i].second;
        p.terms.ids.push_back(id);
        p.terms.weights.push_back(tf);
      }
    }
  };

  double length_o = 0.0, length_r = 0.0;
  profile_side(original, original_ids, cross_script_ && share_o > share_r, false, original_,
               length_o);
  profile_side(rendition, rendition_ids, cross_script_ && share_r > share_o, true, rendition_,
               length_r);
  if (length_o > 0.0 && length_r > 0.0) length_ratio_ = length_r / length_o;

  const double n = static_cast<double>(original_ids.size() + rendition_ids.size());
  std::vector<float> idf(df.size());
  for (size_t id = 0; id < df.size(); ++id)
    idf[id] = static_cast<float>(std::log((n + 1.0) / static_cast<double>(df[id])));

  for (auto* side : {&original_, &rendition_}) {
    for (SentenceProfile& p : *side) {
      for (size_t i = 0; i < p.terms.ids.size(); ++i) {
        const float tf = p.terms.weights[i];
        // Sub-linear term frequency: a word said twice is not twice the evidence.
        const float w = (tf <= 1.0f ? tf : 1.0f + std::log(tf)) * idf[p.terms.ids[i]];
        p.terms.weights[i] = w;
        p.norm2 += double(w) * double(w);
      }
    }
  }
  rendition_df_ = std::move(df_rendition);
}

}  // namespace driftcheck
