#include "cli/batch_files.h"

#include <fmt/format.h>

#include <filesystem>

#include "cli/io.h"
#include "cli/unwind_reserve.h"

namespace driftcheck {
namespace {

constexpr uint64_t kMaxSideFileBytes = uint64_t{64} << 20;

// The nearest .driftcheck.toml from the working directory up to the root; empty if none.
std::string discover_config() {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::current_path(ec);
  if (ec) return {};
  while (true) {
    const std::filesystem::path candidate = dir / kConfigFileName;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return {};
    dir = dir.parent_path();
  }
}

std::filesystem::path resolved(const std::string& path) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  if (ec) return std::filesystem::path(path).lexically_normal();
  std::filesystem::path canonical = std::filesystem::weakly_canonical(absolute, ec);
  return ec ? absolute.lexically_normal() : canonical;
}

bool is_within(const std::filesystem::path& path, const std::filesystem::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (r->empty()) continue;  // a trailing separator
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

}  // namespace

Result<std::string> read_text_file(const std::string& path) {
  return read_input_bytes(path, kMaxSideFileBytes);
}

Result<Config> load_config(const std::string& explicit_path, bool baseline_may_be_missing) {
  const std::string path = explicit_path.empty() ? discover_config() : explicit_path;
  if (path.empty()) return Config{};
  Result<std::string> text = read_text_file(path);
  if (!text) return text.error();
  Result<Config> config = parse_config(*text, path);
  if (!config || config->baseline_path.empty()) return config;
  std::error_code ec;
  if (baseline_may_be_missing && !std::filesystem::exists(config->baseline_path, ec)) return config;
  Result<std::string> baseline_text = read_text_file(config->baseline_path);
  if (!baseline_text) {
    Error e = baseline_text.error();
    e.hint = fmt::format("named by 'baseline' in {}; write one with 'driftcheck baseline'", path);
    return e;
  }
  Result<Baseline> baseline = parse_baseline(*baseline_text, config->baseline_path);
  if (!baseline) return baseline.error();
  config->baseline = std::move(*baseline);
  return config;
}

std::optional<Severity> choose_fail_on(const std::string& option, bool given,
                                       const Config& config) {
  if (given)
    if (const auto level = parse_fail_on(option)) return *level;
  return config.fail_on;
}

Result<std::vector<BatchPair>> read_manifest(const std::string& path) {
  Result<std::string> text = read_text_file(path);
  if (!text) return text.error();
  // Errors name "standard input:LINE"; pair paths resolve against the working directory.
  return parse_manifest(*text, path == "-" ? "standard input" : path);
}

Result<std::vector<BatchPair>> find_pairs(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return file_error(dir, "is not a folder",
                      "give a folder of NAME/original.txt + "
                      "NAME/rendition.txt or NAME.orig.txt + NAME.trans.txt");
  std::vector<std::string> entries;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_directory(ec)) {
      for (const char* half : {"original.txt", "rendition.txt"})
        if (std::filesystem::exists(entry.path() / half, ec)) entries.push_back(name + "/" + half);
    } else {
      entries.push_back(name);
    }
  }
  if (ec) return file_error(dir, ec.message());
  return pairs_by_convention(dir, entries);
}

std::vector<std::string> pair_roots(const std::string& manifest, const std::string& pairs_dir) {
  std::vector<std::string> roots;
  if (!manifest.empty()) {
    const std::filesystem::path folder = std::filesystem::path(manifest).parent_path();
    roots.push_back(resolved(folder.empty() ? "." : folder.string()).string());
  }
  if (!pairs_dir.empty()) roots.push_back(resolved(pairs_dir).string());
  roots.push_back(resolved(".").string());
  return roots;
}

std::optional<Error> outside_roots(const std::string& path, const std::vector<std::string>& roots) {
  const std::filesystem::path target = resolved(path);
  for (const std::string& root : roots)
    if (is_within(target, root)) return std::nullopt;
  std::string folders;
  for (const std::string& root : roots) folders += (folders.empty() ? "" : ", ") + root;
  return file_error(path,
                    fmt::format("resolves to {}, outside the folders a batch reads ({})",
                                target.string(), folders),
                    "move it under one of them, or pass --allow-outside");
}

std::vector<std::string> batch_inputs(const std::string& manifest,
                                      const std::vector<BatchPair>& pairs) {
  std::vector<std::string> inputs;
  if (!manifest.empty()) inputs.push_back(manifest);
  for (const BatchPair& pair : pairs) {
    inputs.push_back(pair.original);
    inputs.push_back(pair.rendition);
  }
  return inputs;
}

DocumentLoader pair_loader(const InputOptions& input, std::vector<std::string> roots) {
  return [input, roots = std::move(roots)](const std::string& path,
                                           PairSide side) -> Result<Document> {
    refill_unwind_reserve();
    if (!roots.empty())
      if (auto err = outside_roots(path, roots)) return *err;
    return load_document(path, side_options(input, side == PairSide::original));
  };
}

}  // namespace driftcheck
