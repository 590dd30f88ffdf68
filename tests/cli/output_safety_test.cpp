// What `-o` may replace and what the tool may read: a report never replaces a device, a
// FIFO, a symlink or one of the inputs; a FIFO or device is not read; standard input is
// read once; a failed write to stdout is exit 2 with one line.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "cli/process.h"

// AddressSanitizer reserves terabytes of address space, so an address-space limit tells
// nothing about the program under it.
#if defined(__SANITIZE_ADDRESS__)
#define DRIFTCHECK_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DRIFTCHECK_UNDER_ASAN 1
#endif
#endif

namespace fs = std::filesystem;
using namespace cli_test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Kills the child after `seconds`, so that a run that would block for ever fails the test
// instead of hanging the suite.
std::function<void()> alarm_after(unsigned seconds) {
  return [seconds] { ::alarm(seconds); };
}

}  // namespace

TEST_CASE("output safety: -o naming an input is refused and the input is kept", "[cli][output]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", kOriginal);
  const fs::path b = scratch.write("b.txt", kRendition);
  fs::create_symlink(b, scratch.dir / "link.txt");
  fs::create_hard_link(b, scratch.dir / "hard.txt");
  const std::vector<std::vector<std::string>> runs = {
      {"check", a, b, "-o", b},
      {"check", a, b, "--format", "json", "-o", (scratch.dir / "." / "a.txt").string()},
      {"check", a, b, "-o", scratch.dir / "link.txt"},
      {"check", a, b, "-o", scratch.dir / "hard.txt"},
      {"align", a, b, "-o", a},
      {"segment", b, "-o", b},
  };
  for (const std::vector<std::string>& args : runs) {
    CAPTURE(args);
    const Outcome o = run(args, scratch);
    CHECK(o.exit_code == 2);
    CHECK(one_line(o.err));
    CHECK(contains(o.err, "the report would replace it"));
    CHECK(read_file(a) == kOriginal);
    CHECK(read_file(b) == kRendition);
  }
}

TEST_CASE("output safety: -o to a symlink replaces its target and keeps the link",
          "[cli][output]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", kOriginal);
  const fs::path b = scratch.write("b.txt", kRendition);
  fs::create_directory(scratch.dir / "reports");
  const fs::path target = scratch.write("reports/latest.json", "old report");
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
  fs::create_symlink("reports/latest.json", scratch.dir / "report.json");
  const Outcome o =
      run({"check", a, b, "--format", "json", "-o", scratch.dir / "report.json"}, scratch);
  CHECK((o.exit_code == 0 || o.exit_code == 1));
  CHECK(fs::is_symlink(scratch.dir / "report.json"));
  CHECK(contains(read_file(target), "\"schema\": \"driftcheck.report/1\""));
  CHECK((fs::status(target).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(scratch.names() == std::vector<std::string>{"a.txt", "b.txt", "report.json", "reports"});
}

TEST_CASE("output safety: a FIFO or a device at -o is written to, never replaced",
          "[cli][output]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", kOriginal);
  const fs::path b = scratch.write("b.txt", kRendition);

  const fs::path fifo = scratch.dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = read_file(fifo); });
  const Outcome o = run({"check", a, b, "--format", "json", "-o", fifo}, scratch);
  reader.join();
  CHECK((o.exit_code == 0 || o.exit_code == 1));
  CHECK(fs::is_fifo(fifo));
  CHECK(contains(received, "\"schema\": \"driftcheck.report/1\""));

  // /dev/stdout names the descriptor the caller gave, here a file: the report goes there.
  const Outcome to_stdout = run({"check", a, b, "--format", "json", "-o", "/dev/stdout"}, scratch);
  CHECK(contains(to_stdout.out, "\"schema\": \"driftcheck.report/1\""));
  CHECK(fs::is_symlink("/dev/stdout"));

  // A failing device: ENOSPC is exit 2 with the reason, and the device stays a device.
  const Outcome full = run({"check", a, b, "-o", "/dev/full"}, scratch);
  CHECK(full.exit_code == 2);
  CHECK(one_line(full.err));
  CHECK(contains(full.err, "No space left on device"));
  CHECK(fs::is_character_file("/dev/full"));

  // As root (as CI runs) a private copy of /dev/null, so a regression cannot replace the
  // machine's own.
  if (::geteuid() == 0) {
    const fs::path null = scratch.dir / "null";
    REQUIRE(::mknod(null.c_str(), S_IFCHR | 0666, ::makedev(1, 3)) == 0);
    const Outcome quiet = run({"check", a, b, "--format", "json", "-o", null}, scratch);
    CHECK((quiet.exit_code == 0 || quiet.exit_code == 1));
    CHECK(quiet.err.empty());
    CHECK(fs::is_character_file(null));
  }
}

TEST_CASE("output safety: a FIFO or a device as input is refused at once", "[cli][input]") {
  Scratch scratch;
  const fs::path b = scratch.write("b.txt", kRendition);
  const fs::path fifo = scratch.dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  for (const std::string& input : {fifo.string(), std::string("/dev/zero")}) {
    CAPTURE(input);
    const Outcome o = finish(start({"check", input, b}, scratch, -1, alarm_after(20)), scratch);
    CHECK(o.signal == 0);
    CHECK(o.exit_code == 2);
    CHECK(one_line(o.err));
    CHECK(contains(o.err, input + ": is a"));
    CHECK(contains(o.err, "'-'"));
  }
}

TEST_CASE("output safety: '-' reads standard input, once", "[cli][input]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", kOriginal);
  const fs::path b = scratch.write("b.txt", kRendition);
  const std::string in = (scratch.dir / "b.txt").string();
  const auto from_b = [in] {
    const int fd = ::open(in.c_str(), O_RDONLY);
    ::dup2(fd, STDIN_FILENO);
  };
  const Outcome piped =
      finish(start({"check", a, "-", "--format", "json"}, scratch, -1, from_b), scratch);
  const Outcome named = run({"check", a, b, "--format", "json"}, scratch);
  CHECK(piped.exit_code == named.exit_code);
  CHECK(contains(piped.out, "\"path\": \"-\""));
  CHECK(contains(piped.out, "The plant is 600 miles east of Moscow."));

  const Outcome twice = finish(start({"check", "-", "-"}, scratch, -1, from_b), scratch);
  CHECK(twice.exit_code == 2);
  CHECK(one_line(twice.err));
  CHECK(contains(twice.err, "standard input can be read only once"));
}

TEST_CASE("output safety: a failed write to stdout is exit 2 with one line", "[cli][output]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", kOriginal);
  const fs::path b = scratch.write("b.txt", kRendition);
  scratch.write("pairs.tsv", "a.txt\tb.txt\n");
  const fs::path manifest = scratch.dir / "pairs.tsv";
  const std::vector<std::vector<std::string>> runs = {
      {"batch", manifest, "--format", "jsonl", "--no-progress"},
      {"check", a, b, "--format", "json"},
      {"segment", a},
  };
  for (const std::vector<std::string>& args : runs) {
    CAPTURE(args);
    const int full = ::open("/dev/full", O_WRONLY);
    REQUIRE(full >= 0);
    const Outcome to_full = finish(start(args, scratch, full), scratch);
    ::close(full);
    CHECK(to_full.exit_code == 2);
    CHECK(one_line(to_full.err));
    CHECK(contains(to_full.err, "<stdout>: cannot be written"));

    const Outcome closed =
        finish(start(args, scratch, -1, [] { ::close(STDOUT_FILENO); }), scratch);
    CHECK(closed.exit_code == 2);
    CHECK(one_line(closed.err));
  }
}

TEST_CASE("output safety: a limit must be a positive whole number", "[cli][input]") {
  Scratch scratch;
  const fs::path a = scratch.write("a.txt", kOriginal);
  for (const std::string option : {"--max-bytes", "--max-sentences"}) {
    for (const std::string value : {"-1", "0", "1e9", "abc"}) {
      CAPTURE(option, value);
      const Outcome o = run({"segment", a, option, value}, scratch);
      CHECK(o.exit_code == 2);
      CHECK(one_line(o.err));
      CHECK(o.out.empty());
    }
  }
  CHECK(run({"segment", a, "--max-bytes", "20"}, scratch).exit_code == 2);  // the limit holds
}

TEST_CASE("output safety: out of memory is one line and exit 2, with no report file",
          "[cli][memory]") {
#ifdef DRIFTCHECK_UNDER_ASAN
  SUCCEED("skipped under AddressSanitizer");
#else
  Scratch scratch;
  std::string a_text;
  std::string b_text;
  for (int i = 0; i < 20000; ++i) {
    a_text += "The ministry said convoy " + std::to_string(i) + " had reached the border town.\n";
    b_text += "The ministry said that convoy " + std::to_string(i) + " reached the border.\n";
  }
  const fs::path a = scratch.write("a.txt", a_text);
  const fs::path b = scratch.write("b.txt", b_text);
  const fs::path report = scratch.dir / "report.json";
  int out_of_memory = 0;
  // From too little to start (the reports need several hundred MiB here) to enough.
  for (const rlim_t mib : {180, 240, 300, 360, 420}) {
    CAPTURE(mib);
    const auto limit = [mib] {
      struct rlimit r {
        mib << 20, mib << 20
      };
      ::setrlimit(RLIMIT_AS, &r);
    };
    const Outcome o = finish(
        start({"check", a, b, "--format", "json", "-o", report}, scratch, -1, limit), scratch);
    CHECK(o.signal == 0);
    if (o.exit_code == 2) {
      ++out_of_memory;
      CHECK(o.err ==
            "driftcheck: error: out of memory (give smaller files, fewer --jobs, or more "
            "memory)\n");
      CHECK_FALSE(fs::exists(report));
    } else {
      CHECK((o.exit_code == 0 || o.exit_code == 1));
    }
    fs::remove(report);
  }
  CHECK(out_of_memory > 0);
#endif
}
