// A read-only view of the compiled WordNet table (wordnet_format.h) and the lookups that
// wordnet.cpp and wordnet_relate.cpp share. Internal to the lexicon stage.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/wordnet_format.h"

namespace driftcheck::wordnet_table {

namespace wf = wordnet_format;

// Bytewise a < b, as std::string_view compares, in place: morphy makes several binary searches
// per form, and most of their steps are decided within the first bytes, where a call to
// memcmp per step was most of the cost of a look-up.
inline bool bytes_less(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
  }
  return a.size() < b.size();
}

// One sense of a word: a synset and the lemma through which the word reached it.
struct Sense {
  std::uint32_t synset;
  std::uint32_t lemma;
};

class Table {
 public:
  explicit Table(std::span<const std::byte> bytes);

  std::string_view text(std::uint32_t offset, std::uint32_t length) const {
    return {strings_ + offset, length};
  }
  std::string_view lemma_text(std::uint32_t lemma) const {
    return text(lemmas_[lemma].text, lemmas_[lemma].length);
  }
  // Lemma id of `word` (lower-case, '_' for spaces), or -1. Morphy asks for the same forms
  // once per part of speech, so the last answers are remembered (a Table lives for one call).
  std::int64_t find_lemma(std::string_view word) const {
    for (std::size_t k = 0; k < recent_count_; ++k) {
      const Recent& r = recent_[k];
      if (std::string_view(r.text.data(), r.length) == word) return r.id;
    }
    std::uint32_t key = wf::prefix_key(word.data(), word.size());
    auto first = lemmas_.begin() + prefixes_[key];
    auto last = lemmas_.begin() + prefixes_[key + 1];
    auto it = std::lower_bound(first, last, word, [this](const wf::Lemma& l, std::string_view w) {
      return bytes_less(text(l.text, l.length), w);
    });
    std::int64_t id = it != last && text(it->text, it->length) == word ? it - lemmas_.begin() : -1;
    if (recent_count_ < kRecent && word.size() <= kRecentBytes) {
      Recent& r = recent_[recent_count_++];
      std::copy(word.begin(), word.end(), r.text.begin());
      r.length = static_cast<std::uint8_t>(word.size());
      r.id = id;
    }
    return id;
  }
  // The synsets of `lemma` for part of speech `pos`, most frequent sense first.
  std::span<const std::uint32_t> senses(std::uint32_t lemma, int pos) const {
    const wf::Lemma& l = lemmas_[lemma];
    std::uint32_t first = l.first_sense;
    for (int p = 0; p < pos; ++p) first += l.sense_count[p];
    return senses_.subspan(first, l.sense_count[pos]);
  }
  // Base forms listed for `word` in <pos>.exc (empty if none).
  std::span<const wf::Exception> exceptions(std::string_view word, int pos) const {
    // One search for the first row; the rows of one form are adjacent and few (mostly one).
    const std::span<const wf::Exception> all = exceptions_[pos];
    auto first = std::lower_bound(
        all.begin(), all.end(), word,
        [this](const wf::Exception& e, std::string_view w) { return bytes_less(key(e), w); });
    auto last = first;
    while (last != all.end() && key(*last) == word) ++last;
    return all.subspan(static_cast<std::size_t>(first - all.begin()),
                       static_cast<std::size_t>(last - first));
  }
  const wf::Synset& synset(std::uint32_t id) const { return synsets_[id]; }
  std::span<const std::uint32_t> members(std::uint32_t synset) const {
    return members_.subspan(synsets_[synset].first_member, synsets_[synset].member_count);
  }
  std::span<const wf::Pointer> pointers(std::uint32_t synset) const {
    return pointers_.subspan(synsets_[synset].first_pointer, synsets_[synset].pointer_count);
  }
  // Lemma of word number `word` (1-based) in `synset`.
  std::uint32_t member(std::uint32_t synset, std::uint8_t word) const {
    return members(synset)[word - 1];
  }

 private:
  std::string_view key(const wf::Exception& e) const { return text(e.text, e.length); }

  static constexpr std::size_t kRecent = 32;
  // Forms up to this long are remembered in place: a Table is made for every look-up, and
  // a heap block for its memo cost about as much as the searches it saved.
  static constexpr std::size_t kRecentBytes = 22;
  struct Recent {
    std::array<char, kRecentBytes> text;
    std::uint8_t length;
    std::int64_t id;
  };
  mutable std::array<Recent, kRecent> recent_;  // the first recent_count_ are set
  mutable std::size_t recent_count_ = 0;
  const char* strings_ = nullptr;
  std::span<const wf::Lemma> lemmas_;
  std::span<const std::uint32_t> prefixes_;
  std::span<const std::uint32_t> senses_;
  std::span<const wf::Synset> synsets_;
  std::span<const std::uint32_t> members_;
  std::span<const wf::Pointer> pointers_;
  std::span<const wf::Exception> exceptions_[wf::kPosCount];
};

// Words longer than this (in bytes) are in no part of WordNet: its longest lemma has 71.
constexpr std::size_t kMaxLookupBytes = 80;

// Lower-cases ASCII and writes spaces as '_', WordNet's spelling of multiword lemmas.
std::string normalize(std::string_view word);

// Morphy: appends the lemma ids of the base forms of `word` (normalized) for `pos`.
void base_lemmas(const Table& table, std::string_view word, int pos,
                 std::vector<std::uint32_t>& out);

// The senses of `word` over all parts of speech, at most `max_senses` per lemma and POS
// (0: all); `lemmas` receives the base forms' lemma ids.
void collect_senses(const Table& table, std::string_view word, int max_senses,
                    std::vector<Sense>& senses, std::vector<std::uint32_t>& lemmas);

}  // namespace driftcheck::wordnet_table
