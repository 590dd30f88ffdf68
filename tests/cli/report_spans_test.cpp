// The JSON contract: a span's `text` repeats the covered text, so that a reader need not
// slice. A reader who does slice must get the same bytes, whatever the finding.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/process.h"

namespace {

using namespace cli_test;

// Code points [start, end) of UTF-8 `text`.
std::string code_point_slice(const std::string& text, size_t start, size_t end) {
  size_t cp = 0;
  size_t from = text.size();
  size_t i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (cp == start) from = i;
    if (cp == end) break;
    ++cp;
  }
  if (cp == start && from == text.size()) from = i;
  return from <= i ? text.substr(from, i - from) : std::string();
}

}  // namespace

TEST_CASE("report spans: every finding's text is the slice it names", "[cli][report][json]") {
  Scratch s;
  const fs::path pair = fs::path(DRIFTCHECK_SOURCE_DIR) / "corpora" / "cnn-alabuga";
  const Outcome o = run({"check", pair / "original.txt", pair / "rendition.txt", "--format", "json",
                         "--min-severity", "info"},
                        s);
  REQUIRE(o.exit_code == 1);
  const auto report = nlohmann::json::parse(o.out);
  const std::string texts[2] = {read_file(pair / "original.txt"),
                                read_file(pair / "rendition.txt")};
  const char* sides[2] = {"original", "rendition"};
  size_t spans = 0;
  for (const auto& f : report["findings"]) {
    for (int side = 0; side < 2; ++side) {
      if (!f.contains(sides[side])) continue;
      const auto& span = f[sides[side]];
      INFO(f["id"].get<std::string>() << " " << sides[side]);
      CHECK(span["text"].get<std::string>() ==
            code_point_slice(texts[side], span["start"], span["end"]));
      const auto& sentence = report[sides[side]]["sentences"][span["sentence"].get<size_t>()];
      CHECK(span["start"] >= sentence["start"]);  // it starts in the sentence it names
      CHECK(span["start"] <= sentence["end"]);
      ++spans;
    }
  }
  CHECK(spans > 300);
}
