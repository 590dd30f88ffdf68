// `driftcheck segment` as a user runs it: the built binary, its output and its exit status.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Output {
  int status = -1;
  std::string out;
};

// Runs the binary with `args`, stdout captured, stderr into `err` when given.
Output run(const std::string& args) {
  const std::string command = std::string(DRIFTCHECK_BINARY) + " " + args;
  Output o;
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) o.out.append(buffer, n);
  const int raw = ::pclose(pipe);
  o.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return o;
}

std::string scratch_file(const std::string& name, const std::string& bytes) {
  const fs::path path = fs::temp_directory_path() / (std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

}  // namespace

TEST_CASE("segment command: TSV lists id, code point offsets, zone and text", "[cli][segment]") {
  const std::string f = scratch_file("tsv.txt", "\xD0\x94\xD0\xB0. Two.\nHeading\n");
  const Output o = run("segment " + f);
  CHECK(o.status == 0);
  CHECK(o.out ==
        "0\t0\t3\tbody\t\xD0\x94\xD0\xB0.\n1\t4\t8\tbody\tTwo.\n2\t9\t16\tbody\tHeading\n");
  fs::remove(f);
}

TEST_CASE("segment command: JSON records encoding, language and sentences", "[cli][segment]") {
  const std::string f = scratch_file("latin1.txt",
                                     "Le caf\xE9 de la gare est ferm\xE9 depuis l'\xE9t\xE9. "
                                     "Les habitu\xE9s regrettent le g\xE2teau.\n");
  const Output o = run("segment --format json " + f);
  REQUIRE(o.status == 0);
  const auto j = nlohmann::json::parse(o.out);
  const auto& doc = j.at("document");
  CHECK(doc.at("encoding") != "UTF-8");
  CHECK(doc.at("language") == "fr");  // French, by its letters, not just its script
  REQUIRE(doc.at("sentences").size() == 2);
  CHECK(doc.at("sentences")[0].at("text") ==
        "Le caf\xC3\xA9 de la gare est ferm\xC3\xA9 depuis l'\xC3\xA9t\xC3\xA9.");
  fs::remove(f);
}

TEST_CASE("segment command: --lang is recorded and --verbose names the encoding",
          "[cli][segment]") {
  const std::string f = scratch_file("lang.txt", "Text here.");
  const std::string err = f + ".err";
  const Output o = run("segment --format json --lang de -v " + f + " 2>" + err);
  REQUIRE(o.status == 0);
  CHECK(nlohmann::json::parse(o.out).at("document").at("language") == "de");
  std::ifstream in(err);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str() == "driftcheck: " + f + ": read as UTF-8, language de, 1 sentences\n");
  fs::remove(f);
  fs::remove(err);
}

TEST_CASE("segment command: -o writes the file whole", "[cli][segment]") {
  const std::string f = scratch_file("in.txt", "One. Two.");
  const std::string out = f + ".tsv";
  const Output o = run("segment " + f + " -o " + out);
  CHECK(o.status == 0);
  CHECK(o.out.empty());
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str() == "0\t0\t4\tbody\tOne.\n1\t5\t9\tbody\tTwo.\n");
  fs::remove(f);
  fs::remove(out);
}

TEST_CASE("segment command: tabs and backslashes in a sentence keep every line at five fields",
          "[cli][segment]") {
  const std::string f =
      scratch_file("tabs.txt", "Name:\tJohn Smith said hello. Saved in C:\\new\\file today.\n");
  const Output o = run("segment " + f);
  CHECK(o.status == 0);
  std::istringstream lines(o.out);
  int rows = 0;
  for (std::string line; std::getline(lines, line); ++rows) {
    INFO(line);
    CHECK(std::count(line.begin(), line.end(), '\t') == 4);
  }
  CHECK(rows == 2);
  CHECK(o.out ==
        "0\t0\t28\tbody\tName:\\tJohn Smith said hello.\n"
        "1\t29\t56\tbody\tSaved in C:\\\\new\\\\file today.\n");
  fs::remove(f);
}
