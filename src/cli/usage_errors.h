#pragma once
// Turns what CLI11 refused into the one line a user reads, naming the closest real command
// or option when the mistake looks like a typo.
//
//   try { app.parse(argc, argv); }
//   catch (const CLI::ParseError& e) { return report_error(usage_error(app, e, args)); }
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "core/error.h"

namespace driftcheck {

// The first argument no command or option took, as "unknown command 'chekc' (did you mean
// 'check'?)", "unknown option '--frmat' for 'check' (did you mean '--format'?)" or
// "unexpected argument 'c' for 'check'"; otherwise CLI11's own reason. `args` are argv
// without the program name, to tell which stray argument the user wrote first.
Error usage_error(const CLI::App& app, const CLI::ParseError& error,
                  const std::vector<std::string>& args);

// "unknown command 'chekc'" with the closest command, or the list of them.
Error unknown_command(const CLI::App& app, const std::string& typed);

// The commands a user may type: every subcommand but the hidden ones, in help order.
std::vector<std::string> visible_command_names(const CLI::App& app);

}  // namespace driftcheck
