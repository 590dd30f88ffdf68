// Word pairs across two languages: from an installed FreeDict dictionary, and learnt from a
// first alignment of the pair itself.
#include "align/word_links.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <tuple>

#include "align/bilingual_dictionary.h"
#include "lexicon/word_lists.h"
#include "text/stemmer.h"
#include "text/tokenize.h"

namespace driftcheck {
namespace {

// A target word that translates more source words than this links nothing in particular.
constexpr size_t kMaxConcepts = 6;

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
  if (primary_language(language) != "en") return forms;
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

}  // namespace

std::optional<WordLinks> dictionary_links(const Document& original,
                                          const std::vector<int>& original_ids,
                                          const Document& rendition,
                                          const std::vector<int>& rendition_ids,
                                          const AlignOptions& options) {
  WordLinks links;
  std::optional<BilingualDictionary> dict = BilingualDictionary::open(
      options.cross.dictionary_dir, original.language, rendition.language);
  if (!dict) {
    dict = BilingualDictionary::open(options.cross.dictionary_dir, rendition.language,
                                     original.language);
    links.source_is_original = false;
  }
  if (!dict) return std::nullopt;
  const Document& source = links.source_is_original ? original : rendition;
  const Document& target = links.source_is_original ? rendition : original;
  const std::vector<int>& source_ids = links.source_is_original ? original_ids : rendition_ids;
  const WordList& stopwords = word_list(source.language, WordListKind::stopwords);
  // Each distinct content word of the source side, with
  // the forms to look up.
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
  // Each bead's distinct content stems on each side, as
  // dense ids.
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
  // Candidate pairs, and each word's two best partners by
  // Dice.
  struct Pair {
    int e, f;
    double dice;
  };
  std::vector<Pair> pairs;
  for (const auto& [key, n] : together) {
    if (n < options.cross.learn_count) continue;
    const int e = static_cast<int>(key >> 32), f = static_cast<int>(key & 0xFFFFFFFFu);
    const double dice =
        2.0 * n / double(count_e[static_cast<size_t>(e)] + count_f[static_cast<size_t>(f)]);
    if (dice >= options.cross.learn_dice) pairs.push_back({e, f, dice});
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

}  // namespace driftcheck
