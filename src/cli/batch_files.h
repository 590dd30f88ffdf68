#pragma once
// The files `check`, `batch` and `baseline` read besides the articles: the configuration
// (and the baseline it names), manifests and folders of pairs.
//
//   Result<Config> config = load_config(args.config);   // --config, or found upward
//   Result<std::vector<BatchPair>> pairs = read_manifest("pairs.tsv");
#include <optional>
#include <string>
#include <vector>

#include "cli/io.h"
#include "batch/pair.h"
#include "config/config.h"
#include "batch/manifest.h"
#include "core/error.h"

namespace driftcheck {

inline constexpr const char* kConfigFileName = ".driftcheck.toml";

// The whole file as bytes (at most 64 MiB); an error names the file and the cause. A FIFO
// or device is refused, as for the articles.
Result<std::string> read_text_file(const std::string& path);

// `explicit_path` if given, else the first .driftcheck.toml in the working directory or
// one of its parents, else the defaults; with the baseline it names loaded. A missing
// baseline file is an error unless `baseline_may_be_missing` (when writing one).
Result<Config> load_config(const std::string& explicit_path, bool baseline_may_be_missing = false);

// --fail-on when given on the command line, else the configuration's fail_on.
std::optional<Severity> choose_fail_on(const std::string& option, bool given, const Config& config);

// Reads and parses a TSV manifest (see parse_manifest).
Result<std::vector<BatchPair>> read_manifest(const std::string& path);

// Lists `dir` and finds the pairs in it by convention (see pairs_by_convention).
Result<std::vector<BatchPair>> find_pairs(const std::string& dir);

// The folders a batch reads pair files from: the manifest's folder and the working
// directory, or the --pairs folder and the working directory; each with symlinks resolved.
// A manifest that CI checks out from a pull request must not make the run read (and
// upload, in its reports) /etc/passwd or a symlink to it.
std::vector<std::string> pair_roots(const std::string& manifest, const std::string& pairs_dir);

// An error when `path`, with its symlinks resolved, lies outside every root: why, and how
// to allow it (--allow-outside).
std::optional<Error> outside_roots(const std::string& path, const std::vector<std::string>& roots);

// How batch and baseline read a pair's files: load_document with `input`, refused for a
// path outside `roots` (empty = anywhere), and with the unwind reserve refilled first, in
// case an earlier pair ran out of memory.
DocumentLoader pair_loader(const InputOptions& input, std::vector<std::string> roots);

// Every file a batch reads: the manifest (if any) and both halves of every pair, for
// check_output_path.
std::vector<std::string> batch_inputs(const std::string& manifest,
                                      const std::vector<BatchPair>& pairs);

}  // namespace driftcheck
