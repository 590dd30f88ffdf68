// driftcheck's command line: parses arguments, dispatches to one command, maps the
// outcome to an exit status. See README.md for usage.
#include <csignal>
#include <cstdio>
#include <exception>
#include <new>
#include <vector>

#include "cli/commands.h"
#include "cli/unwind_reserve.h"
#include "cli/usage_errors.h"
#include "core/version.h"

namespace {

constexpr const char* kDescription =
    "driftcheck: checks whether a translation, back-translation or rewrite of a news report "
    "still says what the original said.";

// Runs a command so that running out of memory (or any other exception that escapes it) is
// one line and exit 2, not std::terminate's abort (exit 134). Reports are written whole or
// not at all, so an exception leaves no partial file behind.
int run_guarded(const driftcheck::CommandRun& run) {
  try {
    return static_cast<int>(run());
  } catch (const std::bad_alloc&) {
    std::fputs(
        "driftcheck: error: out of memory (give smaller files, fewer --jobs, or more "
        "memory)\n",
        stderr);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "driftcheck: error: internal error: %s (please report it)\n", e.what());
  }
  return static_cast<int>(driftcheck::ExitCode::input_error);
}

}  // namespace

int main(int argc, char** argv) {
  using driftcheck::ExitCode;
  // A closed stdout must end the run quietly with an error from write(), not kill it.
  std::signal(SIGPIPE, SIG_IGN);
  driftcheck::install_unwind_reserve();

  CLI::App app(kDescription, "driftcheck");
  const std::string version = std::string("driftcheck ") + driftcheck::kVersion;
  // -V and `version` as well: they are what other tools taught users to type.
  app.set_version_flag("-V,--version", version);
  app.require_subcommand(1);
  app.fallthrough(false);

  std::vector<std::pair<CLI::App*, driftcheck::CommandRun>> commands;
  const auto add = [&](driftcheck::CommandRun (*registrar)(CLI::App&)) {
    const size_t before = app.get_subcommands({}).size();
    driftcheck::CommandRun run = registrar(app);
    commands.emplace_back(app.get_subcommands({})[before], std::move(run));
  };
  add(&driftcheck::add_segment_command);
  add(&driftcheck::add_align_command);
  add(&driftcheck::add_check_command);
  add(&driftcheck::add_batch_command);
  add(&driftcheck::add_baseline_command);

  std::string help_topic;
  CLI::App* help = app.add_subcommand("help", "Show help for a command");
  help->add_option("command", help_topic, "The command to explain")->type_name("COMMAND");
  CLI::App* version_command = app.add_subcommand("version", "Print the version");
  add(&driftcheck::add_completions_command);
  add(&driftcheck::add_manpage_command);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return static_cast<int>(
        driftcheck::report_error(driftcheck::usage_error(app, e, {argv + 1, argv + argc})));
  }

  if (version_command->parsed()) {
    std::puts(version.c_str());
    return 0;
  }
  if (help->parsed()) {
    if (help_topic.empty()) {
      std::fputs(app.help().c_str(), stdout);
      return 0;
    }
    for (const CLI::App* command : app.get_subcommands({})) {
      if (command->get_name() == help_topic) {
        std::fputs(command->help().c_str(), stdout);
        return 0;
      }
    }
    return static_cast<int>(driftcheck::report_error(driftcheck::unknown_command(app, help_topic)));
  }
  for (auto& [command, run] : commands)
    if (command->parsed()) return run_guarded(run);
  return static_cast<int>(ExitCode::input_error);
}
