// Word lists: parsed once from the embedded list files (word_list_data.h) into sorted entries.
#include "lexicon/word_lists.h"

#include <algorithm>
#include <array>
#include <utility>

#include "lexicon/word_list_data.h"

namespace driftcheck {
namespace {

constexpr std::array kKinds = {WordListKind::negators,      WordListKind::hedges,
                               WordListKind::certainty,     WordListKind::reporting_verbs,
                               WordListKind::approximators, WordListKind::quantifiers,
                               WordListKind::stopwords,     WordListKind::pronouns};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Typographic apostrophes ("don’t") are spelled as ASCII ones in the lists.
std::string_view plain(std::string_view token, std::string& buffer) {
  constexpr std::string_view kRightQuote = "\xE2\x80\x99";
  // A byte search first: nearly every token has no quote, and it is cheaper than a substring one.
  if (token.find('\xE2') == std::string_view::npos) return token;
  if (token.find(kRightQuote) == std::string_view::npos) return token;
  buffer.clear();
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token.substr(i, 3) == kRightQuote) {
      buffer += '\'';
      i += 2;
    } else {
      buffer += token[i];
    }
  }
  return buffer;
}

// FNV-1a, in place: list words are a few bytes long, and for them std::hash's out-of-line
// murmur cost more than the probe it places. Any hash gives the same answers.
std::size_t word_hash(std::string_view word) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return static_cast<std::size_t>(h ^ (h >> 29));
}

struct LanguageLists {
  std::string language;
  std::array<WordList, kKinds.size()> lists;
};

std::vector<LanguageLists> parse_all() {
  std::vector<LanguageLists> out;
  for (const EmbeddedWordList& file : embedded_word_lists()) {
    auto kind = std::find_if(kKinds.begin(), kKinds.end(),
                             [&](WordListKind k) { return file.name == to_string(k); });
    if (kind == kKinds.end()) continue;  // a file no WordListKind names (yet)
    auto lang = std::find_if(out.begin(), out.end(),
                             [&](const LanguageLists& l) { return l.language == file.language; });
    if (lang == out.end())
      lang = out.insert(out.end(), LanguageLists{std::string(file.language), {}});
    lang->lists[kind - kKinds.begin()] = WordList::parse(file.text);
  }
  return out;
}

}  // namespace

const char* to_string(WordListKind kind) {
  switch (kind) {
    case WordListKind::negators:
      return "negators";
    case WordListKind::hedges:
      return "hedges";
    case WordListKind::certainty:
      return "certainty";
    case WordListKind::reporting_verbs:
      return "reporting_verbs";
    case WordListKind::approximators:
      return "approximators";
    case WordListKind::quantifiers:
      return "quantifiers";
    case WordListKind::stopwords:
      return "stopwords";
    case WordListKind::pronouns:
      return "pronouns";
  }
  return "";
}

WordList WordList::parse(std::string_view text) {
  WordList list;
  while (!text.empty()) {
    auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    line = trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    WordListEntry entry;
    auto tab = line.find('\t');
    if (tab != std::string_view::npos) entry.attribute = std::string(trim(line.substr(tab + 1)));
    std::string_view words = trim(line.substr(0, tab));
    while (!words.empty()) {
      auto space = words.find(' ');
      entry.words.emplace_back(words.substr(0, space));
      words = space == std::string_view::npos ? std::string_view() : trim(words.substr(space));
    }
    list.entries_.push_back(std::move(entry));
  }
  list.by_first_word_.resize(list.entries_.size());
  for (std::size_t i = 0; i < list.entries_.size(); ++i) list.by_first_word_[i] = i;
  std::stable_sort(list.by_first_word_.begin(), list.by_first_word_.end(),
                   [&](std::size_t a, std::size_t b) {
                     const auto& x = list.entries_[a].words;
                     const auto& y = list.entries_[b].words;
                     if (x[0] != y[0]) return x[0] < y[0];
                     return x.size() > y.size();  // longest first, so match() stops early
                   });
  // Each word list is looked up for nearly every token; a hash probe beats a binary search
  // over string comparisons, most of all for the words not in the list.
  std::size_t slots = 16;
  while (slots < 2 * list.entries_.size()) slots *= 2;
  list.runs_.assign(slots, Run{});
  for (std::size_t k = 0; k < list.by_first_word_.size();) {
    const std::string& first = list.entries_[list.by_first_word_[k]].words[0];
    std::size_t end = k + 1;
    while (end < list.by_first_word_.size() &&
           list.entries_[list.by_first_word_[end]].words[0] == first)
      ++end;
    std::size_t at = word_hash(first) & (slots - 1);
    while (list.runs_[at].end != 0) at = (at + 1) & (slots - 1);
    list.runs_[at] = {static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(end)};
    k = end;
  }
  return list;
}

std::pair<std::size_t, std::size_t> WordList::entries_starting(std::string_view first) const {
  if (runs_.empty()) return {0, 0};
  const std::size_t mask = runs_.size() - 1;
  for (std::size_t at = word_hash(first) & mask; runs_[at].end != 0; at = (at + 1) & mask) {
    const Run& run = runs_[at];
    if (entries_[by_first_word_[run.begin]].words[0] == first) return {run.begin, run.end};
  }
  return {0, 0};
}

// match() on one token, without building a token vector: every token of every sentence
// is looked up in several lists, and that allocation was most of a lookup's cost.
const WordListEntry* WordList::find(std::string_view word) const {
  std::string buffer;
  const auto [begin, end] = entries_starting(plain(word, buffer));
  for (std::size_t k = begin; k < end; ++k)
    if (entries_[by_first_word_[k]].words.size() == 1) return &entries_[by_first_word_[k]];
  return nullptr;
}

const WordListEntry* WordList::match(const std::vector<std::string_view>& folded_tokens,
                                     std::size_t at, std::size_t* length) const {
  if (length != nullptr) *length = 0;
  if (at >= folded_tokens.size()) return nullptr;
  std::string buffer;
  const auto [begin, end] = entries_starting(plain(folded_tokens[at], buffer));
  for (std::size_t k = begin; k < end; ++k) {
    const WordListEntry& entry = entries_[by_first_word_[k]];
    if (at + entry.words.size() > folded_tokens.size()) continue;
    bool matches = true;
    std::string other;
    for (std::size_t k = 1; k < entry.words.size() && matches; ++k) {
      matches = plain(folded_tokens[at + k], other) == entry.words[k];
    }
    if (matches) {
      if (length != nullptr) *length = entry.words.size();
      return &entry;
    }
  }
  return nullptr;
}

const WordList& word_list(std::string_view language, WordListKind kind) {
  static const std::vector<LanguageLists> all = parse_all();
  static const WordList empty;
  // Compared in place, without building the lower-cased tag: this runs for every look-up.
  // A loop rather than find_first_of, which calls memchr once per byte of the tag.
  std::size_t cut = 0;
  while (cut < language.size() && language[cut] != '-' && language[cut] != '_') ++cut;
  const std::string_view primary = language.substr(0, cut);
  const auto lower = [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  };
  for (const LanguageLists& lists : all) {
    if (lists.language.size() == primary.size() &&
        std::equal(primary.begin(), primary.end(), lists.language.begin(),
                   [&](char a, char b) { return lower(a) == b; }))
      return lists.lists[static_cast<std::size_t>(kind)];
  }
  return empty;
}

}  // namespace driftcheck
