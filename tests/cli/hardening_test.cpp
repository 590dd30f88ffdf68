// The output rules of docs/design.md, tested on the real binary: a report is written whole
// or not at all (errors, SIGINT, SIGTERM), `-o` into a missing or unwritable place is exit
// 2 with the reason, and a closed stdout ends the run quietly.
#include <fcntl.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/process.h"

namespace fs = std::filesystem;
using namespace cli_test;

namespace {

// Articles long enough that a run is still writing its report when a signal comes or its
// reader goes. Sanitized builds run the program tens of times slower; a fifth of the text
// keeps the race these tests look for at a cost CI can carry.
#ifdef DRIFTCHECK_SANITIZED
constexpr int kLongArticle = 4000;
#else
constexpr int kLongArticle = 20000;
#endif

// An article of `sentences` distinct sentences, one paragraph per ten.
std::string article(int sentences) {
  std::string text;
  for (int i = 0; i < sentences; ++i) {
    text += "The ministry said on Tuesday that convoy " + std::to_string(i) +
            " had reached the border town.";
    text += (i % 10 == 9) ? "\n" : " ";
  }
  return text;
}

}  // namespace

TEST_CASE("hardening: -o into a missing folder is exit 2 with the reason", "[cli][hardening]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", kOriginal);
  const fs::path b = scratch.write("b.txt", kRendition);
  const fs::path target = scratch.dir / "missing" / "report.json";
  const Outcome o = run({"check", a, b, "--format", "json", "-o", target}, scratch);
  CHECK(o.exit_code == 2);
  CHECK(one_line(o.err));
  CHECK(o.err.find("its folder does not exist") != std::string::npos);
  CHECK(o.err.find(target.string()) != std::string::npos);
  CHECK(scratch.names() == std::vector<std::string>{"a.txt", "b.txt"});
}

TEST_CASE("hardening: -o into an unwritable place is exit 2 with the reason", "[cli][hardening]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", kOriginal);
  const fs::path b = scratch.write("b.txt", kRendition);
  // /proc refuses new files even to root; a read-only folder refuses them to anyone else.
  std::vector<std::string> targets = {"/proc/driftcheck-report.json"};
  if (::geteuid() != 0) {
    fs::create_directory(scratch.dir / "locked");
    fs::permissions(scratch.dir / "locked", fs::perms::owner_read | fs::perms::owner_exec);
    targets.push_back(scratch.dir / "locked" / "report.json");
  }
  for (const std::string& target : targets) {
    CAPTURE(target);
    const Outcome o = run({"check", a, b, "--format", "json", "-o", target}, scratch);
    CHECK(o.exit_code == 2);
    CHECK(one_line(o.err));
    CHECK(o.err.find("cannot be written") != std::string::npos);
    CHECK(o.err.find(target) != std::string::npos);
    CHECK_FALSE(fs::exists(target));
  }
}

TEST_CASE("hardening: -o naming a folder is exit 2 and leaves no temporary file",
          "[cli][hardening]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", kOriginal);
  const fs::path b = scratch.write("b.txt", kRendition);
  fs::create_directory(scratch.dir / "reports");
  const Outcome o =
      run({"check", a, b, "--format", "json", "-o", scratch.dir / "reports"}, scratch);
  CHECK(o.exit_code == 2);
  CHECK(one_line(o.err));
  CHECK(scratch.names() == std::vector<std::string>{"a.txt", "b.txt", "reports"});
  CHECK(fs::is_empty(scratch.dir / "reports"));
}

TEST_CASE("hardening: a write that fails half-way leaves neither report nor temporary file",
          "[cli][hardening]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", article(2000));
  const fs::path b = scratch.write("b.txt", article(2000));
  // A 4 KiB file size limit: write() fails with EFBIG (SIGXFSZ ignored) after 4 KiB.
  const pid_t pid = start({"segment", a, "-o", scratch.dir / "out.tsv"}, scratch, -1, [] {
    ::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit {
      4096, 4096
    };
    ::setrlimit(RLIMIT_FSIZE, &limit);
  });
  const Outcome o = finish(pid, scratch);
  CHECK(o.exit_code == 2);
  CHECK(one_line(o.err));
  CHECK(o.err.find("cannot be written") != std::string::npos);
  CHECK(scratch.names() == std::vector<std::string>{"a.txt", "b.txt"});
}

TEST_CASE("hardening: an interrupted run leaves no report and no temporary file",
          "[cli][hardening]") {
  const int signal_number = GENERATE(SIGINT, SIGTERM);
  const std::string command = GENERATE(as<std::string>{}, "segment", "check");
  CAPTURE(signal_number, command);
  Scratch scratch;
  // Large enough that writing the report takes a while: the signal is sent the moment the
  // temporary file appears (inotify), so it lands during the write, the case that matters.
  const fs::path a =
      scratch.write("a.txt", article(command == "segment" ? 10 * kLongArticle : kLongArticle));
  const fs::path b = scratch.write("b.txt", article(kLongArticle));
  const fs::path target = scratch.dir / "report.out";
  const int watch = ::inotify_init1(IN_CLOEXEC);
  REQUIRE(watch >= 0);
  REQUIRE(::inotify_add_watch(watch, scratch.dir.c_str(), IN_CREATE) >= 0);
  std::vector<std::string> args = {command, a};
  if (command == "check") args.insert(args.end(), {b, "--format", "json"});
  args.insert(args.end(), {"-o", target});
  const pid_t pid = start(args, scratch);
  bool signalled = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  alignas(inotify_event) char buffer[4096];
  while (!signalled && std::chrono::steady_clock::now() < deadline) {
    const ssize_t n = ::read(watch, buffer, sizeof buffer);
    REQUIRE(n > 0);
    for (ssize_t at = 0; at < n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
      if (event->len > 0 && std::string(event->name).rfind(".report.out.tmp-", 0) == 0) {
        ::kill(pid, signal_number);
        signalled = true;
        break;
      }
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
    }
  }
  ::close(watch);
  const Outcome o = finish(pid, scratch);
  REQUIRE(signalled);
  if (o.signal != 0) CHECK(o.signal == signal_number);  // the shell reports 130 or 143
  if (fs::exists(target)) {
    // The rename won the race (the signal came after it): then the report is whole.
    WARN("the report was renamed into place before the signal arrived");
    const std::string written = read_file(target);
    fs::remove(target);
    std::vector<std::string> reference = args;
    reference.resize(reference.size() - 2);  // without -o: to stdout
    CHECK(run(reference, scratch).out == written);
  }
  for (const std::string& name : scratch.names()) CHECK(name.find(".tmp-") == std::string::npos);
}

TEST_CASE("hardening: a closed stdout ends the run quietly", "[cli][hardening]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", article(kLongArticle));
  const fs::path b = scratch.write("b.txt", article(kLongArticle - kLongArticle / 20));
  const bool read_first_line = GENERATE(false, true);  // `| head -1`, or a reader already gone
  CAPTURE(read_first_line);
  for (const std::string command : {"segment", "check"}) {
    CAPTURE(command);
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    if (!read_first_line) ::close(fds[0]);
    std::vector<std::string> args = {command, a};
    if (command == "check") args.insert(args.end(), {b, "--format", "json"});
    const pid_t pid = start(args, scratch, fds[1], [&] { ::close(fds[0]); });
    ::close(fds[1]);
    if (read_first_line) {
      char c = 0;
      while (::read(fds[0], &c, 1) == 1 && c != '\n') {
      }
      ::close(fds[0]);
    }
    const Outcome o = finish(pid, scratch);
    CHECK(o.signal == 0);
    CHECK((o.exit_code == 0 || o.exit_code == 1));
    CHECK(o.err.empty());
  }
}

TEST_CASE("hardening: the same input gives the same report bytes", "[cli][hardening]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", kOriginal + article(300));
  const fs::path b = scratch.write("b.txt", kRendition + article(290));
  for (const std::string format : {"text", "json"}) {
    const Outcome first = run({"check", a, b, "--format", format, "--no-color"}, scratch);
    const Outcome second = run({"check", a, b, "--format", format, "--no-color"}, scratch);
    CHECK(first.out == second.out);
    CHECK_FALSE(first.out.empty());
  }
}
