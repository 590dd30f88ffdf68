#include "cli/command_line_spec.h"

#include <algorithm>

namespace driftcheck {
namespace {

// CLI11 names an option's value by its type and appends each check's description, e.g.
// "TEXT:{text,json}" for an IsMember check or "UINT:POSITIVE".
std::vector<std::string> choices_in(const std::string& type_name) {
  const size_t open = type_name.find(":{");
  if (open == std::string::npos || type_name.back() != '}') return {};
  std::vector<std::string> choices;
  const std::string list = type_name.substr(open + 2, type_name.size() - open - 3);
  size_t start = 0;
  while (start <= list.size()) {
    const size_t comma = std::min(list.find(',', start), list.size());
    choices.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return choices;
}

ArgumentSpec describe_argument(const CLI::Option& option) {
  ArgumentSpec arg;
  for (const std::string& name : option.get_snames()) arg.names.push_back("-" + name);
  for (const std::string& name : option.get_lnames()) arg.names.push_back("--" + name);
  arg.description = option.get_description();
  arg.default_value = option.get_default_str();
  arg.required = option.get_required();
  if (option.nonpositional() && option.get_items_expected_max() == 0) return arg;

  const std::string type_name = option.get_type_name();
  const std::string type = type_name.substr(0, type_name.find(':'));
  arg.choices = choices_in(type_name);
  if (!arg.choices.empty()) {
    arg.kind = ValueKind::choice;
    for (const std::string& choice : arg.choices)
      arg.value_name += (arg.value_name.empty() ? "" : "|") + choice;
  } else if (type == "COMMAND") {
    arg.kind = ValueKind::command;
  } else if (type == "DIR") {
    arg.kind = ValueKind::directory;
  } else if (type == "FILE" || type == "PATH" || !option.nonpositional()) {
    arg.kind = ValueKind::file;
  } else {
    arg.kind = ValueKind::other;
  }
  if (!option.nonpositional()) {
    arg.value_name = option.get_name(/*positional=*/true);
    std::transform(arg.value_name.begin(), arg.value_name.end(), arg.value_name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  } else if (arg.value_name.empty()) {
    arg.value_name = type;
  }
  return arg;
}

bool visible(const CLI::Option* option) { return !option->get_group().empty(); }

}  // namespace

CommandLineSpec describe_command_line(const CLI::App& app, std::string version) {
  CommandLineSpec spec;
  spec.program = app.get_name();
  spec.description = app.get_description();
  spec.version = std::move(version);
  for (const CLI::Option* option : app.get_options(visible))
    spec.options.push_back(describe_argument(*option));
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;
    CommandSpec command;
    command.name = sub->get_name();
    command.description = sub->get_description();
    for (const CLI::Option* option : sub->get_options(visible)) {
      ArgumentSpec arg = describe_argument(*option);
      (option->nonpositional() ? command.options : command.positionals).push_back(std::move(arg));
    }
    spec.commands.push_back(std::move(command));
  }
  return spec;
}

std::string first_clause(std::string_view description) {
  size_t end = description.size();
  for (const std::string_view stop : {". ", "; ", ": ", " ("})
    end = std::min(end, description.find(stop));
  std::string out(description.substr(0, end));
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

}  // namespace driftcheck
