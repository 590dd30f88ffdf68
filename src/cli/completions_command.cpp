// `driftcheck completions bash|zsh|fish`: the completion script, for a user to install.
#include <memory>

#include "cli/commands.h"
#include "cli/completions.h"
#include "core/version.h"

namespace driftcheck {

CommandRun add_completions_command(CLI::App& app) {
  struct Args {
    std::string shell;
    std::string output;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "completions",
      "Print the shell completion script: eval \"$(driftcheck completions bash)\", or save it "
      "where the shell looks (an install puts all three there)");
  cmd->add_option("shell", args->shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember(completion_shells()));
  cmd->add_option("-o,--output", args->output, kOutputHelp)->type_name("FILE");
  return [args, &app]() {
    const std::string script = render_completion(describe_command_line(app, kVersion), args->shell);
    if (auto err = write_output(args->output, script)) return report_error(*err);
    return ExitCode::ok;
  };
}

}  // namespace driftcheck
