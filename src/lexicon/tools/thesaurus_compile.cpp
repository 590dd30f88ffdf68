// Build-time tool: reads the Moby thesaurus as Aiksaurus ships it (Debian's
// libaiksaurus-1.2-data: words.dat, one word a record followed by the ids of the meanings it
// belongs to) and writes the compact table described in thesaurus_format.h.
//
//   thesaurus_compile /usr/share/aiksaurus thesaurus.bin
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "lexicon/tools/thesaurus_table_writer.h"

namespace tf = driftcheck::thesaurus_format;

namespace {

// words.dat: a NUL-terminated word (':' between the words of a phrase), then big-endian
// 16-bit meaning ids up to 0xFFFF. The first id follows the NUL directly.
bool read_words(const std::string& path, std::map<std::string, std::vector<std::uint16_t>>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t i = 0;
  while (i < data.size()) {
    const size_t end = data.find('\0', i);
    if (end == std::string::npos) return false;
    std::string word = data.substr(i, end - i);
    for (char& c : word)
      c = c == ':' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    i = end + 1;
    std::vector<std::uint16_t>& ids = (*out)[word];
    while (i + 1 < data.size()) {
      const auto id = static_cast<std::uint16_t>((static_cast<unsigned char>(data[i]) << 8) |
                                                 static_cast<unsigned char>(data[i + 1]));
      i += 2;
      if (id == 0xFFFF) break;
      ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: thesaurus_compile AIKSAURUS_DIR OUTPUT\n");
    return 2;
  }
  std::map<std::string, std::vector<std::uint16_t>> words;
  const std::string path = std::string(argv[1]) + "/words.dat";
  if (!read_words(path, &words) || words.empty()) {
    std::fprintf(stderr, "thesaurus_compile: cannot read %s (install libaiksaurus-1.2-data)\n",
                 path.c_str());
    return 1;
  }
  const std::string out = tf::table_bytes(words);
  std::ofstream file(argv[2], std::ios::binary);
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  return file ? 0 : 1;
}
