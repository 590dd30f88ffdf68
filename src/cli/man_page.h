#pragma once
// driftcheck(1) in roff, generated from the command line itself so that it lists exactly
// the commands and options the parser accepts.
//
//   std::string page = render_man_page(describe_command_line(app, kVersion));
//   // install as share/man/man1/driftcheck.1; read with `man -l driftcheck.1`
#include <string>

#include "cli/command_line_spec.h"

namespace driftcheck {

// NAME, SYNOPSIS, DESCRIPTION, OPTIONS, a COMMANDS subsection per command (its arguments,
// options, choices and defaults), EXIT STATUS, ENVIRONMENT and FILES. No date, so the same
// build gives the same bytes.
std::string render_man_page(const CommandLineSpec& spec);

}  // namespace driftcheck
