// FreeDict dictionaries in dictd format: a plain index (headword, base64 offset, base64
// length) and a dictzip file (gzip whose FEXTRA "RA" field lists independently inflatable
// chunks), read only where an entry asked for lies.
#include "align/bilingual_dictionary.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "lexicon/dictd_index.h"

namespace driftcheck {
namespace {

// Entries read per headword ("go" has seven): the first ones hold its common senses, and
// each entry costs the inflation of its chunk (two score as well as four on dev-align).
constexpr size_t kMaxEntries = 2;
// Translation words kept per headword: past this a word is so general it links everything.
constexpr size_t kMaxTranslations = 16;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return {};
  std::string out(static_cast<size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
  in.seekg(0);
  in.read(out.data(), static_cast<std::streamsize>(out.size()));
  out.resize(static_cast<size_t>(in.gcount()));
  return out;
}

// "say sth." -> "say": grammar placeholders after a one-word headword are dropped; other
// phrases are not words and give "". Lower case into `out`, reused across lines.
void headword_key(std::string_view h, std::string& out) {
  out.clear();
  const size_t space = h.find(' ');
  if (space != std::string_view::npos) {
    const std::string_view rest = h.substr(space + 1);
    size_t at = 0;
    while (at < rest.size()) {
      size_t next = rest.find(' ', at);
      if (next == std::string_view::npos) next = rest.size();
      if (next == at || rest[next - 1] != '.') return;
      at = next + 1;
    }
  }
  for (char c : h.substr(0, space))
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

struct Span {
  uint64_t offset;
  uint64_t length;
};

// The uncompressed bytes [offset, offset + length) of a dictzip file. Only the chunks that
// hold a wanted span are read, and each is inflated once, only as far as the last wanted byte.
class DictzipReader {
 public:
  DictzipReader(const std::string& path, const std::vector<Span>& wanted)
      : in_(path, std::ios::binary) {
    parse_header();
    if (!random_access_) {
      in_.clear();
      in_.seekg(0);
      file_.assign(std::istreambuf_iterator<char>(in_), std::istreambuf_iterator<char>());
      return;
    }
    for (const Span& s : wanted) {
      const uint64_t end = s.offset + s.length;
      for (uint64_t k = s.offset / chunk_length_; k * chunk_length_ < end && k < sizes_.size();
           ++k) {
        uint64_t& limit = limit_[k];
        limit = std::max(limit, std::min<uint64_t>(chunk_length_, end - k * chunk_length_));
      }
    }
  }

  bool read(const Span& span, std::string& out) {
    out.clear();
    if (!random_access_) {
      if (!whole_ && !inflate_whole()) return false;
      if (span.offset >= whole_->size()) return false;
      out = whole_->substr(span.offset, span.length);
      return true;
    }
    for (uint64_t at = span.offset; at < span.offset + span.length;) {
      const uint64_t chunk = at / chunk_length_;
      const std::string* bytes = this->chunk(chunk);
      if (bytes == nullptr) return false;
      const uint64_t within = at - chunk * chunk_length_;
      if (within >= bytes->size()) return false;
      const uint64_t take =
          std::min<uint64_t>(bytes->size() - within, span.offset + span.length - at);
      out.append(*bytes, within, take);
      at += take;
    }
    return true;
  }

 private:
  void parse_header() {
    std::string head(1 << 16, '\0');
    in_.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in_.gcount()));
    const auto* b = reinterpret_cast<const unsigned char*>(head.data());
    const size_t n = head.size();
    if (n < 18 || b[0] != 0x1f || b[1] != 0x8b || b[2] != 8) return;
    const unsigned flags = b[3];
    size_t at = 10;
    if (flags & 4) {
      const size_t xlen = b[10] | (b[11] << 8);
      size_t sub = 12;
      at = 12 + xlen;
      while (sub + 4 <= at && at <= n) {
        const size_t len = b[sub + 2] | (b[sub + 3] << 8);
        if (b[sub] == 'R' && b[sub + 1] == 'A' && len >= 6 && sub + 4 + len <= n) {
          const unsigned char* d = b + sub + 4;
          chunk_length_ = d[2] | (d[3] << 8);
          const size_t count = d[4] | (d[5] << 8);
          if (6 + 2 * count > len || chunk_length_ == 0) break;
          for (size_t k = 0; k < count; ++k) sizes_.push_back(d[6 + 2 * k] | (d[7 + 2 * k] << 8));
        }
        sub += 4 + len;
      }
    }
    for (unsigned bit : {8u, 16u})
      if (flags & bit) {
        while (at < n && b[at] != 0) ++at;
        ++at;
      }
    if (flags & 2) at += 2;
    if (at >= n || sizes_.empty()) return;
    uint64_t pos = at;
    for (unsigned s : sizes_) {
      starts_.push_back(pos);
      pos += s;
    }
    random_access_ = true;
  }

  const std::string* chunk(uint64_t k) {
    if (k >= sizes_.size()) return nullptr;
    auto it = chunks_.find(k);
    if (it != chunks_.end()) return &it->second;
    std::string compressed(sizes_[k], '\0');
    in_.clear();
    in_.seekg(static_cast<std::streamoff>(starts_[k]));
    in_.read(compressed.data(), static_cast<std::streamsize>(compressed.size()));
    if (static_cast<size_t>(in_.gcount()) != compressed.size()) return nullptr;
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) return nullptr;
    const auto limit = limit_.find(k);
    std::string out(limit == limit_.end() ? chunk_length_ : limit->second, '\0');
    z.next_in = reinterpret_cast<Bytef*>(compressed.data());
    z.avail_in = static_cast<uInt>(compressed.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z, Z_SYNC_FLUSH);
    const size_t produced = out.size() - z.avail_out;
    inflateEnd(&z);
    if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) return nullptr;
    out.resize(produced);
    return &chunks_.emplace(k, std::move(out)).first->second;
  }

  bool inflate_whole() {
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK) return false;
    std::string out;
    z.next_in = reinterpret_cast<Bytef*>(file_.data());
    z.avail_in = static_cast<uInt>(file_.size());
    std::vector<char> buffer(1 << 16);
    int rc = Z_OK;
    while (rc == Z_OK) {
      z.next_out = reinterpret_cast<Bytef*>(buffer.data());
      z.avail_out = static_cast<uInt>(buffer.size());
      rc = inflate(&z, Z_NO_FLUSH);
      out.append(buffer.data(), buffer.size() - z.avail_out);
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END) return false;
    whole_ = std::move(out);
    return true;
  }

  std::ifstream in_;
  std::string file_;  // the whole file, only when it is plain gzip
  bool random_access_ = false;
  uint64_t chunk_length_ = 0;
  std::vector<unsigned> sizes_;
  std::vector<uint64_t> starts_;
  std::map<uint64_t, uint64_t> limit_;  // chunk -> bytes of it needed
  std::map<uint64_t, std::string> chunks_;
  std::optional<std::string> whole_;
};

// The translation words of one entry: its first line after the headword line, with grammar
// labels (<v>), domains ([mus.]), notes ((...)) and cross references ({...}) removed and
// placeholders ("etw.", "jdm.") dropped.
void entry_translations(std::string_view entry, std::vector<std::string>& out) {
  size_t at = entry.find('\n');
  while (at != std::string_view::npos && at + 1 < entry.size() &&
         (entry[at + 1] == ' ' || entry[at + 1] == '\n'))
    at = entry.find('\n', at + 1);
  if (at == std::string_view::npos) return;
  const size_t end = entry.find('\n', at + 1);
  const std::string_view line =
      entry.substr(at + 1, end == std::string_view::npos ? end : end - at - 1);
  std::string word;
  int depth = 0;
  auto flush = [&]() {
    if (!word.empty() && word.back() != '.' && word.size() > 1 &&
        std::find(out.begin(), out.end(), word) == out.end() && out.size() < kMaxTranslations)
      out.push_back(word);
    word.clear();
  };
  for (char c : line) {
    if (c == '<' || c == '[' || c == '(' || c == '{') {
      flush();
      ++depth;
    } else if (c == '>' || c == ']' || c == ')' || c == '}') {
      depth = std::max(0, depth - 1);
    } else if (depth == 0) {
      if (c == ' ' || c == ',' || c == ';' || c == '/' || c == '"') {
        flush();
      } else {
        word += c;
      }
    }
  }
  flush();
}

}  // namespace

std::string_view freedict_code(std::string_view language) {
  static constexpr std::pair<std::string_view, std::string_view> kCodes[] = {
      {"en", "eng"}, {"de", "deu"}, {"ru", "rus"}, {"fr", "fra"}, {"es", "spa"}, {"it", "ita"},
      {"nl", "nld"}, {"pt", "por"}, {"pl", "pol"}, {"sv", "swe"}, {"da", "dan"}, {"fi", "fin"},
      {"cs", "ces"}, {"uk", "ukr"}, {"bg", "bul"}, {"el", "ell"}, {"tr", "tur"}, {"hu", "hun"}};
  const std::string_view base = language.substr(0, language.find_first_of("-_"));
  for (const auto& [tag, code] : kCodes)
    if (tag == base) return code;
  return {};
}

std::optional<BilingualDictionary> BilingualDictionary::open(const std::string& directory,
                                                             std::string_view source,
                                                             std::string_view target) {
  const std::string_view s = freedict_code(source), t = freedict_code(target);
  if (s.empty() || t.empty() || s == t || directory.empty()) return std::nullopt;
  BilingualDictionary d;
  const std::string base = directory + "/freedict-" + std::string(s) + "-" + std::string(t);
  d.index_path_ = base + ".index";
  d.dict_path_ = base + ".dict.dz";
  if (!std::ifstream(d.index_path_) || !std::ifstream(d.dict_path_)) return std::nullopt;
  return d;
}

std::vector<std::vector<std::string>> BilingualDictionary::translate(
    const std::vector<std::vector<std::string>>& words) const {
  std::vector<std::vector<std::string>> out(words.size());
  std::unordered_set<std::string> wanted;
  for (const auto& forms : words) wanted.insert(forms.begin(), forms.end());
  const std::string index = read_file(index_path_);
  // Entries by headword, in file order.
  std::unordered_map<std::string, std::vector<Span>> spans;
  std::string key;
  for_each_dictd_entry(index, [&](const DictdEntry& entry) {
    headword_key(entry.headword, key);
    if (key.empty() || !wanted.count(key)) return;
    std::vector<Span>& list = spans[key];
    if (list.size() < kMaxEntries) list.push_back(Span{entry.offset, entry.length});
  });
  if (spans.empty()) return out;
  // Each word's first form that is a headword; only its entries are read.
  std::vector<const std::vector<Span>*> chosen(words.size(), nullptr);
  std::vector<Span> all;
  for (size_t w = 0; w < words.size(); ++w)
    for (const std::string& form : words[w]) {
      auto it = spans.find(form);
      if (it == spans.end()) continue;
      chosen[w] = &it->second;
      all.insert(all.end(), it->second.begin(), it->second.end());
      break;
    }
  DictzipReader reader(dict_path_, all);
  std::string entry;
  for (size_t w = 0; w < words.size(); ++w) {
    if (chosen[w] == nullptr) continue;
    for (const Span& span : *chosen[w])
      if (reader.read(span, entry)) entry_translations(entry, out[w]);
  }
  return out;
}

}  // namespace driftcheck
