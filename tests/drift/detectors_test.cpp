#include "drift/detectors.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

namespace {

std::vector<std::string> row_names() {
  std::vector<std::string> names;
  for (const DetectorRow& row : detector_table()) names.emplace_back(row.name);
  return names;
}

}  // namespace

TEST_CASE("detectors: the table runs in this order", "[drift][detectors]") {
  // Reordering changes which detector claims a word first, so it changes findings: a move in
  // this list is a change of behaviour and needs its own review.
  const std::vector<std::string> expected = {
      "misspelling", "moved",       "number",       "negation",        "entity",
      "role",        "rewrite",     "question",     "broken_sentence", "tense",
      "modality",    "attribution", "approximator", "comparative",     "lexical"};
  REQUIRE(row_names() == expected);
}

TEST_CASE("detectors: every NAME_detector.cpp in src/drift has its row", "[drift][detectors]") {
  const std::filesystem::path dir = std::filesystem::path(DRIFTCHECK_SOURCE_DIR) / "src" / "drift";
  const std::vector<std::string> names = row_names();
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string file = entry.path().filename().string();
    const std::string suffix = "_detector.cpp";
    if (file.size() <= suffix.size() || !file.ends_with(suffix)) continue;
    ++files;
    const std::string name = file.substr(0, file.size() - suffix.size());
    CAPTURE(file);
    CHECK(std::find(names.begin(), names.end(), name) != names.end());
  }
  // And no row without its file: one file pair per row.
  CHECK(files == names.size());
}

TEST_CASE("detectors: only what survives a diff of stems runs on an unchanged bead",
          "[drift][detectors]") {
  std::vector<std::string> quiet, ending;
  for (const DetectorRow& row : detector_table()) {
    if (row.on_unchanged) quiet.emplace_back(row.name);
    if (row.ends_bead) ending.emplace_back(row.name);
  }
  CHECK(quiet == std::vector<std::string>{"misspelling", "moved", "tense", "attribution"});
  CHECK(ending == std::vector<std::string>{"rewrite"});
}

TEST_CASE("detectors: an inflection alone still reaches the tense detector", "[drift][detectors]") {
  const Checked c = check_pair("The mayor announced the plan.", "The mayor announces the plan.");
  REQUIRE(c.max_severity(Category::modality) < 0);
  REQUIRE(std::any_of(c.findings.begin(), c.findings.end(), [](const Finding& f) {
    return f.message.find("tense") != std::string::npos;
  }));
}

TEST_CASE("detectors: a rewrite ends the bead, no word findings follow it", "[drift][detectors]") {
  const Checked c = check_pair("The council approved the harbour budget after a long debate.",
                               "Fishermen protested loudly outside parliament yesterday evening.");
  REQUIRE_FALSE(c.findings.empty());
  for (const Finding& f : c.findings) CHECK(f.category == Category::rewrite);
}
