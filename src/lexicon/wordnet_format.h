// The binary layout of the compiled WordNet table, shared by the build-time compiler
// (tools/wordnet_compile.cpp) and the reader (wordnet.cpp). Internal to the lexicon stage.
//
// The table is written and read on the same machine (it is built with the library), so
// integers are native-endian. Every section starts 16-byte aligned, so records are read
// in place from the embedded bytes without copying.
#pragma once

#include <cstddef>
#include <cstdint>

namespace driftcheck::wordnet_format {

inline constexpr std::uint32_t kMagic = 0x314e5744;  // "DWN1"
inline constexpr int kPosCount = 4;                  // noun, verb, adjective, adverb

// Pointer kinds kept from WordNet's data files (glosses, frames, meronyms are dropped).
enum PointerType : std::uint8_t {
  kAntonym = 1,  // "!"  lexical
  kHypernym,     // "@", "@i"
  kHyponym,      // "~", "~i"
  kSimilar,      // "&"  adjective satellite <-> head
  kDerivation,   // "+"  lexical
  kAlsoSee,      // "^"
  kPertainym,    // "\"  (adjective pertains to noun; adverb derived from adjective)
  kParticiple,   // "<"
  kVerbGroup,    // "$"
  kEntailment,   // "*"
};

struct Header {
  std::uint32_t magic;
  std::uint32_t lemma_count, synset_count, sense_count, member_count, pointer_count;
  std::uint32_t exception_count[kPosCount];
  std::uint32_t string_bytes;
  // Byte offsets of each section from the start of the table.
  std::uint32_t lemmas, senses, synsets, members, pointers, exceptions[kPosCount], strings;
  std::uint32_t prefixes;  // kPrefixCount + 1 lemma indices, see prefix_key()
};

// Lemmas whose first two bytes are k are lemmas[prefixes[k] .. prefixes[k + 1]), which
// narrows each binary search from 147,000 lemmas to a few hundred.
inline constexpr std::uint32_t kPrefixCount = 1u << 16;
inline constexpr std::uint32_t prefix_key(const char* text, std::size_t length) {
  auto byte = [](char c) { return static_cast<std::uint32_t>(static_cast<unsigned char>(c)); };
  return length == 0 ? 0 : (byte(text[0]) << 8) | (length > 1 ? byte(text[1]) : 0);
}

// Sorted by text (bytewise); senses of POS p are senses[first_sense + sum(sense_count[<p])...].
struct Lemma {
  std::uint32_t text, length;  // into the string pool
  std::uint32_t first_sense;
  std::uint8_t sense_count[kPosCount];  // in WordNet's sense order (most frequent first)
};

struct Synset {
  std::uint32_t first_member, first_pointer;  // members are lemma ids in word-number order
  std::uint16_t member_count, pointer_count;
  std::uint8_t pos;
  std::uint8_t padding[3];
};

struct Pointer {
  std::uint32_t target;                   // synset id
  std::uint8_t type;                      // PointerType
  std::uint8_t source_word, target_word;  // 1-based word numbers; 0 = the whole synset
  std::uint8_t padding;
};

// One inflected form -> one base form; several bases are adjacent rows. Sorted by inflected.
struct Exception {
  std::uint32_t text, length, base, base_length;
};

static_assert(sizeof(Lemma) == 16 && sizeof(Synset) == 16 && sizeof(Pointer) == 8 &&
              sizeof(Exception) == 16);

}  // namespace driftcheck::wordnet_format
