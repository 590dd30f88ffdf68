// WordNet lookups over the table compiled in at build time: morphy, senses, synonyms,
// antonyms. relate() lives in wordnet_relate.cpp.
#include "lexicon/wordnet.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "lexicon/wordnet_table.h"

// Defined by wordnet_blob.S (the table written by tools/wordnet_compile.cpp).
extern "C" {
extern const unsigned char driftcheck_wordnet_begin[];
extern const unsigned char driftcheck_wordnet_end[];
}

namespace driftcheck {
namespace wordnet_table {

namespace {

template <typename T>
std::span<const T> section(std::span<const std::byte> bytes, std::uint32_t offset,
                           std::uint32_t count) {
  // The compiler aligns every section to 16 bytes, so the records can be used in place.
  return {reinterpret_cast<const T*>(bytes.data() + offset), count};
}

struct Rule {
  std::string_view suffix, ending;
};
// WordNet's detachment rules (morphy(7WN)), per part of speech.
constexpr Rule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjectiveRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

std::span<const Rule> rules(int pos) {
  switch (pos) {
    case 0:
      return kNounRules;
    case 1:
      return kVerbRules;
    case 2:
      return kAdjectiveRules;
    default:
      return {};
  }
}

void add_if_lemma(const Table& table, std::string_view form, int pos,
                  std::vector<std::uint32_t>& out) {
  std::int64_t id = table.find_lemma(form);
  if (id < 0 || table.senses(static_cast<std::uint32_t>(id), pos).empty()) return;
  auto lemma = static_cast<std::uint32_t>(id);
  if (std::find(out.begin(), out.end(), lemma) == out.end()) out.push_back(lemma);
}

// Morphy for one word: the word itself, its exception-list bases, else its rule forms.
void single_base_lemmas(const Table& table, std::string_view word, int pos,
                        std::vector<std::uint32_t>& out) {
  add_if_lemma(table, word, pos, out);
  auto listed = table.exceptions(word, pos);
  for (const auto& e : listed) add_if_lemma(table, table.text(e.base, e.base_length), pos, out);
  if (!listed.empty()) return;
  std::string form;
  for (const Rule& rule : rules(pos)) {
    if (word.size() <= rule.suffix.size() || !word.ends_with(rule.suffix)) continue;
    form.assign(word.substr(0, word.size() - rule.suffix.size()));
    form += rule.ending;
    add_if_lemma(table, form, pos, out);
  }
}

}  // namespace

Table::Table(std::span<const std::byte> bytes) {
  wf::Header h;
  std::memcpy(&h, bytes.data(), sizeof(h));
  strings_ = reinterpret_cast<const char*>(bytes.data() + h.strings);
  lemmas_ = section<wf::Lemma>(bytes, h.lemmas, h.lemma_count);
  prefixes_ = section<std::uint32_t>(bytes, h.prefixes, wf::kPrefixCount + 1);
  senses_ = section<std::uint32_t>(bytes, h.senses, h.sense_count);
  synsets_ = section<wf::Synset>(bytes, h.synsets, h.synset_count);
  members_ = section<std::uint32_t>(bytes, h.members, h.member_count);
  pointers_ = section<wf::Pointer>(bytes, h.pointers, h.pointer_count);
  for (int pos = 0; pos < wf::kPosCount; ++pos) {
    exceptions_[pos] = section<wf::Exception>(bytes, h.exceptions[pos], h.exception_count[pos]);
  }
}

std::string normalize(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ') c = '_';
  }
  return out;
}

void base_lemmas(const Table& table, std::string_view word, int pos,
                 std::vector<std::uint32_t>& out) {
  // No lemma or exception form of WordNet 3.0 is longer than 71 bytes, and morphy detaches at
  // most four: a longer word has no base form, and trying its rules would copy it for nothing.
  if (word.size() > kMaxLookupBytes) return;
  std::size_t before = out.size();
  single_base_lemmas(table, word, pos, out);
  auto space = word.find('_');
  if (out.size() != before || space == std::string_view::npos) return;
  // A multiword expression inflects in one word: the first for verbs ("brought_down"),
  // the last otherwise ("prisoners_of_war" is an exception WordNet lists itself).
  bool head_first = pos == 1;
  auto split = head_first ? space : word.rfind('_') + 1;
  std::string_view head = head_first ? word.substr(0, split) : word.substr(split);
  std::vector<std::uint32_t> heads;
  single_base_lemmas(table, head, pos, heads);
  for (std::uint32_t h : heads) {
    std::string form = head_first
                           ? std::string(table.lemma_text(h)) + std::string(word.substr(split))
                           : std::string(word.substr(0, split)) + std::string(table.lemma_text(h));
    add_if_lemma(table, form, pos, out);
  }
}

void collect_senses(const Table& table, std::string_view word, int max_senses,
                    std::vector<Sense>& senses, std::vector<std::uint32_t>& lemmas) {
  std::vector<std::uint32_t> bases;
  for (int pos = 0; pos < wf::kPosCount; ++pos) {
    bases.clear();
    base_lemmas(table, word, pos, bases);
    for (std::uint32_t lemma : bases) {
      auto synsets = table.senses(lemma, pos);
      if (max_senses > 0 && synsets.size() > static_cast<std::size_t>(max_senses)) {
        synsets = synsets.first(static_cast<std::size_t>(max_senses));
      }
      for (std::uint32_t s : synsets) senses.push_back({s, lemma});
      if (std::find(lemmas.begin(), lemmas.end(), lemma) == lemmas.end()) lemmas.push_back(lemma);
    }
  }
}

}  // namespace wordnet_table

namespace {

using wordnet_table::Table;

std::string display(std::string_view lemma) {
  std::string out(lemma);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

// display(a) < display(b), without building either: bytewise, '_' read as ' '.
bool display_less(std::string_view a, std::string_view b) {
  const auto byte = [](char c) { return static_cast<unsigned char>(c == '_' ? ' ' : c); };
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (byte(a[i]) != byte(b[i])) return byte(a[i]) < byte(b[i]);
  }
  return a.size() < b.size();
}

std::vector<std::string> sorted_unique(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

}  // namespace

WordNet::WordNet(std::span<const std::byte> table) : bytes_(table) {}

const WordNet& WordNet::embedded() {
  static const WordNet instance(std::span<const std::byte>(
      reinterpret_cast<const std::byte*>(driftcheck_wordnet_begin),
      static_cast<std::size_t>(driftcheck_wordnet_end - driftcheck_wordnet_begin)));
  return instance;
}

std::vector<std::string> WordNet::base_forms(std::string_view word, PartOfSpeech pos) const {
  Table table(bytes_);
  std::vector<std::uint32_t> lemmas;
  wordnet_table::base_lemmas(table, wordnet_table::normalize(word), static_cast<int>(pos), lemmas);
  std::vector<std::string> out;
  for (std::uint32_t l : lemmas) out.push_back(display(table.lemma_text(l)));
  return out;
}

bool WordNet::knows(std::string_view word, PartOfSpeech pos) const {
  Table table(bytes_);
  std::vector<std::uint32_t> lemmas;
  wordnet_table::base_lemmas(table, wordnet_table::normalize(word), static_cast<int>(pos), lemmas);
  return !lemmas.empty();
}

bool WordNet::is_lemma(std::string_view word) const {
  // One table for all parts of speech: its memo of lemma searches then spans them, and
  // morphy tries the same forms for each.
  Table table(bytes_);
  const std::string normalized = wordnet_table::normalize(word);
  std::vector<std::uint32_t> lemmas;
  for (int pos = 0; pos < wordnet_format::kPosCount; ++pos) {
    wordnet_table::base_lemmas(table, normalized, pos, lemmas);
    if (!lemmas.empty()) return true;
  }
  return false;
}

std::vector<std::string> WordNet::antonyms(std::string_view word) const {
  Table table(bytes_);
  std::vector<wordnet_table::Sense> senses;
  std::vector<std::uint32_t> lemmas;
  wordnet_table::collect_senses(table, wordnet_table::normalize(word), 0, senses, lemmas);
  std::vector<std::string> out;
  auto add_antonyms = [&](std::uint32_t synset, std::int64_t from_lemma) {
    for (const auto& p : table.pointers(synset)) {
      if (p.type != wordnet_format::kAntonym) continue;
      if (from_lemma >= 0 && p.source_word != 0 &&
          table.member(synset, p.source_word) != from_lemma)
        continue;
      out.push_back(display(table.lemma_text(table.member(p.target, p.target_word))));
    }
  };
  for (const auto& sense : senses) {
    add_antonyms(sense.synset, sense.lemma);
    for (const auto& p : table.pointers(sense.synset)) {  // a satellite's head's antonyms
      if (p.type == wordnet_format::kSimilar && table.synset(sense.synset).pos == 2)
        add_antonyms(p.target, -1);
    }
  }
  return sorted_unique(std::move(out));
}

std::vector<std::string> WordNet::synonyms(std::string_view word, std::size_t limit) const {
  Table table(bytes_);
  std::vector<wordnet_table::Sense> senses;
  std::vector<std::uint32_t> lemmas;
  wordnet_table::collect_senses(table, wordnet_table::normalize(word), 0, senses, lemmas);
  // A common word's senses share most of their members: dedupe the lemma ids first, so that
  // each synonym is spelled out and sorted once rather than once per shared synset.
  std::vector<std::uint32_t> members;
  for (const auto& sense : senses) {
    for (std::uint32_t m : table.members(sense.synset)) {
      if (std::find(lemmas.begin(), lemmas.end(), m) == lemmas.end()) members.push_back(m);
    }
  }
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  // In the order of the spelled-out strings, so that they need no sort of their own; only
  // the first `limit` of them when that is all the caller takes.
  const auto in_display_order = [&](std::uint32_t x, std::uint32_t y) {
    return display_less(table.lemma_text(x), table.lemma_text(y));
  };
  const auto spell = [&](std::size_t count) {
    std::vector<std::string> out;
    out.reserve(count);
    for (std::size_t k = 0; k < count && out.size() < limit; ++k) {
      std::string synonym = display(table.lemma_text(members[k]));
      if (out.empty() || out.back() != synonym) out.push_back(std::move(synonym));
    }
    return out;
  };
  if (limit < members.size()) {
    std::partial_sort(members.begin(), members.begin() + static_cast<std::ptrdiff_t>(limit),
                      members.end(), in_display_order);
    std::vector<std::string> first = spell(limit);
    // Two lemmas spelled alike would leave a place free for the next one: sort them all.
    if (first.size() == limit) return first;
  }
  std::sort(members.begin(), members.end(), in_display_order);
  return spell(members.size());
}

const char* to_string(WordRelation relation) {
  switch (relation) {
    case WordRelation::same_lemma:
      return "same_lemma";
    case WordRelation::synonym:
      return "synonym";
    case WordRelation::similar:
      return "similar";
    case WordRelation::derivation:
      return "derivation";
    case WordRelation::hypernym:
      return "hypernym";
    case WordRelation::hyponym:
      return "hyponym";
    case WordRelation::coordinate:
      return "coordinate";
    case WordRelation::antonym:
      return "antonym";
    case WordRelation::unrelated:
      return "unrelated";
    case WordRelation::unknown:
      return "unknown";
  }
  return "unknown";
}

}  // namespace driftcheck
