// Build-time tool: links English words that translate one German word, from FreeDict's
// English-German and German-English dictionaries (Debian's dict-freedict-eng-deu and
// dict-freedict-deu-eng, dictd format), and writes them as a table in the thesaurus format
// (thesaurus_format.h) whose meanings are German words.
//
//   pivot_compile /usr/share/dictd /usr/share/wordnet pivot.bin
//
// Two English words that a translator would render by the same German word are close in
// meaning in at least one sense ("chair" / "preside over": "den Vorsitz führen"), a link WordNet
// and the Moby thesaurus miss for many verbs of news copy. A German word that translates many
// English words is a vague one ("machen"), so only specific German words link.
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/dictd_index.h"
#include "lexicon/tools/thesaurus_table_writer.h"

namespace tf = driftcheck::thesaurus_format;

namespace {

// A German word that translates more English words than this is too vague to link them.
constexpr std::size_t kMaxWordsPerGerman = 12;

// Prepositions a dictionary writes after a verb that WordNet lists without them.
const std::set<std::string, std::less<>> kVerbPrepositions = {
    "about", "at", "for", "from", "in", "into", "of", "on", "over", "to", "with"};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// A dictzip file is one gzip member with an index in its header: zlib inflates it whole.
bool inflate_file(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buffer[1 << 16];
  int n = 0;
  while ((n = gzread(f, buffer, sizeof buffer)) > 0) out->append(buffer, static_cast<size_t>(n));
  const bool ok = n == 0;
  gzclose(f);
  return ok;
}

// WordNet's lemmas in all parts of speech, with spaces between the words of a phrase: the
// English words worth linking (the drift detectors look words up in this form).
std::set<std::string> wordnet_lemmas(const std::string& dir) {
  std::set<std::string> lemmas;
  for (const char* pos : {"noun", "verb", "adj", "adv"}) {
    std::ifstream in(dir + "/index." + pos);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;
      std::string lemma = line.substr(0, line.find(' '));
      std::replace(lemma.begin(), lemma.end(), '_', ' ');
      lemmas.insert(std::move(lemma));
    }
  }
  return lemmas;
}

// The coarse part of speech of a grammar label: "<v, trans>" a verb, "<masc>" a noun.
char part_of_speech(std::string_view label) {
  if (label.starts_with("v")) return 'v';
  if (label.starts_with("adj")) return 'a';
  if (label.starts_with("adv")) return 'r';
  if (label.starts_with("masc") || label.starts_with("fem") || label.starts_with("neut") ||
      label.starts_with("pl") || label.starts_with("n"))
    return 'n';
  return '?';
}

struct Term {
  std::string text;
  char pos = '?';
};

// The comma- or semicolon-separated terms of a translation line, each without its labels
// ("<masc>"), domains ("[econ.]"), notes ("(of sth.)") and cross references.
std::vector<Term> terms(std::string_view line, char default_pos) {
  std::vector<Term> out;
  Term current;
  current.pos = default_pos;
  std::string label;
  int depth = 0;
  char open = 0;
  auto flush = [&] {
    current.text = trim(current.text);
    if (!current.text.empty()) out.push_back(current);
    current = Term{};
    current.pos = default_pos;
  };
  for (char c : line) {
    if (depth == 0 && (c == '<' || c == '[' || c == '(' || c == '{')) {
      depth = 1;
      open = c;
      label.clear();
      continue;
    }
    if (depth > 0) {
      const char close = open == '<' ? '>' : open == '[' ? ']' : open == '(' ? ')' : '}';
      if (c == close) {
        depth = 0;
        if (open == '<' && part_of_speech(label) != '?') current.pos = part_of_speech(label);
      } else {
        label += c;
      }
      continue;
    }
    if (c == ',' || c == ';')
      flush();
    else
      current.text += c;
  }
  flush();
  return out;
}

// Drops the placeholders of a dictionary phrase: "carry out sth." -> "carry out",
// "sich etw. ansehen" -> "ansehen", "to chair" -> "chair".
std::string bare_phrase(std::string_view text) {
  static const std::set<std::string_view> kPlaceholders = {
      "sth.", "sb.",  "sb's", "sb.'s",     "etw.",      "jdn.",     "jdm.",
      "jds.", "sich", "to",   "jdn./etw.", "jdm./etw.", "etw./jdn."};
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t end = std::min(text.find(' ', i), text.size());
    const std::string_view word = text.substr(i, end - i);
    if (!word.empty() && !kPlaceholders.contains(word)) {
      if (!out.empty()) out += ' ';
      out += word;
    }
    i = end + 1;
  }
  return out;
}

// For each entry of a dictionary: its headword, the part of speech of its first line, and the
// terms of its translation line (the second; later lines are examples, notes and references).
template <typename Visit>
bool read_dictionary(const std::string& dir, const std::string& name, Visit visit) {
  std::string index, body;
  if (!read_file(dir + "/freedict-" + name + ".index", &index) ||
      !inflate_file(dir + "/freedict-" + name + ".dict.dz", &body))
    return false;
  bool inside = true;
  driftcheck::for_each_dictd_entry(index, [&](const driftcheck::DictdEntry& e) {
    if (!inside || e.headword.starts_with("00")) return;  // "00-database-info" and the like
    if (e.offset + e.length > body.size()) {
      inside = false;
      return;
    }
    const std::string_view entry(body.data() + e.offset, e.length);
    const size_t first_end = entry.find('\n');
    if (first_end == std::string_view::npos) return;
    const std::string_view head_line = entry.substr(0, first_end);
    const size_t second_end = std::min(entry.find('\n', first_end + 1), entry.size());
    const std::string_view translation = entry.substr(first_end + 1, second_end - first_end - 1);
    char head_pos = '?';
    if (const size_t lt = head_line.find('<'); lt != std::string_view::npos)
      head_pos = part_of_speech(head_line.substr(lt + 1));
    visit(e.headword, head_pos, terms(translation, head_pos));
  });
  return inside;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: pivot_compile DICTD_DIR WORDNET_DIR OUTPUT\n");
    return 2;
  }
  const std::set<std::string> lemmas = wordnet_lemmas(argv[2]);
  if (lemmas.empty()) {
    std::fprintf(stderr, "pivot_compile: no WordNet index in %s (install wordnet-base)\n", argv[2]);
    return 1;
  }
  // German word and part of speech -> the English lemmas it translates.
  std::map<std::string, std::set<std::string>> english_of;
  auto link = [&](std::string_view english, std::string_view german, char pos) {
    const std::string e = lower_ascii(bare_phrase(english));
    const std::string g = lower_ascii(bare_phrase(german));
    if (e.empty() || g.empty()) return;
    if (lemmas.contains(e)) {
      english_of[g + '\t' + pos].insert(e);
      return;
    }
    // "preside over" is "preside" in WordNet: a verb with the preposition it takes.
    const size_t space = e.find(' ');
    if (pos == 'v' && space != std::string::npos &&
        kVerbPrepositions.contains(e.substr(space + 1)) && lemmas.contains(e.substr(0, space)))
      english_of[g + '\t' + pos].insert(e.substr(0, space));
  };
  const bool read =
      read_dictionary(argv[1], "eng-deu",
                      [&](std::string_view head, char head_pos, const std::vector<Term>& ts) {
                        for (const Term& t : ts)
                          link(head, t.text, head_pos != '?' ? head_pos : t.pos);
                      }) &&
      read_dictionary(argv[1], "deu-eng",
                      [&](std::string_view head, char head_pos, const std::vector<Term>& ts) {
                        for (const Term& t : ts)
                          link(t.text, head, t.pos != '?' ? t.pos : head_pos);
                      });
  if (!read) {
    std::fprintf(stderr,
                 "pivot_compile: cannot read freedict-eng-deu and freedict-deu-eng in %s "
                 "(install dict-freedict-eng-deu and dict-freedict-deu-eng: make deps)\n",
                 argv[1]);
    return 1;
  }
  // English lemma -> ids of the specific German words it translates, ids in key order.
  std::map<std::string, std::vector<std::uint16_t>> pivots_of;
  std::uint32_t next_id = 0;
  for (const auto& [german, english] : english_of) {
    if (english.size() < 2 || english.size() > kMaxWordsPerGerman) continue;
    if (next_id > 0xFFFF) {
      std::fprintf(stderr, "pivot_compile: more German words than 16-bit ids\n");
      return 1;
    }
    for (const std::string& e : english)
      pivots_of[e].push_back(static_cast<std::uint16_t>(next_id));
    ++next_id;
  }
  const std::string out = tf::table_bytes(pivots_of);
  std::ofstream file(argv[3], std::ios::binary);
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  return file ? 0 : 1;
}
