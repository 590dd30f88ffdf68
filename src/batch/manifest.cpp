#include "batch/manifest.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <unordered_map>

namespace driftcheck {
namespace {

Error manifest_error(const std::string& path, int line, std::string cause, std::string hint) {
  Error e;
  e.file = path;
  e.line = line;
  e.cause = std::move(cause);
  e.hint = std::move(hint);
  return e;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_header(const std::vector<std::string_view>& fields) {
  return fields.size() >= 2 && trimmed(fields[0]) == "original" &&
         trimmed(fields[1]) == "rendition" && (fields.size() == 2 || trimmed(fields[2]) == "id");
}

std::string resolve(const std::filesystem::path& folder, std::string_view file) {
  const std::filesystem::path p(file);
  if (p.is_absolute() || folder.empty()) return p.string();
  return (folder / p).string();
}

}  // namespace

Result<std::vector<BatchPair>> parse_manifest(std::string_view text, const std::string& path) {
  // Windows editors (Notepad, Excel's "CSV UTF-8") start a file with a byte order mark;
  // left in, it would glue itself to the first path or hide the header line.
  constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  std::vector<BatchPair> pairs;
  std::unordered_map<std::string, int> id_lines;
  bool seen_content = false;
  int line_number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (trimmed(line).empty() || trimmed(line).front() == '#') continue;
    const std::vector<std::string_view> fields = split_tabs(line);
    if (!seen_content && is_header(fields)) {
      seen_content = true;
      continue;
    }
    seen_content = true;
    if (fields.size() < 2 || fields.size() > 3)
      return manifest_error(
          path, line_number,
          fmt::format("expected 2 or 3 tab-separated fields, found {}", fields.size()),
          "write ORIGINAL<tab>RENDITION[<tab>ID]");
    for (size_t i = 0; i < fields.size(); ++i)
      if (trimmed(fields[i]).empty())
        return manifest_error(path, line_number, fmt::format("field {} is empty", i + 1),
                              "write ORIGINAL<tab>RENDITION[<tab>ID]");
    BatchPair pair;
    pair.original = resolve(folder, trimmed(fields[0]));
    pair.rendition = resolve(folder, trimmed(fields[1]));
    pair.id = std::string(trimmed(fields.size() == 3 ? fields[2] : fields[1]));
    pair.index = pairs.size();
    pair.line = line_number;
    const auto [it, fresh] = id_lines.emplace(pair.id, line_number);
    if (!fresh)
      return manifest_error(
          path, line_number,
          fmt::format("pair id '{}' is already used on line {}", pair.id, it->second),
          "give each pair its own id in the third column");
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

std::vector<BatchPair> pairs_by_convention(const std::string& dir,
                                           const std::vector<std::string>& entries) {
  struct Halves {
    std::string original;
    std::string rendition;
  };
  std::map<std::string, Halves> by_name;  // sorted by NAME
  const auto ends_with = [](std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
  };
  for (const std::string& entry : entries) {
    const std::string_view e = entry;
    if (ends_with(e, "/original.txt") && e.find('/') == e.size() - 13) {
      by_name[std::string(e.substr(0, e.size() - 13))].original = entry;
    } else if (ends_with(e, "/rendition.txt") && e.find('/') == e.size() - 14) {
      by_name[std::string(e.substr(0, e.size() - 14))].rendition = entry;
    } else if (ends_with(e, ".orig.txt") && e.find('/') == std::string_view::npos) {
      by_name[std::string(e.substr(0, e.size() - 9))].original = entry;
    } else if (ends_with(e, ".trans.txt") && e.find('/') == std::string_view::npos) {
      by_name[std::string(e.substr(0, e.size() - 10))].rendition = entry;
    }
  }
  const std::filesystem::path folder(dir);
  std::vector<BatchPair> pairs;
  for (auto& [name, halves] : by_name) {
    // A lone half names its missing partner by the same convention.
    const bool nested = !halves.original.empty() ? halves.original.find('/') != std::string::npos
                                                 : halves.rendition.find('/') != std::string::npos;
    if (halves.original.empty())
      halves.original = nested ? name + "/original.txt" : name + ".orig.txt";
    if (halves.rendition.empty())
      halves.rendition = nested ? name + "/rendition.txt" : name + ".trans.txt";
    BatchPair pair;
    pair.id = name;
    pair.original = (folder / halves.original).string();
    pair.rendition = (folder / halves.rendition).string();
    pair.index = pairs.size();
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

Result<Shard> parse_shard(std::string_view spec) {
  const auto bad = [&](std::string cause) {
    Error e;
    e.file = "--shard";
    e.cause = std::move(cause);
    e.hint = "write K/N with 1 <= K <= N, e.g. --shard 2/4 for the second of four";
    return e;
  };
  const size_t slash = spec.find('/');
  if (slash == std::string_view::npos) return bad(fmt::format("'{}' is not K/N", spec));
  Shard shard;
  const std::string_view k = spec.substr(0, slash);
  const std::string_view n = spec.substr(slash + 1);
  const auto k_end = std::from_chars(k.data(), k.data() + k.size(), shard.k);
  const auto n_end = std::from_chars(n.data(), n.data() + n.size(), shard.n);
  if (k.empty() || n.empty() || k_end.ec != std::errc() || n_end.ec != std::errc() ||
      k_end.ptr != k.data() + k.size() || n_end.ptr != n.data() + n.size())
    return bad(fmt::format("'{}' is not K/N", spec));
  if (shard.n < 1) return bad("N must be at least 1");
  if (shard.k < 1 || shard.k > shard.n)
    return bad(fmt::format("shard {} of {} does not exist (K is 1-based)", shard.k, shard.n));
  return shard;
}

std::vector<BatchPair> select_shard(const std::vector<BatchPair>& pairs, Shard shard) {
  std::vector<BatchPair> mine;
  for (const BatchPair& p : pairs)
    if (p.index % shard.n == shard.k - 1) mine.push_back(p);
  return mine;
}

}  // namespace driftcheck
