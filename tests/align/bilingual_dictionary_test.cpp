// FreeDict dictionaries in dictd format, built here in a scratch directory: a dictzip file
// (chunks inflated one by one) and a plain gzip one read alike.
#include "align/bilingual_dictionary.h"

#include <zlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace driftcheck {
namespace {

namespace fs = std::filesystem;

const std::vector<std::pair<std::string, std::string>> kEntries = {
    {"00databaseshort", "English-German test dictionary\n"},
    {"go", "go /g\xC9\x99\xCA\x8A/ <v>\ngehen, laufen <v, intr>\n      \"he goes\"  - er geht\n\n"},
    {"house", "house /ha\xCA\x8As/\nHaus <neut>\n see: {houses}\n\n"},
    {"say sth.",
     "say sth. /se\xC9\xAA/\netw. sagen, etw. \xC3\xA4u\xC3\x9F"
     "ern <v, trans>\n\n"},
    {"water polo", "water polo\nWasserball <m>\n\n"},
};

std::string base64(uint64_t n) {
  static const char* kDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  do {
    out.insert(out.begin(), kDigits[n % 64]);
    n /= 64;
  } while (n > 0);
  return out;
}

std::string deflate_raw(const std::string& in, int window_bits, int flush) {
  z_stream z{};
  REQUIRE(deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY) ==
          Z_OK);
  std::string out(deflateBound(&z, in.size()) + 64, '\0');
  std::string input = in;
  z.next_in = reinterpret_cast<Bytef*>(input.data());
  z.avail_in = static_cast<uInt>(input.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&z, flush) != Z_STREAM_ERROR);
  out.resize(out.size() - z.avail_out);
  deflateEnd(&z);
  return out;
}

// dictzip: gzip with an "RA" extra field listing chunks of `chunk` bytes, each deflated on
// its own, as dictzip writes them.
std::string dictzip(const std::string& text, size_t chunk) {
  std::vector<std::string> parts;
  for (size_t at = 0; at < text.size(); at += chunk)
    parts.push_back(deflate_raw(text.substr(at, chunk), -15, Z_FULL_FLUSH));
  auto u16 = [](std::string& s, size_t v) {
    s += static_cast<char>(v & 0xFF);
    s += static_cast<char>((v >> 8) & 0xFF);
  };
  std::string out = {'\x1f', '\x8b', '\x08', '\x04', 0, 0, 0, 0, 0, '\x03'};
  u16(out, 4 + 6 + 2 * parts.size());
  out += "RA";
  u16(out, 6 + 2 * parts.size());
  u16(out, 1);
  u16(out, chunk);
  u16(out, parts.size());
  for (const std::string& p : parts) u16(out, p.size());
  for (const std::string& p : parts) out += p;
  return out;
}

// A dictionary named freedict-eng-deu in a fresh scratch directory; returns the directory.
fs::path write_dictionary(const std::string& name, bool chunked) {
  const fs::path dir = fs::temp_directory_path() / ("driftcheck-dict-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string text, index;
  for (const auto& [headword, entry] : kEntries) {
    index += headword + "\t" + base64(text.size()) + "\t" + base64(entry.size()) + "\n";
    text += entry;
  }
  std::ofstream(dir / "freedict-eng-deu.index", std::ios::binary) << index;
  std::ofstream(dir / "freedict-eng-deu.dict.dz", std::ios::binary)
      << (chunked ? dictzip(text, 16) : deflate_raw(text, 15 + 16, Z_FINISH));
  return dir;
}

using Translations = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("dictionary: a word's translations come from its first form that is a headword",
          "[align][dictionary]") {
  const bool chunked = GENERATE(true, false);
  INFO((chunked ? "dictzip" : "plain gzip"));
  const fs::path dir = write_dictionary(chunked ? "chunked" : "plain", chunked);
  const auto dict = BilingualDictionary::open(dir.string(), "en-GB", "de");
  REQUIRE(dict);
  const Translations t = dict->translate({{"houses", "house"}, {"go"}, {"nothing"}, {"say"}});
  CHECK(t == Translations{{"Haus"},
                          {"gehen", "laufen"},
                          {},
                          {"sagen",
                           "\xC3\xA4u\xC3\x9F"
                           "ern"}});
  // A phrase is not a word: "water polo" gives "water" nothing.
  CHECK(dict->translate({{"water"}}) == Translations{{}});
  fs::remove_all(dir);
}

TEST_CASE("dictionary: only a pair with an installed dictionary opens", "[align][dictionary]") {
  const fs::path dir = write_dictionary("pairs", true);
  CHECK(BilingualDictionary::open(dir.string(), "en", "de"));
  CHECK_FALSE(BilingualDictionary::open(dir.string(), "de", "en"));
  CHECK_FALSE(BilingualDictionary::open(dir.string(), "en", "fr"));
  CHECK_FALSE(BilingualDictionary::open(dir.string(), "en", "en"));
  fs::remove_all(dir);
}

}  // namespace driftcheck
