// The Moby thesaurus (as Aiksaurus ships it), compiled into the binary at build time: which
// words share one of its meaning groups. Broader and looser than WordNet's synsets, it links
// paraphrase verbs WordNet keeps apart ("perform" / "demonstrate", "offer" / "present").
//
//   const driftcheck::Thesaurus& moby = driftcheck::Thesaurus::embedded();
//   moby.related("offers", "presents");  // true: "offer" and "present" share a meaning group
//   moby.related("cat", "dog");          // false
//
// Words are looked up lower-case, phrases with spaces; inflected forms through WordNet's
// morphy. The groups hold no antonyms but are wide: ask WordNet about opposites first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace driftcheck {

class Thesaurus {
 public:
  // The table compiled into this binary. Immutable and thread-safe; no start-up cost.
  static const Thesaurus& embedded();
  // English words that translate one specific German word, from FreeDict's English-German
  // and German-English dictionaries: each German word is a meaning group. Narrower than the
  // Moby groups, it links verbs of news copy both miss ("chaired" / "presided over",
  // "conducted" / "carried out"). Compiled in like embedded().
  static const Thesaurus& through_german();

  // True if a and b differ and some form of each (the word or a WordNet base form of it)
  // shares a meaning group with some form of the other. False if either is unknown.
  bool related(std::string_view a, std::string_view b) const;
  // The same, given forms_of() each word: for a caller that asks both tables about one pair.
  using Forms = std::vector<std::string>;
  static Forms forms_of(std::string_view word);
  bool related(const Forms& a, const Forms& b) const;
  // True if the word or one of its base forms heads an entry.
  bool knows(std::string_view word) const;

  std::size_t table_bytes() const { return bytes_.size(); }

 private:
  explicit Thesaurus(std::span<const std::byte> table);
  // The sorted meaning ids of exactly this (lower-case) word; empty if it has no entry.
  std::span<const std::uint16_t> meanings(std::string_view word) const;
  std::span<const std::byte> bytes_;
};

}  // namespace driftcheck
