#include "lexicon/thesaurus.h"

#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/thesaurus_format.h"
#include "lexicon/wordnet.h"

// Defined by thesaurus_blob.S and pivot_blob.S (the tables written by
// tools/thesaurus_compile.cpp and tools/pivot_compile.cpp).
extern "C" {
extern const unsigned char driftcheck_thesaurus_begin[];
extern const unsigned char driftcheck_thesaurus_end[];
extern const unsigned char driftcheck_pivot_begin[];
extern const unsigned char driftcheck_pivot_end[];
}

namespace driftcheck {
namespace {

namespace tf = thesaurus_format;

// Longer than any entry: looked up without a search.
constexpr std::size_t kMaxEntryBytes = 80;

const tf::Header& header(std::span<const std::byte> bytes) {
  return *reinterpret_cast<const tf::Header*>(bytes.data());
}

// The word and its base forms under each part of speech, without duplicates.
std::vector<std::string> word_forms(std::string_view word) {
  std::vector<std::string> out = {std::string(word)};
  const WordNet& wn = WordNet::embedded();
  for (PartOfSpeech pos :
       {PartOfSpeech::noun, PartOfSpeech::verb, PartOfSpeech::adjective, PartOfSpeech::adverb})
    for (std::string& f : wn.base_forms(word, pos))
      if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(std::move(f));
  return out;
}

bool share(std::span<const std::uint16_t> a, std::span<const std::uint16_t> b) {
  auto i = a.begin();
  auto k = b.begin();
  while (i != a.end() && k != b.end()) {
    if (*i == *k) return true;
    if (*i < *k)
      ++i;
    else
      ++k;
  }
  return false;
}

}  // namespace

Thesaurus::Thesaurus(std::span<const std::byte> table) : bytes_(table) {}

const Thesaurus& Thesaurus::embedded() {
  static const Thesaurus instance(std::span<const std::byte>(
      reinterpret_cast<const std::byte*>(driftcheck_thesaurus_begin),
      static_cast<std::size_t>(driftcheck_thesaurus_end - driftcheck_thesaurus_begin)));
  return instance;
}

const Thesaurus& Thesaurus::through_german() {
  static const Thesaurus instance(std::span<const std::byte>(
      reinterpret_cast<const std::byte*>(driftcheck_pivot_begin),
      static_cast<std::size_t>(driftcheck_pivot_end - driftcheck_pivot_begin)));
  return instance;
}

std::span<const std::uint16_t> Thesaurus::meanings(std::string_view word) const {
  if (word.empty() || word.size() > kMaxEntryBytes || bytes_.size() < sizeof(tf::Header)) return {};
  const tf::Header& h = header(bytes_);
  if (h.magic != tf::kMagic) return {};
  const auto* entries = reinterpret_cast<const tf::Entry*>(bytes_.data() + h.entries);
  const auto* strings = reinterpret_cast<const char*>(bytes_.data() + h.strings);
  auto text = [&](const tf::Entry& e) { return std::string_view(strings + e.text, e.length); };
  const tf::Entry* end = entries + h.entry_count;
  const tf::Entry* it = std::lower_bound(
      entries, end, word, [&](const tf::Entry& e, std::string_view w) { return text(e) < w; });
  if (it == end || text(*it) != word) return {};
  const auto* ids = reinterpret_cast<const std::uint16_t*>(bytes_.data() + h.meanings);
  return {ids + it->first_meaning, it->meaning_count};
}

bool Thesaurus::knows(std::string_view word) const {
  for (const std::string& f : word_forms(word))
    if (!meanings(f).empty()) return true;
  return false;
}

Thesaurus::Forms Thesaurus::forms_of(std::string_view word) { return word_forms(word); }

bool Thesaurus::related(std::string_view a, std::string_view b) const {
  if (a == b || a.empty() || b.empty()) return false;
  return related(word_forms(a), word_forms(b));
}

bool Thesaurus::related(const Forms& fa, const Forms& fb) const {
  if (fa.empty() || fb.empty() || fa.front() == fb.front()) return false;
  for (const std::string& x : fa) {
    const auto ma = meanings(x);
    if (ma.empty()) continue;
    for (const std::string& y : fb)
      if (x != y && share(ma, meanings(y))) return true;
  }
  return false;
}

}  // namespace driftcheck
