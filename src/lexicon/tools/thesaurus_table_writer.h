// Writes the compact table of thesaurus_format.h from a map of words to their meaning ids:
// shared by the build-time tools that compile the Moby thesaurus and the German pivot table.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "lexicon/thesaurus_format.h"

namespace driftcheck::thesaurus_format {

// `meanings_of`: lower-case words (spaces between the words of a phrase) to ascending ids.
inline std::string table_bytes(
    const std::map<std::string, std::vector<std::uint16_t>>& meanings_of) {
  auto append = [](std::string* out, const auto& value) {
    out->append(reinterpret_cast<const char*>(&value), sizeof value);
  };
  std::vector<Entry> entries;
  std::vector<std::uint16_t> meanings;
  std::string strings;
  for (const auto& [word, ids] : meanings_of) {
    entries.push_back(
        {static_cast<std::uint32_t>(strings.size()), static_cast<std::uint32_t>(word.size()),
         static_cast<std::uint32_t>(meanings.size()), static_cast<std::uint32_t>(ids.size())});
    strings += word;
    meanings.insert(meanings.end(), ids.begin(), ids.end());
  }
  if (meanings.size() % 2 != 0) meanings.push_back(0);  // keeps the strings 4-byte aligned
  Header header{};
  header.magic = kMagic;
  header.entry_count = static_cast<std::uint32_t>(entries.size());
  header.entries = sizeof(Header);
  header.meanings = header.entries + static_cast<std::uint32_t>(entries.size() * sizeof(Entry));
  header.strings = header.meanings + static_cast<std::uint32_t>(meanings.size() * 2);
  std::string out;
  append(&out, header);
  for (const Entry& e : entries) append(&out, e);
  for (std::uint16_t id : meanings) append(&out, id);
  out += strings;
  return out;
}

}  // namespace driftcheck::thesaurus_format
