#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "cli/commands.h"

namespace driftcheck {
namespace {

// CLI11 reads "-1" into an unsigned option as its two's complement, which would turn a
// limit into no limit; a limit must be written as a whole number of at least 1.
CLI::Validator positive_whole_number() {
  return CLI::Validator(
      [](const std::string& text) -> std::string {
        if (text.empty() || text.size() > 19 ||
            text.find_first_not_of("0123456789") != std::string::npos ||
            text.find_first_not_of('0') == std::string::npos)
          return "a limit must be a whole number of at least 1, got '" + text + "'";
        return {};
      },
      "POSITIVE");
}

CLI::Validator positive_seconds() {
  return CLI::Validator(
      [](const std::string& text) -> std::string {
        size_t used = 0;
        double value = 0;
        try {
          value = std::stod(text, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used != text.size() || !std::isfinite(value) || value <= 0)
          return "a time limit must be a number of seconds above 0, got '" + text + "'";
        return {};
      },
      "SECONDS");
}

// Set and non-empty: no-color.org says an empty NO_COLOR must not disable colour, and an
// empty or "0" FORCE_COLOR is how scripts switch forcing off.
bool env_set(const char* name, std::string_view off = {}) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' && value != off;
}

}  // namespace

void add_input_options(CLI::App& command, InputOptions& options) {
  command.add_option("--encoding", options.encoding,
                     "Encoding of the input files (an ICU converter name, e.g. windows-1252); "
                     "default: UTF-8 or UTF-16 by byte order mark, else detected");
  command.add_option("--lang", options.language,
                     "Language of the input files (BCP 47, e.g. en, de, ru); default: detected "
                     "for each file");
  command
      .add_option("--max-sentences", options.max_sentences,
                  "Refuse input files with more sentences than this")
      ->check(positive_whole_number())
      ->capture_default_str();
  command.add_option("--max-bytes", options.max_bytes, "Refuse input files larger than this")
      ->check(positive_whole_number())
      ->capture_default_str();
}

void add_min_severity_option(CLI::App& command, std::string& level) {
  command
      .add_option("--min-severity", level,
                  "List findings from this severity up (default: minor for sarif, info "
                  "otherwise); counts and exit status still cover every finding")
      ->check(CLI::IsMember({"info", "minor", "major", "critical"}));
}

std::optional<Severity> min_severity(const std::string& level) {
  return level.empty() ? std::nullopt : parse_severity(level);
}

void add_pair_language_options(CLI::App& command, InputOptions& options) {
  command.add_option("--lang-original", options.original_language,
                     "Language of the original (BCP 47), over --lang; default: detected");
  command.add_option("--lang-rendition", options.rendition_language,
                     "Language of the rendition (BCP 47), over --lang; default: detected");
}

void add_time_limit_option(CLI::App& command, double& seconds) {
  command
      .add_option("--time-limit", seconds,
                  "Seconds a pair may take, from reading to report; a pair past it is an error "
                  "(exit 2, or a batch error record) instead of a stall")
      ->check(positive_seconds())
      ->capture_default_str();
}

std::chrono::milliseconds time_limit(double seconds) {
  constexpr double kLongest = 1e9;  // about 30 years: "no limit" without overflowing
  return std::chrono::milliseconds(
      static_cast<int64_t>(std::min(seconds, kLongest) * 1000.0 + 0.5));
}

Error time_limit_error(const std::string& file, const TimeLimitExceeded& e) {
  Error error;
  error.file = file;
  error.cause = e.what();
  error.hint = "raise it with --time-limit, or split the files";
  return error;
}

CLI::Option* add_fail_on_and_config(CLI::App& command, std::string& fail_on, std::string& config,
                                    const std::string& fail_on_help) {
  CLI::Option* option = command.add_option("--fail-on", fail_on, fail_on_help)
                            ->check(CLI::IsMember({"info", "minor", "major", "critical", "never"}));
  command
      .add_option("--config", config,
                  "Configuration file (default: .driftcheck.toml here or in a parent folder)")
      ->type_name("FILE");
  return option;
}

ExitCode report_error(const Error& error) {
  std::fprintf(stderr, "driftcheck: error: %s\n", error.to_string().c_str());
  return ExitCode::input_error;
}

void add_color_options(CLI::App& command, std::string& when) {
  CLI::Option* color =
      command
          .add_option("--color", when,
                      "ANSI colour in the text report: auto (on a terminal, unless NO_COLOR is "
                      "set; FORCE_COLOR forces it), always or never")
          ->check(CLI::IsMember({"auto", "always", "never"}))
          ->capture_default_str();
  command
      .add_flag_callback(
          "--no-color", [&when] { when = "never"; }, "Same as --color never")
      ->excludes(color);
}

bool use_color(const std::string& when, bool to_stdout) {
  if (when == "always") return true;
  if (when == "never") return false;
  // A CI log viewer shows colour though stdout is a pipe, and the job that asks for it with
  // FORCE_COLOR means it for this run, whatever NO_COLOR a shared profile sets.
  if (env_set("FORCE_COLOR", "0")) return true;
  if (env_set("NO_COLOR")) return false;
  const char* term = std::getenv("TERM");
  return to_stdout && ::isatty(STDOUT_FILENO) != 0 &&
         (term == nullptr || std::string_view(term) != "dumb");
}

void describe_input(const Document& doc) {
  std::fputs(fmt::format("driftcheck: {}: read as {}{}, language {}, {} sentences\n", doc.path,
                         doc.encoding, doc.encoding_detected ? " (detected)" : "", doc.language,
                         doc.sentences.size())
                 .c_str(),
             stderr);
}

}  // namespace driftcheck
