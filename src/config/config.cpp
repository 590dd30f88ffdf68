#include "config/config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <filesystem>
#include <utility>

namespace driftcheck {
namespace {

constexpr const char* kLevels = "info, minor, major, critical or never";
constexpr const char* kSeverities = "info, minor, major or critical";
constexpr const char* kCategories =
    "number, date, entity, negation, antonym, substitution, modality, attribution, quote, "
    "approximator, quantifier, omission, addition, rewrite, moved or format";

Error error_at(const std::string& path, const toml::source_region& where, std::string cause,
               std::string hint = {}) {
  Error e;
  e.file = path;
  e.line = where.begin.line;
  e.column = where.begin.column;
  e.cause = std::move(cause);
  e.hint = std::move(hint);
  return e;
}

// A string value, or an error naming the key and what was expected.
Result<std::string> string_value(const std::string& path, const toml::node& node,
                                 std::string_view key) {
  if (const auto* s = node.as_string()) return std::string(s->get());
  return error_at(path, node.source(), fmt::format("'{}' must be a string", key));
}

std::optional<Error> read_severities(const std::string& path, const toml::node& node,
                                     Config& config) {
  const toml::table* table = node.as_table();
  if (table == nullptr)
    return error_at(path, node.source(), "'severity' must be a table",
                    "write [severity] and one 'category = \"level\"' per line");
  for (const auto& [key, value] : *table) {
    const std::optional<Category> category = parse_category(key.str());
    if (!category)
      return error_at(path, key.source(), fmt::format("unknown category '{}'", key.str()),
                      fmt::format("one of {}", kCategories));
    Result<std::string> name = string_value(path, value, key.str());
    if (!name) return name.error();
    const std::optional<Severity> severity = parse_severity(*name);
    if (!severity)
      return error_at(path, value.source(), fmt::format("unknown severity '{}'", *name),
                      fmt::format("one of {}", kSeverities));
    config.policy.severity_overrides.emplace_back(*category, *severity);
  }
  return std::nullopt;
}

std::optional<Error> read_ignore(const std::string& path, const toml::node& node, Config& config) {
  const toml::array* array = node.as_array();
  if (array == nullptr)
    return error_at(path, node.source(), "'ignore' must be an array of categories",
                    "e.g. ignore = [\"format\", \"moved\"]");
  for (const toml::node& item : *array) {
    Result<std::string> name = string_value(path, item, "ignore");
    if (!name) return name.error();
    const std::optional<Category> category = parse_category(*name);
    if (!category)
      return error_at(path, item.source(), fmt::format("unknown category '{}'", *name),
                      fmt::format("one of {}", kCategories));
    config.policy.ignored_categories.push_back(*category);
  }
  return std::nullopt;
}

std::optional<Error> read_glossary(const std::string& path, const toml::node& node,
                                   Config& config) {
  const toml::table* table = node.as_table();
  if (table == nullptr)
    return error_at(path, node.source(), "'glossary' must be a table",
                    "write [glossary] and one '\"term\" = [\"form\", ...]' per line");
  for (const auto& [key, value] : *table) {
    const std::string term(key.str());
    std::vector<std::string> forms;
    if (const auto* single = value.as_string()) {
      forms.emplace_back(single->get());
    } else if (const auto* array = value.as_array()) {
      for (const toml::node& item : *array) {
        Result<std::string> form = string_value(path, item, term);
        if (!form) return form.error();
        forms.push_back(std::move(*form));
      }
    } else {
      return error_at(path, value.source(),
                      fmt::format("glossary term '{}' must list its accepted forms", term),
                      fmt::format("e.g. \"{}\" = [\"{}\"]", term, term));
    }
    GlossaryTerm parsed = make_glossary_term(term, std::move(forms));
    if (parsed.key.empty())
      return error_at(path, key.source(), fmt::format("glossary term '{}' has no letters", term));
    if (parsed.form_keys.empty())
      return error_at(path, value.source(),
                      fmt::format("glossary term '{}' lists no usable form", term),
                      "give at least one form with letters or digits");
    config.glossary.push_back(std::move(parsed));
  }
  return std::nullopt;
}

// The alignment thresholds a user may tune: each a cosine or a share in [0, 1] whose meaning
// holds for any text, unlike the weights and search limits, which only make sense together.
struct AlignKey {
  std::string_view name;
  double& (*field)(AlignOptions&);
};
constexpr AlignKey kAlignKeys[] = {
    {"match_threshold", [](AlignOptions& o) -> double& { return o.match_threshold; }},
    {"move_threshold", [](AlignOptions& o) -> double& { return o.move_threshold; }},
    {"cross_language_shared_words",
     [](AlignOptions& o) -> double& { return o.cross.shared_words; }},
};
constexpr const char* kAlignKeyNames =
    "match_threshold, move_threshold, cross_language_shared_words";

std::optional<Error> read_align_key(const std::string& path, std::string_view key,
                                    const toml::node& value, const toml::source_region& key_source,
                                    AlignOptions& align) {
  const AlignKey* known = nullptr;
  for (const AlignKey& k : kAlignKeys)
    if (key == k.name) known = &k;
  if (known == nullptr)
    return error_at(path, key_source, fmt::format("unknown key 'align.{}'", key),
                    fmt::format("known keys of [align]: {}", kAlignKeyNames));
  // Integers are numbers too (`match_threshold = 0`); booleans are not.
  const std::optional<double> number =
      value.is_number() ? value.value<double>() : std::optional<double>{};
  if (!number || !(*number >= 0.0 && *number <= 1.0))
    return error_at(path, value.source(),
                    fmt::format("'align.{}' must be a number from 0 to 1", key));
  known->field(align) = *number;
  return std::nullopt;
}

std::optional<Error> read_align(const std::string& path, const toml::node& node, Config& config) {
  const toml::table* table = node.as_table();
  if (table == nullptr)
    return error_at(path, node.source(), "'align' must be a table",
                    "write [align] and one 'key = number' per line");
  for (const auto& [key, value] : *table)
    if (auto err = read_align_key(path, key.str(), value, key.source(), config.align))
      return err;
  return std::nullopt;
}

std::optional<Error> read_key(const std::string& path, std::string_view key,
                              const toml::node& value, const toml::source_region& key_source,
                              Config& config) {
  if (key == "fail_on") {
    Result<std::string> name = string_value(path, value, key);
    if (!name) return name.error();
    const auto level = parse_fail_on(*name);
    if (!level)
      return error_at(path, value.source(), fmt::format("unknown fail_on level '{}'", *name),
                      fmt::format("one of {}", kLevels));
    config.fail_on = *level;
    config.fail_on_set = true;
    return std::nullopt;
  }
  if (key == "severity") return read_severities(path, value, config);
  if (key == "ignore") return read_ignore(path, value, config);
  if (key == "glossary") return read_glossary(path, value, config);
  if (key == "align") return read_align(path, value, config);
  if (key == "baseline") {
    Result<std::string> file = string_value(path, value, key);
    if (!file) return file.error();
    if (file->empty()) return error_at(path, value.source(), "'baseline' is empty");
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    const std::filesystem::path named(*file);
    config.baseline_path =
        named.is_absolute() || folder.empty() ? named.string() : (folder / named).string();
    return std::nullopt;
  }
  return error_at(path, key_source, fmt::format("unknown key '{}'", key),
                  "known keys: fail_on, ignore, baseline, [severity], [glossary], [align]");
}

}  // namespace

std::optional<std::optional<Severity>> parse_fail_on(std::string_view name) {
  if (name == "never") return std::optional<Severity>{};
  if (const std::optional<Severity> level = parse_severity(name)) return level;
  return std::nullopt;
}

Result<Config> parse_config(std::string_view text, const std::string& path) {
  toml::table table;
  try {
    table = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    return error_at(path, e.source(), std::string(e.description()), "see https://toml.io");
  }
  Config config;
  config.path = path;
  for (const auto& [key, value] : table)
    if (auto err = read_key(path, key.str(), value, key.source(), config)) return *err;
  return config;
}

}  // namespace driftcheck
