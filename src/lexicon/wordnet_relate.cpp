// WordNet::relate: the closest relation between any senses of two words.
//
// Order of the checks (first hit wins): same lemma; an antonym pointer between the actual
// senses; a shared synset; an antonym reached through one derivation or a similar-to head;
// similar; derivation; hypernym; hyponym; coordinate (nouns only, up to cousins). Senses are few
// (tens), so every check is a scan over the pointers of one side's senses with a binary search in
// the other side's sorted synset ids: no allocation beyond two small vectors per word.
#include <algorithm>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

#include "lexicon/wordnet.h"
#include "lexicon/wordnet_table.h"

namespace driftcheck {
namespace {

using wordnet_table::Sense;
using wordnet_table::Table;
namespace wf = wordnet_format;

constexpr int kNoun = 0;
constexpr int kAdjective = 2;

struct Word {
  std::vector<Sense> senses;
  std::vector<std::uint32_t> lemmas;
  std::vector<std::uint32_t> synsets;  // sorted, unique

  bool has(std::uint32_t synset) const {
    return std::binary_search(synsets.begin(), synsets.end(), synset);
  }
};

Word collect(const Table& table, std::string_view text, int max_senses) {
  Word word;
  wordnet_table::collect_senses(table, wordnet_table::normalize(text), max_senses, word.senses,
                                word.lemmas);
  for (const Sense& s : word.senses) word.synsets.push_back(s.synset);
  std::sort(word.synsets.begin(), word.synsets.end());
  word.synsets.erase(std::unique(word.synsets.begin(), word.synsets.end()), word.synsets.end());
  return word;
}

// Lexical pointers (antonym, derivation) hold between two words, not whole synsets:
// only follow those that leave from the word we reached the synset through.
bool leaves_from(const Table& table, const Sense& sense, const wf::Pointer& p) {
  return p.source_word == 0 || table.member(sense.synset, p.source_word) == sense.lemma;
}

template <typename Visit>
bool any_pointer(const Table& table, const Word& word, Visit visit) {
  for (const Sense& sense : word.senses) {
    for (const wf::Pointer& p : table.pointers(sense.synset)) {
      if (visit(sense, p)) return true;
    }
  }
  return false;
}

// An antonym of a derivationally related form ("success" -> "succeed" ! "fail" ...).
bool derived_antonym(const Table& table, const Word& a, const Word& b) {
  return any_pointer(table, a, [&](const Sense& sense, const wf::Pointer& d) {
    if (d.type != wf::kDerivation || !leaves_from(table, sense, d)) return false;
    Sense derived{d.target, d.target_word ? table.member(d.target, d.target_word) : sense.lemma};
    for (const wf::Pointer& p : table.pointers(derived.synset)) {
      if (p.type == wf::kAntonym && leaves_from(table, derived, p) && b.has(p.target)) return true;
    }
    return false;
  });
}

// Adjective clusters: a satellite's head, the head's antonym, and that antonym's satellites
// ("parched" -> "dry" ! "wet" -> "soggy").
bool cluster_antonym(const Table& table, const Word& a, const Word& b) {
  auto antonym_cluster = [&](std::uint32_t head) {
    for (const wf::Pointer& p : table.pointers(head)) {
      if (p.type != wf::kAntonym) continue;
      if (b.has(p.target)) return true;
      for (const wf::Pointer& q : table.pointers(p.target)) {
        if (q.type == wf::kSimilar && b.has(q.target)) return true;
      }
    }
    return false;
  };
  for (const Sense& sense : a.senses) {
    if (table.synset(sense.synset).pos != kAdjective) continue;
    if (antonym_cluster(sense.synset)) return true;
    for (const wf::Pointer& p : table.pointers(sense.synset)) {
      if (p.type == wf::kSimilar && antonym_cluster(p.target)) return true;
    }
  }
  return false;
}

// b is a hypernym of a: one hop, or two for nouns (verb hierarchies are shallow and broad).
bool has_hypernym(const Table& table, const Word& a, const Word& b) {
  return any_pointer(table, a, [&](const Sense&, const wf::Pointer& p) {
    if (p.type != wf::kHypernym) return false;
    if (b.has(p.target)) return true;
    if (table.synset(p.target).pos != kNoun) return false;
    for (const wf::Pointer& q : table.pointers(p.target)) {
      if (q.type == wf::kHypernym && b.has(q.target)) return true;
    }
    return false;
  });
}

// Nouns under one direct hypernym ("bar", "rod" under "implement"); also adjective
// satellites of one head ("arid", "parched" under "dry"), which are near-synonyms.
bool shares_parent(const Table& table, const Word& a, const Word& b, std::uint8_t type, int pos) {
  std::vector<std::uint32_t> parents;
  for (const Sense& s : b.senses) {
    if (table.synset(s.synset).pos != pos) continue;
    for (const wf::Pointer& p : table.pointers(s.synset)) {
      if (p.type == type) parents.push_back(p.target);
    }
  }
  std::sort(parents.begin(), parents.end());
  return any_pointer(table, a, [&](const Sense& s, const wf::Pointer& p) {
    return p.type == type && table.synset(s.synset).pos == pos &&
           std::binary_search(parents.begin(), parents.end(), p.target);
  });
}

// Nouns one or two hops under one hypernym: sisters, or cousins ("cat" under "feline",
// "dog" under "canine", both under "carnivore"). Kinds of one thing, never the same thing.
bool shares_ancestor(const Table& table, const Word& a, const Word& b) {
  auto ancestors = [&](const Word& w) {
    std::vector<std::uint32_t> out;
    for (const Sense& s : w.senses) {
      if (table.synset(s.synset).pos != kNoun) continue;
      for (const wf::Pointer& p : table.pointers(s.synset)) {
        if (p.type != wf::kHypernym) continue;
        out.push_back(p.target);
        for (const wf::Pointer& q : table.pointers(p.target))
          if (q.type == wf::kHypernym) out.push_back(q.target);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::vector<std::uint32_t> of_a = ancestors(a), of_b = ancestors(b);
  for (std::uint32_t x : of_a)
    if (std::binary_search(of_b.begin(), of_b.end(), x)) return true;
  return false;
}

bool intersects(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  for (std::uint32_t x : a) {
    if (std::binary_search(b.begin(), b.end(), x)) return true;
  }
  return false;
}

// The direct links from one word's senses to the other's, found in one scan of its pointers
// (the checks below asked for them one type at a time, a scan each).
struct DirectLinks {
  bool antonym = false;
  bool similar = false;
  bool derivation = false;
};

DirectLinks direct_links(const Table& table, const Word& from, const Word& to) {
  static constexpr std::uint8_t kSimilarTypes[] = {wf::kSimilar, wf::kAlsoSee, wf::kVerbGroup,
                                                   wf::kParticiple, wf::kPertainym};
  DirectLinks links;
  any_pointer(table, from, [&](const Sense& sense, const wf::Pointer& p) {
    if (p.type == wf::kAntonym || p.type == wf::kDerivation) {
      if (!leaves_from(table, sense, p) || !to.has(p.target)) return false;
      (p.type == wf::kAntonym ? links.antonym : links.derivation) = true;
    } else if (std::find(std::begin(kSimilarTypes), std::end(kSimilarTypes), p.type) !=
                   std::end(kSimilarTypes) &&
               to.has(p.target)) {
      links.similar = true;
    }
    return links.antonym && links.similar && links.derivation;
  });
  return links;
}

WordRelation relate_words(const Table& table, const Word& a, const Word& b) {
  if (a.lemmas.empty() || b.lemmas.empty()) return WordRelation::unknown;
  for (std::uint32_t l : a.lemmas) {
    if (std::find(b.lemmas.begin(), b.lemmas.end(), l) != b.lemmas.end())
      return WordRelation::same_lemma;
  }
  const DirectLinks ab = direct_links(table, a, b), ba = direct_links(table, b, a);
  if (ab.antonym || ba.antonym) return WordRelation::antonym;
  if (intersects(a.synsets, b.synsets)) return WordRelation::synonym;
  if (derived_antonym(table, a, b) || derived_antonym(table, b, a) ||
      cluster_antonym(table, a, b) || cluster_antonym(table, b, a))
    return WordRelation::antonym;
  if (ab.similar || ba.similar || shares_parent(table, a, b, wf::kSimilar, kAdjective))
    return WordRelation::similar;
  if (ab.derivation || ba.derivation) return WordRelation::derivation;
  if (has_hypernym(table, a, b)) return WordRelation::hypernym;
  if (has_hypernym(table, b, a)) return WordRelation::hyponym;
  if (shares_ancestor(table, a, b)) return WordRelation::coordinate;
  return WordRelation::unrelated;
}

}  // namespace

// By sense limit, then by the word as asked.
struct WordNetMemo::Senses {
  std::unordered_map<int, std::unordered_map<std::string, Word>> by_limit;
};

// The same, under the lock every access takes.
struct SharedWordNetSenses::Senses {
  std::mutex mutex;
  std::unordered_map<int, std::unordered_map<std::string, Word>> by_limit;
};

SharedWordNetSenses::SharedWordNetSenses() : senses_(std::make_unique<Senses>()) {}
SharedWordNetSenses::~SharedWordNetSenses() = default;

WordNetMemo::WordNetMemo() : senses_(std::make_unique<Senses>()) {}
WordNetMemo::WordNetMemo(SharedWordNetSenses* shared)
    : senses_(std::make_unique<Senses>()), shared_(shared) {}
WordNetMemo::~WordNetMemo() = default;
WordNetMemo::WordNetMemo(WordNetMemo&&) noexcept = default;
WordNetMemo& WordNetMemo::operator=(WordNetMemo&&) noexcept = default;

WordRelation WordNet::relate(std::string_view a, std::string_view b) const {
  return relate_common(a, b, 0);
}

WordRelation WordNet::relate_common(std::string_view a, std::string_view b, int max_senses) const {
  Table table(bytes_);
  return relate_words(table, collect(table, a, max_senses), collect(table, b, max_senses));
}

WordRelation WordNet::relate_common(std::string_view a, std::string_view b, WordNetMemo& memo,
                                    int max_senses) const {
  if (!memo.senses_) memo.senses_ = std::make_unique<WordNetMemo::Senses>();  // moved from
  Table table(bytes_);
  auto& words = memo.senses_->by_limit[max_senses];
  // From the memo's shared senses, or collected (outside the lock, so that the other workers
  // go on) and remembered there; two that miss one word at once collect the same senses, and
  // the second emplace keeps the first.
  auto shared_senses = [&](const std::string& text) -> Word {
    SharedWordNetSenses::Senses& shared = *memo.shared_->senses_;
    {
      std::lock_guard lock(shared.mutex);
      const auto& known = shared.by_limit[max_senses];
      if (auto it = known.find(text); it != known.end()) return it->second;
    }
    Word word = collect(table, text, max_senses);
    std::lock_guard lock(shared.mutex);
    // Bounded like the other batch memos: only text of unique tokens gets near it.
    constexpr size_t kMaxWords = 200000;
    if (auto& known = shared.by_limit[max_senses]; known.size() < kMaxWords)
      known.emplace(text, word);
    return word;
  };
  // Map nodes stay put, so the first word's entry survives inserting the second.
  auto senses_of = [&](std::string_view text) -> const Word& {
    std::string key(text);
    if (auto it = words.find(key); it != words.end()) return it->second;
    Word word = memo.shared_ != nullptr ? shared_senses(key) : collect(table, text, max_senses);
    return words.emplace(std::move(key), std::move(word)).first->second;
  };
  const Word& wa = senses_of(a);
  const Word& wb = senses_of(b);
  return relate_words(table, wa, wb);
}

}  // namespace driftcheck
