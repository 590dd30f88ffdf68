#pragma once
// The command line as data, read from the CLI11 app itself, so that the man page and the
// shell completions list exactly the commands and options the parser accepts.
//
//   CommandLineSpec spec = describe_command_line(app);   // after every command is added
//   std::string page = render_man_page(spec);             // cli/man_page.h
//   std::string script = render_completion(spec, "zsh");  // cli/completions.h
#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace driftcheck {

// What a shell can offer for an argument's value.
enum class ValueKind {
  none,       // a flag: no value
  file,       // a path (type name FILE or PATH; every positional without choices)
  directory,  // type name DIR
  command,    // a driftcheck command name (type name COMMAND)
  choice,     // one of `choices` (an IsMember check)
  other,      // free text or a number
};

struct ArgumentSpec {
  std::vector<std::string> names;  // "-o", "--output"; empty for a positional
  std::string value_name;          // "FILE", "ORIGINAL"; empty for a flag
  ValueKind kind = ValueKind::none;
  std::vector<std::string> choices;
  std::string description;
  std::string default_value;  // as --help shows it; empty when none is shown
  bool required = false;
};

struct CommandSpec {
  std::string name;
  std::string description;
  std::vector<ArgumentSpec> positionals;
  std::vector<ArgumentSpec> options;
};

struct CommandLineSpec {
  std::string program;
  std::string description;
  std::string version;
  std::vector<ArgumentSpec> options;  // before the command: --help, --version
  std::vector<CommandSpec> commands;  // the visible ones, in help order
};

// Every visible command, option and positional of `app`, as --help shows them.
CommandLineSpec describe_command_line(const CLI::App& app, std::string version);

// `description` up to its first sentence or clause, for a one-line menu entry.
std::string first_clause(std::string_view description);

}  // namespace driftcheck
