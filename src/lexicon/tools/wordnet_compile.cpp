// Build-time tool: reads WordNet 3.0's data.*, index.* and *.exc files and writes the compact
// table described in wordnet_format.h, so that the library never parses WordNet at run time.
//
//   wordnet_compile /usr/share/wordnet wordnet.bin
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/wordnet_format.h"

namespace fmt = driftcheck::wordnet_format;

namespace {

const char* const kPosNames[fmt::kPosCount] = {"noun", "verb", "adj", "adv"};

struct RawPointer {
  std::uint8_t type;
  int pos;
  long offset;
  std::uint8_t source_word, target_word;
};

struct RawSynset {
  int pos;
  std::vector<std::string> words;
  std::vector<RawPointer> pointers;
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

int pos_index(char c) {
  switch (c) {
    case 'n':
      return 0;
    case 'v':
      return 1;
    case 'a':
    case 's':
      return 2;
    case 'r':
      return 3;
    default:
      return -1;
  }
}

std::uint8_t pointer_type(const std::string& symbol) {
  static const std::map<std::string, std::uint8_t> types = {
      {"!", fmt::kAntonym},    {"@", fmt::kHypernym},  {"@i", fmt::kHypernym},
      {"~", fmt::kHyponym},    {"~i", fmt::kHyponym},  {"&", fmt::kSimilar},
      {"+", fmt::kDerivation}, {"^", fmt::kAlsoSee},   {"\\", fmt::kPertainym},
      {"<", fmt::kParticiple}, {"$", fmt::kVerbGroup}, {"*", fmt::kEntailment}};
  auto it = types.find(symbol);
  return it == types.end() ? 0 : it->second;
}

bool fail(const std::string& message) {
  std::fprintf(stderr, "wordnet_compile: %s\n", message.c_str());
  return false;
}

// data.<pos>: "offset lex_filenum ss_type w_cnt(hex) {word lex_id} p_cnt {ptr} ... | gloss"
bool read_data(const std::string& dir, int pos, std::vector<RawSynset>& synsets,
               std::map<std::pair<int, long>, std::uint32_t>& ids) {
  std::ifstream in(dir + "/data." + kPosNames[pos]);
  if (!in) return fail("cannot read " + dir + "/data." + kPosNames[pos]);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    std::istringstream fields(line.substr(0, line.find(" | ")));
    long offset = 0;
    std::string lex_file, ss_type, count;
    fields >> offset >> lex_file >> ss_type >> count;
    RawSynset synset{pos, {}, {}};
    int words = std::stoi(count, nullptr, 16);
    for (int i = 0; i < words; ++i) {
      std::string word, lex_id;
      fields >> word >> lex_id;
      word = word.substr(0, word.find('('));  // adjective markers "(a)", "(p)", "(ip)"
      synset.words.push_back(lower(word));
    }
    int pointers = 0;
    fields >> pointers;
    for (int i = 0; i < pointers; ++i) {
      std::string symbol, target_pos, source_target;
      long target = 0;
      fields >> symbol >> target >> target_pos >> source_target;
      std::uint8_t type = pointer_type(symbol);
      if (type == 0) continue;
      unsigned long st = std::stoul(source_target, nullptr, 16);
      synset.pointers.push_back({type, pos_index(target_pos[0]), target,
                                 static_cast<std::uint8_t>(st >> 8),
                                 static_cast<std::uint8_t>(st & 0xff)});
    }
    ids[{pos, offset}] = static_cast<std::uint32_t>(synsets.size());
    synsets.push_back(std::move(synset));
  }
  return true;
}

// index.<pos>: "lemma pos synset_cnt p_cnt {ptr_symbol} sense_cnt tagsense_cnt {offset}"
bool read_index(const std::string& dir, int pos,
                std::map<std::string, std::vector<long>[fmt::kPosCount]>& senses) {
  std::ifstream in(dir + "/index." + kPosNames[pos]);
  if (!in) return fail("cannot read " + dir + "/index." + kPosNames[pos]);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream fields(line);
    std::string lemma, p, symbol;
    int synset_count = 0, pointer_count = 0, sense_count = 0, tagged = 0;
    fields >> lemma >> p >> synset_count >> pointer_count;
    for (int i = 0; i < pointer_count; ++i) fields >> symbol;
    fields >> sense_count >> tagged;
    auto& list = senses[lower(lemma)][pos];
    for (int i = 0; i < synset_count; ++i) {
      long offset = 0;
      fields >> offset;
      list.push_back(offset);
    }
  }
  return true;
}

struct Output {
  std::string strings;
  std::unordered_map<std::string, std::uint32_t> interned;
  std::uint32_t intern(const std::string& s) {
    auto [it, added] = interned.emplace(s, static_cast<std::uint32_t>(strings.size()));
    if (added) strings += s;
    return it->second;
  }
};

template <typename T>
void append(std::string& out, const std::vector<T>& rows, std::uint32_t& offset) {
  while (out.size() % 16 != 0) out.push_back('\0');
  offset = static_cast<std::uint32_t>(out.size());
  out.append(reinterpret_cast<const char*>(rows.data()), rows.size() * sizeof(T));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: wordnet_compile WORDNET_DIR OUTPUT\n");
    return 2;
  }
  const std::string dir = argv[1];
  std::vector<RawSynset> raw;
  std::map<std::pair<int, long>, std::uint32_t> synset_ids;
  std::map<std::string, std::vector<long>[fmt::kPosCount]> index;
  for (int pos = 0; pos < fmt::kPosCount; ++pos) {
    if (!read_data(dir, pos, raw, synset_ids) || !read_index(dir, pos, index)) return 1;
  }
  for (const auto& s : raw) {
    for (const auto& w : s.words)
      index[w];  // a synset word missing from the index still gets an id
  }

  Output out;
  std::map<std::string, std::uint32_t> lemma_ids;
  std::vector<fmt::Lemma> lemmas;
  std::vector<std::uint32_t> senses;
  for (const auto& [text, per_pos] : index) {  // std::map: already sorted bytewise
    fmt::Lemma lemma{out.intern(text),
                     static_cast<std::uint32_t>(text.size()),
                     static_cast<std::uint32_t>(senses.size()),
                     {}};
    for (int pos = 0; pos < fmt::kPosCount; ++pos) {
      if (per_pos[pos].size() > 255) return fail("too many senses for " + text), 1;
      lemma.sense_count[pos] = static_cast<std::uint8_t>(per_pos[pos].size());
      for (long offset : per_pos[pos]) senses.push_back(synset_ids.at({pos, offset}));
    }
    lemma_ids[text] = static_cast<std::uint32_t>(lemmas.size());
    lemmas.push_back(lemma);
  }

  std::vector<fmt::Synset> synsets;
  std::vector<std::uint32_t> members;
  std::vector<fmt::Pointer> pointers;
  for (const auto& s : raw) {
    if (s.words.size() > 0xffff || s.pointers.size() > 0xffff) return fail("synset too large"), 1;
    fmt::Synset synset{
        static_cast<std::uint32_t>(members.size()), static_cast<std::uint32_t>(pointers.size()),
        static_cast<std::uint16_t>(s.words.size()), static_cast<std::uint16_t>(s.pointers.size()),
        static_cast<std::uint8_t>(s.pos),           {}};
    for (const auto& w : s.words) members.push_back(lemma_ids.at(w));
    for (const auto& p : s.pointers) {
      pointers.push_back(
          {synset_ids.at({p.pos, p.offset}), p.type, p.source_word, p.target_word, 0});
    }
    synsets.push_back(synset);
  }

  fmt::Header header{};
  std::vector<fmt::Exception> exceptions[fmt::kPosCount];
  for (int pos = 0; pos < fmt::kPosCount; ++pos) {
    std::ifstream in(dir + "/" + kPosNames[pos] + ".exc");
    if (!in) return fail(std::string("cannot read ") + kPosNames[pos] + ".exc"), 1;
    std::vector<std::pair<std::string, std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      std::string inflected, base;
      fields >> inflected;
      while (fields >> base) rows.emplace_back(lower(inflected), lower(base));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [inflected, base] : rows) {
      exceptions[pos].push_back({out.intern(inflected),
                                 static_cast<std::uint32_t>(inflected.size()), out.intern(base),
                                 static_cast<std::uint32_t>(base.size())});
    }
    header.exception_count[pos] = static_cast<std::uint32_t>(exceptions[pos].size());
  }

  header.magic = fmt::kMagic;
  header.lemma_count = static_cast<std::uint32_t>(lemmas.size());
  header.synset_count = static_cast<std::uint32_t>(synsets.size());
  header.sense_count = static_cast<std::uint32_t>(senses.size());
  header.member_count = static_cast<std::uint32_t>(members.size());
  header.pointer_count = static_cast<std::uint32_t>(pointers.size());
  header.string_bytes = static_cast<std::uint32_t>(out.strings.size());

  std::string table(sizeof(header), '\0');
  append(table, lemmas, header.lemmas);
  append(table, senses, header.senses);
  append(table, synsets, header.synsets);
  append(table, members, header.members);
  append(table, pointers, header.pointers);
  for (int pos = 0; pos < fmt::kPosCount; ++pos) {
    append(table, exceptions[pos], header.exceptions[pos]);
  }
  append(table, std::vector<char>(out.strings.begin(), out.strings.end()), header.strings);
  std::vector<std::uint32_t> prefixes(fmt::kPrefixCount + 1);
  std::uint32_t next = 0;
  for (std::uint32_t key = 0; key <= fmt::kPrefixCount; ++key) {
    while (next < lemmas.size() &&
           fmt::prefix_key(out.strings.data() + lemmas[next].text, lemmas[next].length) < key) {
      ++next;
    }
    prefixes[key] = next;
  }
  append(table, prefixes, header.prefixes);
  std::memcpy(table.data(), &header, sizeof(header));

  std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
  file.write(table.data(), static_cast<std::streamsize>(table.size()));
  if (!file) return fail(std::string("cannot write ") + argv[2]), 1;
  std::printf("wordnet_compile: %zu lemmas, %zu synsets, %zu pointers, %zu bytes\n", lemmas.size(),
              synsets.size(), pointers.size(), table.size());
  return 0;
}
