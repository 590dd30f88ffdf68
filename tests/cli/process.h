#pragma once
// Runs the driftcheck binary in a child process with its stdout and stderr captured, in a
// scratch folder of its own: the harness of the CLI tests that need more than system().
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace cli_test {

namespace fs = std::filesystem;

struct Outcome {
  int exit_code = -1;  // when the process exited
  int signal = 0;      // when a signal killed it
  std::string out;
  std::string err;
};

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh, empty folder under the system's temp folder, removed at the end of the test.
struct Scratch {
  fs::path dir;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "driftcheck-hardening-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    dir = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir, ec);
  }
  fs::path write(const std::string& name, const std::string& content) const {
    std::ofstream(dir / name, std::ios::binary) << content;
    return dir / name;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(dir)) out.push_back(entry.path().filename());
    std::sort(out.begin(), out.end());
    return out;
  }
};

// Starts the driftcheck binary with `args`; stdout and stderr go to files in `scratch`
// unless `stdout_fd` is given. `in_child` runs between fork and exec.
inline pid_t start(const std::vector<std::string>& args, const Scratch& scratch, int stdout_fd = -1,
                   const std::function<void()>& in_child = {}) {
  const std::string out = (scratch.dir / ".stdout").string();
  const std::string err = (scratch.dir / ".stderr").string();
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const int o =
        stdout_fd >= 0 ? stdout_fd : ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(o, STDOUT_FILENO);
    ::dup2(e, STDERR_FILENO);
    if (in_child) in_child();
    std::vector<char*> argv;
    std::string binary = DRIFTCHECK_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  return pid;
}

inline Outcome finish(pid_t pid, const Scratch& scratch) {
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  Outcome o;
  if (WIFEXITED(status)) o.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) o.signal = WTERMSIG(status);
  o.out = read_file(scratch.dir / ".stdout");
  o.err = read_file(scratch.dir / ".stderr");
  fs::remove(scratch.dir / ".stdout");
  fs::remove(scratch.dir / ".stderr");
  return o;
}

inline Outcome run(const std::vector<std::string>& args, const Scratch& scratch) {
  return finish(start(args, scratch), scratch);
}

// A short pair with one change of meaning, for tests about files rather than findings.
inline const std::string kOriginal =
    "The factory is 600 miles east of Moscow.\nCNN has been unable to verify this.\n";
inline const std::string kRendition =
    "The plant is 600 miles east of Moscow.\nMoscow has deceived an ally.\n";

// Exactly one line: what every refusal prints on stderr.
inline bool one_line(const std::string& s) {
  return !s.empty() && s.back() == '\n' && s.find('\n') == s.size() - 1;
}

}  // namespace cli_test
