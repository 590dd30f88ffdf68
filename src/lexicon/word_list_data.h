// The word list files under src/lexicon/data, embedded by embed_word_lists.cmake.
// Internal to the lexicon stage; word_lists.h is the interface.
#pragma once

#include <span>
#include <string_view>

namespace driftcheck {

struct EmbeddedWordList {
  std::string_view language;  // "en"
  std::string_view name;      // "hedges"
  std::string_view text;      // the file's contents
};

std::span<const EmbeddedWordList> embedded_word_lists();

}  // namespace driftcheck
