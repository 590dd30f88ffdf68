#pragma once
// Each subcommand registers its options on the CLI11 app and returns the function that
// runs it once the arguments are parsed.
//
//   auto run = add_segment_command(app);   // in main()
//   ...; if (app.got_subcommand("segment")) return run();
#include <CLI/CLI.hpp>
#include <chrono>
#include <functional>
#include <string>

#include "cli/io.h"
#include "core/deadline.h"
#include "core/error.h"
#include "core/exit_code.h"
#include "drift/finding.h"

namespace driftcheck {

using CommandRun = std::function<ExitCode()>;

// -o's help, shared so that every command says the same about what happens to the file.
inline constexpr const char* kOutputHelp =
    "Write here instead of stdout. A file is replaced whole when the run finishes (exit 0 or "
    "1); a run that fails (exit 2) leaves it as it was. A symlink's target is replaced; "
    "/dev/null, /dev/stdout, a FIFO or a device is written to, never replaced; an input is "
    "refused";

CommandRun add_segment_command(CLI::App& app);
CommandRun add_align_command(CLI::App& app);
CommandRun add_check_command(CLI::App& app);
CommandRun add_batch_command(CLI::App& app);
CommandRun add_baseline_command(CLI::App& app);
// These two describe `app` as it is when they run, so add them after every other command.
CommandRun add_completions_command(CLI::App& app);
CommandRun add_manpage_command(CLI::App& app);  // hidden: the build's man page comes from it

// --encoding, --lang, --max-bytes, shared by every command that reads articles.
void add_input_options(CLI::App& command, InputOptions& options);

// --lang-original and --lang-rendition, for the commands that read a pair.
void add_pair_language_options(CLI::App& command, InputOptions& options);

// --fail-on (checked against the severity names) and --config, shared by check, batch and
// baseline. Returns the --fail-on option, so that a caller can tell whether it was given.
CLI::Option* add_fail_on_and_config(CLI::App& command, std::string& fail_on, std::string& config,
                                    const std::string& fail_on_help =
                                        "Exit 1 when a finding is at or above this severity "
                                        "(default: the configuration's fail_on, else major)");

// --min-severity LEVEL: the reports list findings from LEVEL up; the counts and the exit
// status still cover all of them. Empty `level` = each format's default.
void add_min_severity_option(CLI::App& command, std::string& level);
std::optional<Severity> min_severity(const std::string& level);

// --time-limit SECONDS (default 300): each pair's time from reading to report; past it the
// pair is an error (exit 2, or a batch error record) instead of a stall.
void add_time_limit_option(CLI::App& command, double& seconds);
std::chrono::milliseconds time_limit(double seconds);

// The one line for a check that ran past --time-limit.
Error time_limit_error(const std::string& file, const TimeLimitExceeded& e);

// Prints "driftcheck: error: <file:line:col (byte N)>: cause (hint)" to stderr.
ExitCode report_error(const Error& error);

// --verbose: which encoding and language each input was read as, on stderr.
void describe_input(const Document& doc);

// --color auto|always|never, and --no-color for never, on each command that can print
// colour; `when` starts as "auto".
void add_color_options(CLI::App& command, std::string& when);

// Whether a report gets ANSI colour. "always" and "never" beat the environment; "auto" is
// colour when FORCE_COLOR is set to anything but "" or "0", else none when NO_COLOR is set
// to anything but "", else colour only for stdout on a terminal whose TERM is not "dumb".
bool use_color(const std::string& when, bool to_stdout);

}  // namespace driftcheck
