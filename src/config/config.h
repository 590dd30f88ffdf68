#pragma once
// The project's review policy, read from `.driftcheck.toml` (or `--config FILE`):
//
//   Result<Config> c = parse_config(toml_text, ".driftcheck.toml");
//   if (!c) fail(c.error());              // names the file and line, e.g. an unknown key
//   c->policy.severity_overrides; c->glossary; c->baseline_path;
//
//   fail_on = "minor"                      # info | minor | major | critical | never
//   ignore = ["format", "moved"]           # categories never reported
//   baseline = "driftcheck-baseline.json"  # accepted findings, relative to this file
//   [severity]
//   modality = "minor"                     # per-category severity
//   [glossary]
//   "Shahed-136" = ["Shahed-136", "Geran-2"]   # must survive in one of these forms
//   [align]
//   match_threshold = 0.08                 # alignment thresholds in [0, 1] (align_options.h)
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/baseline.h"
#include "config/glossary.h"
#include "core/error.h"
#include "drift/check.h"

namespace driftcheck {

// What the project decided about categories; review.cpp applies it once, after detection.
struct ReviewPolicy {
  std::vector<std::pair<Category, Severity>> severity_overrides;  // [severity]
  std::vector<Category> ignored_categories;                       // ignore = [...]
};

struct Config {
  std::string path;  // the file it was read from; empty for the defaults
  std::optional<Severity> fail_on = Severity::major;  // nullopt = never fail
  bool fail_on_set = false;  // the file named fail_on (a --fail-on on the command line wins)
  ReviewPolicy policy;       // [severity] overrides and ignored categories
  AlignOptions align;        // [align] thresholds
  std::vector<GlossaryTerm> glossary;
  std::string baseline_path;  // as written, resolved against the file's folder; empty = none
  Baseline baseline;          // loaded by the caller from baseline_path
};

// Parses the TOML text of a configuration file; `path` is for messages and for resolving
// `baseline`. Fails, naming the line, on TOML syntax errors, unknown keys, categories or
// severities, values of the wrong type, and [align] values outside 0..1.
Result<Config> parse_config(std::string_view text, const std::string& path);

// "info".."critical" → that level, "never" → nullopt; anything else is not a level.
std::optional<std::optional<Severity>> parse_fail_on(std::string_view name);

}  // namespace driftcheck
