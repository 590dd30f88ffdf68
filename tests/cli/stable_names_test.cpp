// A CI keeps the history of a JUnit test case and of a SARIF alert by its name. Editing one
// sentence of an article must rename only what that edit changed, not every case after it.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "cli/process.h"

namespace {

using namespace cli_test;

const fs::path kFlagship = fs::path(DRIFTCHECK_SOURCE_DIR) / "corpora" / "cnn-alabuga";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

std::multiset<std::string> junit_names(const Scratch& s, const fs::path& original,
                                       const fs::path& rendition) {
  const Outcome o = run({"check", original, rendition, "--format", "junit"}, s);
  REQUIRE(o.exit_code <= 1);
  std::multiset<std::string> names;
  static const std::regex kCase("<testcase classname=\"[^\"]*\" name=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(o.out.begin(), o.out.end(), kCase);
       it != std::sregex_iterator(); ++it)
    names.insert((*it)[1]);
  return names;
}

std::multiset<std::string> fingerprints(const Scratch& s, const fs::path& original,
                                        const fs::path& rendition) {
  const Outcome o =
      run({"check", original, rendition, "--format", "sarif", "--min-severity", "info"}, s);
  REQUIRE(o.exit_code <= 1);
  std::multiset<std::string> prints;
  const auto log = nlohmann::json::parse(o.out);
  for (const auto& r : log["runs"][0]["results"])
    prints.insert(r["partialFingerprints"]["driftcheckFinding/v2"].get<std::string>());
  return prints;
}

size_t missing_from(const std::multiset<std::string>& a, const std::multiset<std::string>& b) {
  size_t n = 0;
  for (const std::string& name : a) n += b.count(name) == 0 ? 1 : 0;
  return n;
}

struct Edit {
  const char* what;
  bool in_rendition;
  std::function<void(std::vector<std::string>&)> apply;
  size_t new_names;  // cases that really changed: a sentence added, or one now unmatched
  size_t gone_names;
};

}  // namespace

TEST_CASE("stable names: one edit renames only the cases it changed", "[cli][junit][sarif]") {
  Scratch s;
  const std::string original = read_file(kFlagship / "original.txt");
  const std::string rendition = read_file(kFlagship / "rendition.txt");
  REQUIRE(!original.empty());
  const fs::path o = s.write("original.txt", original);
  const fs::path r = s.write("rendition.txt", rendition);
  const auto base_names = junit_names(s, o, r);
  const auto base_prints = fingerprints(s, o, r);
  REQUIRE(base_names.size() > 40);
  // Every case and every alert is told apart from the others.
  CHECK(std::set<std::string>(base_names.begin(), base_names.end()).size() == base_names.size());
  CHECK(std::set<std::string>(base_prints.begin(), base_prints.end()).size() == base_prints.size());

  const Edit edits[] = {
      {"a rendition line deleted", true,
       [](auto& lines) { lines.erase(lines.begin() + static_cast<long>(lines.size() / 2)); }, 0, 1},
      {"a rendition sentence inserted near the top", true,
       [](auto& lines) {
         lines.insert(lines.begin() + 3,
                      "The governor also said that the factory would double its output by "
                      "next spring.");
       },
       1, 0},
      {"an original sentence moved to the end", false,
       [](auto& lines) {
         const std::string moved = lines[lines.size() / 2];
         lines.erase(lines.begin() + static_cast<long>(lines.size() / 2));
         lines.push_back(moved);
       },
       0, 0},
  };
  for (const Edit& edit : edits) {
    INFO(edit.what);
    std::vector<std::string> lines = lines_of(edit.in_rendition ? rendition : original);
    edit.apply(lines);
    const fs::path changed = s.write("changed.txt", joined(lines));
    const auto names = edit.in_rendition ? junit_names(s, o, changed) : junit_names(s, changed, r);
    // Before content names, deleting one sentence renamed 36 of 59 cases.
    CHECK(missing_from(names, base_names) <= edit.new_names);
    CHECK(missing_from(base_names, names) <= edit.gone_names + 1);
    const auto prints =
        edit.in_rendition ? fingerprints(s, o, changed) : fingerprints(s, changed, r);
    CHECK(missing_from(prints, base_prints) <= 3);
  }
}
