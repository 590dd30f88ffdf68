#include "cli/usage_errors.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "cli/suggest.h"

namespace driftcheck {
namespace {

// An argument CLI11 left over, and the command (or the top-level app) that left it.
struct Stray {
  const CLI::App* owner = nullptr;
  std::string arg;
  size_t position = 0;
};

// CLI11 treats "-5" as a value, not an option, so a stray one is an extra argument.
bool looks_like_option(const std::string& arg) {
  return arg.size() > 1 && arg[0] == '-' &&
         arg.find_first_not_of("-0123456789.") != std::string::npos;
}

std::vector<const CLI::App*> parsed_commands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App* command) { return command->parsed(); });
}

// CLI11 lists left-over arguments per command; the one typed first is the one to explain,
// since a typo'd option often makes its value a stray argument too.
std::optional<Stray> first_stray(const CLI::App& app, const std::vector<std::string>& args) {
  std::vector<const CLI::App*> owners{&app};
  for (const CLI::App* command : parsed_commands(app)) owners.push_back(command);
  std::optional<Stray> first;
  for (const CLI::App* owner : owners) {
    for (const std::string& arg : owner->remaining()) {
      const size_t position =
          static_cast<size_t>(std::find(args.begin(), args.end(), arg) - args.begin());
      if (!first || position < first->position) first = Stray{owner, arg, position};
    }
  }
  return first;
}

std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

std::string help_hint(const CLI::App& app, const CLI::App* command) {
  return command == &app || command == nullptr
             ? "run 'driftcheck --help'"
             : fmt::format("run 'driftcheck help {}'", command->get_name());
}

Error make_error(std::string cause, std::string hint) {
  Error e;
  e.cause = std::move(cause);
  e.hint = std::move(hint);
  return e;
}

Error unknown_option(const CLI::App& app, const Stray& stray) {
  const std::string name = stray.arg.substr(0, stray.arg.find('='));
  const std::string where =
      stray.owner == &app ? "" : fmt::format(" for '{}'", stray.owner->get_name());
  const std::string suggestion = closest_name(name, option_names(*stray.owner));
  return make_error(fmt::format("unknown option '{}'{}", name, where),
                    suggestion.empty() ? help_hint(app, stray.owner)
                                       : fmt::format("did you mean '{}'?", suggestion));
}

}  // namespace

Error unknown_command(const CLI::App& app, const std::string& typed) {
  const std::vector<std::string> commands = visible_command_names(app);
  const std::string suggestion = closest_name(typed, commands);
  return make_error(fmt::format("unknown command '{}'", typed),
                    suggestion.empty()
                        ? fmt::format("the commands are {}", fmt::join(commands, ", "))
                        : fmt::format("did you mean '{}'?", suggestion));
}

std::vector<std::string> visible_command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands({}))
    if (!command->get_group().empty()) names.push_back(command->get_name());
  return names;
}

Error usage_error(const CLI::App& app, const CLI::ParseError& error,
                  const std::vector<std::string>& args) {
  const std::vector<const CLI::App*> parsed = parsed_commands(app);
  const CLI::App* command = parsed.empty() ? nullptr : parsed.front();
  if (const std::optional<Stray> stray = first_stray(app, args)) {
    if (looks_like_option(stray->arg)) return unknown_option(app, *stray);
    if (stray->owner == &app && command == nullptr) return unknown_command(app, stray->arg);
    return make_error(
        fmt::format("unexpected argument '{}'{}", stray->arg,
                    stray->owner == &app ? "" : fmt::format(" for '{}'", stray->owner->get_name())),
        help_hint(app, stray->owner));
  }
  if (command == nullptr)
    return make_error("no command given", fmt::format("one of {}; run 'driftcheck --help'",
                                                      fmt::join(visible_command_names(app), ", ")));
  return make_error(error.what(), help_hint(app, command));
}

}  // namespace driftcheck
