// The command line as a user meets it: what a typo says, when the report is coloured, and
// the completions and man page generated from the options the parser accepts.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <regex>
#include <set>

#include "cli/process.h"

using cli_test::one_line;
using cli_test::Outcome;
using cli_test::run;
using cli_test::Scratch;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kCommands = {"segment",  "align", "check",   "batch",
                                            "baseline", "help",  "version", "completions"};

// The environment of a child run: colour variables cleared, so the test's own shell (a CI
// job may set FORCE_COLOR) cannot decide the outcome, then `set` applied.
struct Env {
  std::vector<std::pair<std::string, std::string>> set;
  void apply() const {
    ::unsetenv("NO_COLOR");
    ::unsetenv("FORCE_COLOR");
    ::setenv("TERM", "xterm-256color", 1);
    for (const auto& [name, value] : set) ::setenv(name.c_str(), value.c_str(), 1);
  }
};

Outcome run_with(const std::vector<std::string>& args, const Scratch& scratch, const Env& env) {
  return cli_test::finish(cli_test::start(args, scratch, -1, [&env] { env.apply(); }), scratch);
}

// Runs with stdout on a pseudo-terminal, as in an interactive shell; returns what it printed.
std::string run_on_terminal(const std::vector<std::string>& args, const Scratch& scratch,
                            const Env& env) {
  const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
  REQUIRE(master >= 0);
  REQUIRE(::fcntl(master, F_SETFD, FD_CLOEXEC) == 0);
  REQUIRE(::grantpt(master) == 0);
  REQUIRE(::unlockpt(master) == 0);
  const int terminal = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
  REQUIRE(terminal >= 0);
  const pid_t pid = cli_test::start(args, scratch, terminal, [&env] { env.apply(); });
  ::close(terminal);
  // Read while the child writes: a report larger than the terminal's buffer would block it.
  std::string out;
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::read(master, buffer, sizeof buffer);
    if (n > 0) {
      out.append(buffer, static_cast<size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO once the child has closed the terminal
    }
  }
  ::close(master);
  const Outcome o = cli_test::finish(pid, scratch);
  CHECK(o.exit_code == 0);
  return out;
}

bool has_ansi(const std::string& text) { return text.find("\x1b[") != std::string::npos; }

std::vector<std::string> check_args(const Scratch& scratch) {
  return {"check", scratch.write("a.txt", cli_test::kOriginal).string(),
          scratch.write("b.txt", cli_test::kRendition).string(), "--fail-on", "never"};
}

std::vector<std::string> plus(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// Every "--name" that `driftcheck help COMMAND` lists: the options the parser accepts.
std::set<std::string> long_options_in_help(const std::string& command, const Scratch& scratch) {
  const Outcome help = run({"help", command}, scratch);
  REQUIRE(help.exit_code == 0);
  std::set<std::string> names;
  const std::regex option(R"((^|[ ,])(--[a-z][a-z-]*))");
  for (std::sregex_iterator it(help.out.begin(), help.out.end(), option), end; it != end; ++it)
    names.insert((*it)[2]);
  return names;
}

std::string shell_output(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  CHECK(::pclose(pipe) == 0);
  return out;
}

bool have(const std::string& program) {
  return std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace

TEST_CASE("usage: a mistyped command names the closest one, exit 2", "[cli][usage]") {
  Scratch scratch;
  using Row = std::tuple<std::vector<std::string>, std::string>;
  const auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
      Row{{"chekc", "a.txt", "b.txt"}, "unknown command 'chekc' (did you mean 'check'?)"},
      Row{{"algn"}, "unknown command 'algn' (did you mean 'align'?)"},
      Row{{"Check"}, "unknown command 'Check' (did you mean 'check'?)"},
      Row{{"bsaeline"}, "unknown command 'bsaeline' (did you mean 'baseline'?)"},
      Row{{"seg"}, "unknown command 'seg' (did you mean 'segment'?)"},
      Row{{"help", "chekc"}, "unknown command 'chekc' (did you mean 'check'?)"},
      Row{{"frobnicate"},
          "unknown command 'frobnicate' (the commands are segment, align, check, batch, "
          "baseline, help, version, completions)"},
      Row{std::vector<std::string>{},
          "no command given (one of segment, align, check, batch, baseline, help, version, "
          "completions; run 'driftcheck --help')"},
  }));
  const Outcome o = run(args, scratch);
  CHECK(o.exit_code == 2);
  CHECK(o.out.empty());
  CHECK(o.err == "driftcheck: error: " + message + "\n");
}

TEST_CASE("usage: an unknown option names the closest one of its command, exit 2", "[cli][usage]") {
  Scratch scratch;
  const std::string a = scratch.write("a.txt", cli_test::kOriginal).string();
  const std::string b = scratch.write("b.txt", cli_test::kRendition).string();
  using Row = std::tuple<std::vector<std::string>, std::string>;
  const auto [args, message] = GENERATE_COPY(table<std::vector<std::string>, std::string>({
      // The stray value after a typo'd option is not what the user needs to hear about.
      Row{{"check", a, b, "--frmat", "json"},
          "unknown option '--frmat' for 'check' (did you mean '--format'?)"},
      Row{{"check", "--frmat", "json", a, b},
          "unknown option '--frmat' for 'check' (did you mean '--format'?)"},
      Row{{"check", a, b, "--frmat=json"},
          "unknown option '--frmat' for 'check' (did you mean '--format'?)"},
      Row{{"check", a, b, "-format", "json"},
          "unknown option '-format' for 'check' (did you mean '--format'?)"},
      Row{{"check", a, b, "--colour", "never"},
          "unknown option '--colour' for 'check' (did you mean '--color'?)"},
      Row{{"batch", "m.tsv", "--shrad", "1/2"},
          "unknown option '--shrad' for 'batch' (did you mean '--shard'?)"},
      Row{{"--verison"}, "unknown option '--verison' (did you mean '--version'?)"},
      // Short options differ by case: -V is not a mistyped -v (--verbose).
      Row{{"check", a, b, "-V"}, "unknown option '-V' for 'check' (run 'driftcheck help check')"},
      Row{{"check", a, b, "--zzz"},
          "unknown option '--zzz' for 'check' (run 'driftcheck help check')"},
      Row{{"check", a, b, "c.txt"},
          "unexpected argument 'c.txt' for 'check' (run 'driftcheck help check')"},
  }));
  const Outcome o = run(args, scratch);
  CHECK(o.exit_code == 2);
  CHECK(one_line(o.err));
  CHECK(o.err == "driftcheck: error: " + message + "\n");
}

TEST_CASE("usage: -V, --version and version print the version", "[cli][usage]") {
  Scratch scratch;
  const std::string arg = GENERATE("-V", "--version", "version");
  const Outcome o = run({arg}, scratch);
  CHECK(o.exit_code == 0);
  CHECK(o.out == std::string("driftcheck ") + DRIFTCHECK_VERSION + "\n");
  CHECK(o.err.empty());
}

TEST_CASE("colour: --color always colours a piped report, never and --no-color do not",
          "[cli][color]") {
  Scratch scratch;
  const auto args = check_args(scratch);
  CHECK_FALSE(has_ansi(run_with(args, scratch, {}).out));
  CHECK(has_ansi(run_with(plus(args, {"--color", "always"}), scratch, {}).out));
  CHECK(has_ansi(run_with(plus(args, {"--color=always"}), scratch, {{{"NO_COLOR", "1"}}}).out));
  CHECK_FALSE(
      has_ansi(run_with(plus(args, {"--color", "never"}), scratch, {{{"FORCE_COLOR", "1"}}}).out));
  CHECK_FALSE(
      has_ansi(run_with(plus(args, {"--no-color"}), scratch, {{{"FORCE_COLOR", "1"}}}).out));
  // Colour only touches the text report: JSON stays JSON.
  CHECK_FALSE(
      has_ansi(run_with(plus(args, {"--color", "always", "--format", "json"}), scratch, {}).out));
}

TEST_CASE("colour: FORCE_COLOR colours a piped report unless empty or 0", "[cli][color]") {
  Scratch scratch;
  const auto args = check_args(scratch);
  CHECK(has_ansi(run_with(args, scratch, {{{"FORCE_COLOR", "1"}}}).out));
  CHECK(has_ansi(run_with(args, scratch, {{{"FORCE_COLOR", "1"}, {"NO_COLOR", "1"}}}).out));
  CHECK_FALSE(has_ansi(run_with(args, scratch, {{{"FORCE_COLOR", "0"}}}).out));
  CHECK_FALSE(has_ansi(run_with(args, scratch, {{{"FORCE_COLOR", ""}}}).out));
}

TEST_CASE("colour: on a terminal, auto colours unless NO_COLOR is non-empty or TERM is dumb",
          "[cli][color]") {
  Scratch scratch;
  const auto args = check_args(scratch);
  CHECK(has_ansi(run_on_terminal(args, scratch, {})));
  CHECK(has_ansi(run_on_terminal(args, scratch, {{{"NO_COLOR", ""}}})));  // no-color.org
  CHECK_FALSE(has_ansi(run_on_terminal(args, scratch, {{{"NO_COLOR", "1"}}})));
  CHECK_FALSE(has_ansi(run_on_terminal(args, scratch, {{{"TERM", "dumb"}}})));
  CHECK(
      has_ansi(run_on_terminal(plus(args, {"--color", "always"}), scratch, {{{"TERM", "dumb"}}})));
  CHECK_FALSE(has_ansi(run_on_terminal(plus(args, {"--color", "never"}), scratch, {})));
  // A report written to a file is not on the terminal.
  const std::string report = (scratch.dir / "report.txt").string();
  run_on_terminal(plus(args, {"-o", report}), scratch, {});
  CHECK_FALSE(has_ansi(cli_test::read_file(report)));
}

TEST_CASE("colour: --color takes auto, always or never, and not with --no-color", "[cli][color]") {
  Scratch scratch;
  const auto args = check_args(scratch);
  const Outcome bad = run(plus(args, {"--color", "sometimes"}), scratch);
  CHECK(bad.exit_code == 2);
  CHECK(one_line(bad.err));
  CHECK(bad.err.find("sometimes") != std::string::npos);
  const Outcome both = run(plus(args, {"--color", "always", "--no-color"}), scratch);
  CHECK(both.exit_code == 2);
  CHECK(one_line(both.err));
}

TEST_CASE("completions: each shell's script offers every command and each command's options",
          "[cli][completions]") {
  Scratch scratch;
  const std::string shell = GENERATE("bash", "zsh", "fish");
  const Outcome o = run({"completions", shell}, scratch);
  REQUIRE(o.exit_code == 0);
  for (const std::string& command : kCommands) {
    INFO(shell << " misses the command " << command);
    CHECK(o.out.find(command) != std::string::npos);
  }
  // Generated from the parser, so whatever `help check` lists, the script offers.
  for (const char* command : {"check", "batch", "baseline"}) {
    for (const std::string& option : long_options_in_help(command, scratch)) {
      const std::string as_written = shell == "fish" ? "-l " + option.substr(2) : option;
      INFO(shell << " misses " << command << " " << option);
      CHECK(o.out.find(as_written) != std::string::npos);
    }
  }
  CHECK(o.out.find("manpage") == std::string::npos);  // hidden: for the build, not users
}

TEST_CASE("completions: bash completes commands, options, --format's choices and files",
          "[cli][completions]") {
  Scratch scratch;
  const fs::path script = scratch.dir / "driftcheck.bash";
  REQUIRE(run({"completions", "bash", "-o", script.string()}, scratch).exit_code == 0);
  scratch.write("story.txt", "x");
  // What bash offers after TAB on `words`, one per line, sorted.
  const auto complete = [&](const std::string& words) {
    return shell_output("cd '" + scratch.dir.string() + "' && bash -c 'source " + script.string() +
                        "; COMP_WORDS=(driftcheck " + words +
                        "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _driftcheck; "
                        "printf \"%s\\n\" \"${COMPREPLY[@]}\" | sort'");
  };
  CHECK(complete("chec") == "check\n");
  CHECK(complete("b") == "baseline\nbatch\n");
  CHECK(complete("check a b --for") == "--format\n");
  CHECK(complete("check --format \"\"") == "html\njson\njunit\nmd\nsarif\ntext\n");
  CHECK(complete("check --color \"\"") == "always\nauto\nnever\n");
  CHECK(complete("check sto") == "story.txt\n");
  CHECK(complete("completions \"\"") == "bash\nfish\nzsh\n");
  CHECK(complete("help ali") == "align\n");
}

TEST_CASE("completions: fish and zsh load their scripts", "[cli][completions]") {
  Scratch scratch;
  const fs::path fish = scratch.dir / "driftcheck.fish";
  const fs::path zsh = scratch.dir / "_driftcheck";
  REQUIRE(run({"completions", "fish", "-o", fish.string()}, scratch).exit_code == 0);
  REQUIRE(run({"completions", "zsh", "-o", zsh.string()}, scratch).exit_code == 0);
  if (have("fish")) {
    const auto complete = [&](const std::string& line) {
      return shell_output("fish --no-config -c 'source " + fish.string() + "; complete -C \"" +
                          line + "\"' | cut -f1 | sort");
    };
    CHECK(complete("driftcheck chec") == "check\n");
    CHECK(complete("driftcheck check a b --for") == "--format\n");
    CHECK(complete("driftcheck check --fail-on ") == "critical\ninfo\nmajor\nminor\nnever\n");
  } else {
    WARN("fish not installed: its completions are only checked for content");
  }
  if (have("zsh")) {
    CHECK(shell_output("zsh -n " + zsh.string() + " && echo ok") == "ok\n");
    CHECK(shell_output("zsh -f -c 'autoload -Uz compinit && compinit -u -D && source " +
                       zsh.string() + " && echo ok' 2>&1") == "ok\n");
  } else {
    WARN("zsh not installed: its completions are only checked for content");
  }
}

TEST_CASE("man page: a section per command listing its options, built beside the binary",
          "[cli][man]") {
  Scratch scratch;
  const Outcome o = run({"manpage"}, scratch);
  REQUIRE(o.exit_code == 0);
  CHECK(o.out.find(".TH DRIFTCHECK 1") != std::string::npos);
  for (const std::string& command : kCommands) {
    INFO("no section for " << command);
    CHECK(o.out.find(".SS \"\\fBdriftcheck " + command + "\\fR") != std::string::npos);
  }
  // Each --option of `help check` appears in the page, with roff's minus signs.
  for (const std::string& option : long_options_in_help("check", scratch)) {
    std::string roff;
    for (const char c : option) roff += c == '-' ? std::string("\\-") : std::string(1, c);
    INFO("the man page misses " << option);
    CHECK(o.out.find("\\fB" + roff + "\\fR") != std::string::npos);
  }
  CHECK(o.out.find("\\fItext\\fR|\\fIjson\\fR") != std::string::npos);  // --format's choices
  for (const char* section : {"EXIT STATUS", "ENVIRONMENT", "NO_COLOR", "FORCE_COLOR"})
    CHECK(o.out.find(section) != std::string::npos);

  // The build generated the same page next to the binary, for the install rule.
  const fs::path built = fs::path(DRIFTCHECK_BINARY).parent_path() / "share/man/man1/driftcheck.1";
  CHECK(cli_test::read_file(built) == o.out);

  if (have("groff")) {  // -ww: every warning; a malformed page would print some
    const fs::path page = scratch.write("driftcheck.1", o.out);
    CHECK(shell_output("groff -man -Tutf8 -ww -z " + page.string() + " 2>&1") == "");
  }
}
