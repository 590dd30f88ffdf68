#pragma once
// Shell completion scripts for bash, zsh and fish, generated from the command line itself.
//
//   std::string script = render_completion(describe_command_line(app, kVersion), "fish");
//   // install as share/fish/vendor_completions.d/driftcheck.fish
#include <string>
#include <string_view>
#include <vector>

#include "cli/command_line_spec.h"

namespace driftcheck {

// The shells render_completion knows, in the order --help lists them.
std::vector<std::string> completion_shells();

// The script that completes `spec.program` in `shell` (one of completion_shells()): its
// commands, each command's options, the choices of an option such as --format, and files
// where a command takes a file. Empty for an unknown shell.
std::string render_completion(const CommandLineSpec& spec, std::string_view shell);

}  // namespace driftcheck
