// Each input the tool refuses: exit status 2, one line on stderr naming the file, the
// place and what to do, and no output file left behind.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string err;
};

class Scratch {
 public:
  Scratch() : dir_(fs::temp_directory_path() / ("dc-input-" + std::to_string(::getpid()))) {
    fs::create_directories(dir_);
  }
  ~Scratch() { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path(name), std::ios::binary) << bytes;
    return path(name);
  }

 private:
  fs::path dir_;
};

Run run(const Scratch& scratch, const std::string& args) {
  const std::string err = scratch.path("stderr");
  const std::string command = std::string(DRIFTCHECK_BINARY) + " " + args + " 2>" + err;
  Run r;
  const int raw = std::system(command.c_str());
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::ifstream in(err);
  std::stringstream text;
  text << in.rdbuf();
  r.err = text.str();
  return r;
}

void check_refused(const Scratch& scratch, const std::string& input, const std::string& options,
                   const std::string& message) {
  const std::string out = scratch.path("out.json");
  const Run r = run(scratch, "segment '" + input + "' " + options + " -o '" + out + "'");
  CHECK(r.status == 2);
  CHECK(r.err == "driftcheck: error: " + message + "\n");
  CHECK_FALSE(fs::exists(out));
}

}  // namespace

TEST_CASE("input errors: a missing file", "[cli][input]") {
  Scratch s;
  check_refused(s, s.path("missing.txt"), "",
                s.path("missing.txt") + ": no such file (check the path)");
}

TEST_CASE("input errors: a directory", "[cli][input]") {
  Scratch s;
  fs::create_directories(s.path("folder"));
  check_refused(s, s.path("folder"), "", s.path("folder") + ": is a directory (give a text file)");
}

TEST_CASE("input errors: an unreadable file", "[cli][input]") {
  if (::geteuid() == 0)
    SUCCEED("root reads every file; nothing to test");
  else {
    Scratch s;
    const std::string f = s.write("secret.txt", "Text.");
    fs::permissions(f, fs::perms::none);
    check_refused(s, f, "", f + ": cannot be read (check its permissions)");
  }
}

TEST_CASE("input errors: empty and white-space-only files", "[cli][input]") {
  Scratch s;
  const std::string empty = s.write("empty.txt", "");
  check_refused(s, empty, "", empty + ": file is empty (give a file with text in it)");
  const std::string blank = s.write("blank.txt", " \r\n\t\xC2\xA0\n");
  check_refused(s, blank, "", blank + ": file has only white space (give a file with text in it)");
}

TEST_CASE("input errors: binary data", "[cli][input]") {
  Scratch s;
  const std::string f = s.write("binary.txt", std::string("Text\nmore\0data", 14));
  check_refused(s, f, "",
                f + ":2:5 (byte 9): binary data (a NUL byte) (give a text file; for UTF-16 "
                    "without a byte order mark use --encoding UTF-16LE or UTF-16BE)");
}

TEST_CASE("input errors: invalid UTF-8 when UTF-8 was asked for", "[cli][input]") {
  Scratch s;
  const std::string hint =
      " (name the file's encoding with --encoding, e.g. --encoding windows-1252)";
  const std::string f = s.write("latin1.txt", "First line.\nCaf\xE9 au lait.\n");
  check_refused(s, f, "--encoding UTF-8", f + ":2:4 (byte 15): invalid UTF-8" + hint);
  const std::string bom = s.write("bom.txt",
                                  "\xEF\xBB\xBF"
                                  "First line.\nCaf\xE9.\n");
  check_refused(s, bom, "", bom + ":2:4 (byte 18): invalid UTF-8" + hint);
}

TEST_CASE("input errors: a file over --max-bytes", "[cli][input]") {
  Scratch s;
  const std::string f = s.write("big.txt", std::string(100, 'a'));
  check_refused(s, f, "--max-bytes 50",
                f + ": file is 100 bytes, over the limit of 50 (raise the limit with --max-bytes)");
}

TEST_CASE("input errors: an unknown --encoding", "[cli][input]") {
  Scratch s;
  const std::string f = s.write("a.txt", "Text.");
  check_refused(s, f, "--encoding klingon",
                f + ": unknown encoding 'klingon' (run 'uconv -l' for the names ICU knows)");
}

TEST_CASE("input errors: more sentences than --max-sentences", "[cli][input]") {
  Scratch s;
  const std::string f = s.write("many.txt", "One. Two. Three. Four.\n");
  check_refused(s, f, "--max-sentences 3",
                f + ": 4 sentences, over the limit of 3 (split the file, or raise the limit with "
                    "--max-sentences)");
  const Run ok = run(s, "segment '" + f + "' --max-sentences 4 -o '" + s.path("ok.tsv") + "'");
  CHECK(ok.status == 0);
}
