// WordNet 3.0, compiled into the binary at build time: lemmas, senses, the relations that
// matter for meaning (antonym, similar-to, hypernym, derivation, ...) and morphy's exceptions.
//
//   const driftcheck::WordNet& wn = driftcheck::WordNet::embedded();
//   wn.relate("buying", "purchased");            // WordRelation::synonym
//   wn.relate_common("manufactured", "produced");  // hypernym: manufacture.v.03 is a kind of
//   produce wn.relate_common("fired", "burned");         // unrelated: fire's "burn" sense is rare
//   wn.base_forms("ran", PartOfSpeech::verb);  // {"run"}
//
// Words are looked up lower-case; spaces in multiword expressions may be ' ' or '_'.
// Lemmas are returned with spaces ("bring down"). A word longer than any lemma (over 80
// bytes) is unknown without a search.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace driftcheck {

enum class PartOfSpeech { noun, verb, adjective, adverb };

// How two words relate; relate() documents which one wins. "hypernym" means b is more
// general than a ("dog" -> "animal").
enum class WordRelation {
  same_lemma,  // same base form: "ran"/"run", "children"/"child"
  synonym,     // share a synset: "buy"/"purchase"
  similar,     // similar-to, also-see, verb group, participle or pertainym: "strong"/"powerful"
  derivation,  // derivationally related (or its synonym): "decide"/"decision"
  hypernym,    // b is a direct hypernym of a (nouns: up to two hops): "bar"/"implement"
  hyponym,     // b is a direct hyponym of a (nouns: up to two hops)
  coordinate,  // nouns one or two hops under one hypernym: "bar"/"rod", "cat"/"dog"
  antonym,     // opposite: "rise"/"fall", "hot"/"cold", "happy"/"unhappy"
  unrelated,   // both known to WordNet, nothing links them
  unknown,     // either word is not in WordNet
};

const char* to_string(WordRelation relation);

// The senses of words looked up by the checks of one process, for their WordNetMemos to share:
// a batch relates mostly the same words in every article. Thread-safe (each access takes a
// lock); outlives the memos that use it.
class SharedWordNetSenses {
 public:
  SharedWordNetSenses();
  ~SharedWordNetSenses();
  SharedWordNetSenses(const SharedWordNetSenses&) = delete;
  SharedWordNetSenses& operator=(const SharedWordNetSenses&) = delete;

 private:
  friend class WordNet;
  struct Senses;
  std::unique_ptr<Senses> senses_;
};

// The senses of the words one caller has already related, so that relating a word to many
// others looks it up once (a check relates each word of a bead to several). Not shared between
// threads: one per check.
class WordNetMemo {
 public:
  WordNetMemo();
  // Behind this memo `shared` (may be null), asked once per word this memo has not seen.
  explicit WordNetMemo(SharedWordNetSenses* shared);
  ~WordNetMemo();
  WordNetMemo(WordNetMemo&&) noexcept;
  WordNetMemo& operator=(WordNetMemo&&) noexcept;

 private:
  friend class WordNet;
  struct Senses;
  std::unique_ptr<Senses> senses_;
  SharedWordNetSenses* shared_ = nullptr;
};

class WordNet {
 public:
  // The sense limit of relate_common(). WordNet lists a word's senses most frequent first,
  // and the tail holds rare senses that link unrelated words: over all senses "fired" is a
  // synonym of "burned" (fire, 8th sense) and a kind of "made" (via "arouse"); with 4 both
  // are unrelated, while "fired"/"sacked" (sack's 4th sense), "drones"/"aircraft" (4th) and
  // "manufactured"/"produced" (3rd) keep their relation. 3 loses the first two.
  static constexpr int kCommonSenses = 4;

  // The table compiled into this binary. Immutable and thread-safe; no start-up cost.
  static const WordNet& embedded();

  // Morphy: the base forms of `word` that are lemmas for `pos` (exception list first, then
  // the suffix rules); the word itself comes first when it is a lemma. Empty if none.
  std::vector<std::string> base_forms(std::string_view word, PartOfSpeech pos) const;
  // True if `word` or one of its base forms is a lemma of any part of speech.
  bool is_lemma(std::string_view word) const;
  // True if `word` or one of its base forms is a lemma for `pos`.
  bool knows(std::string_view word, PartOfSpeech pos) const;

  // The closest relation between any senses of a and b. First hit wins: same_lemma, an
  // antonym pointer between the actual senses, synonym, an antonym through one derivation
  // or a similar-to head, similar, derivation, hypernym, hyponym, coordinate, unrelated.
  WordRelation relate(std::string_view a, std::string_view b) const;
  // relate() restricted to the first `max_senses` senses of each lemma and part of speech
  // (0: all senses, which is relate()).
  WordRelation relate_common(std::string_view a, std::string_view b,
                             int max_senses = kCommonSenses) const;
  // The same answer, with each word's senses looked up once per `memo`.
  WordRelation relate_common(std::string_view a, std::string_view b, WordNetMemo& memo,
                             int max_senses = kCommonSenses) const;

  // Lemmas opposite to some sense of `word`: direct antonyms, and for adjective satellites
  // the antonyms of their head ("arid" -> "wet"). Sorted, without duplicates.
  std::vector<std::string> antonyms(std::string_view word) const;
  // Lemmas sharing a synset with some sense of `word`, without `word` itself. Sorted.
  // At most `limit` of them: the first ones of that order.
  std::vector<std::string> synonyms(
      std::string_view word, std::size_t limit = std::numeric_limits<std::size_t>::max()) const;

  std::size_t table_bytes() const { return bytes_.size(); }  // size of the embedded table

 private:
  explicit WordNet(std::span<const std::byte> table);
  std::span<const std::byte> bytes_;
};

}  // namespace driftcheck
