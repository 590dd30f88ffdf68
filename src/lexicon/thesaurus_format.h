// The binary layout of the compiled Moby thesaurus table, shared by the build-time compiler
// (tools/thesaurus_compile.cpp) and the reader (thesaurus.cpp). Internal to the lexicon stage.
//
// Written and read on the same machine, so integers are native-endian; sections start 4-byte
// aligned so records are read in place from the embedded bytes.
#pragma once

#include <cstdint>

namespace driftcheck::thesaurus_format {

inline constexpr std::uint32_t kMagic = 0x31485444;  // "DTH1"

struct Header {
  std::uint32_t magic;
  std::uint32_t entry_count;
  std::uint32_t entries, meanings, strings;  // byte offsets from the start of the table
};

// Sorted by text (bytewise, lower-case, spaces between the words of a phrase). The entry's
// meanings are meanings[first_meaning .. first_meaning + meaning_count), ascending ids.
struct Entry {
  std::uint32_t text, length;
  std::uint32_t first_meaning, meaning_count;
};

static_assert(sizeof(Header) == 20 && sizeof(Entry) == 16);

}  // namespace driftcheck::thesaurus_format
