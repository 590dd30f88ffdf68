// `driftcheck manpage`: driftcheck.1, which the build generates and an install puts in place.
#include <memory>

#include "cli/commands.h"
#include "cli/man_page.h"
#include "core/version.h"

namespace driftcheck {

CommandRun add_manpage_command(CLI::App& app) {
  auto output = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("manpage", "Print the man page (roff)");
  cmd->group("");  // for the build and packagers, not a task a user comes with
  cmd->add_option("-o,--output", *output, kOutputHelp)->type_name("FILE");
  return [output, &app]() {
    const std::string page = render_man_page(describe_command_line(app, kVersion));
    if (auto err = write_output(*output, page)) return report_error(*err);
    return ExitCode::ok;
  };
}

}  // namespace driftcheck
