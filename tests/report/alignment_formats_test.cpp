#include "report/alignment_formats.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "report/text_checks.h"

namespace driftcheck {
namespace {

// Two one-sentence documents, aligned as one match bead; the text is taken as given.
CheckResult pair_of(std::string original, std::string rendition) {
  CheckResult r;
  for (auto [doc, text] :
       {std::pair{&r.original, &original}, std::pair{&r.rendition, &rendition}}) {
    doc->language = "en";
    doc->text = *text;
    Sentence s;
    s.end = static_cast<uint32_t>(text->size());
    s.text = *text;
    doc->sentences.push_back(std::move(s));
  }
  r.alignment.beads.push_back({{0}, {0}, BeadKind::match, 0.5});
  return r;
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string f; std::getline(in, f, '\t');) out.push_back(f);
  return out;
}

TEST_CASE("align tsv: tabs, line breaks and backslashes in a sentence are escaped",
          "[report][align][tsv]") {
  const std::string tsv = render_alignment_tsv(
      pair_of("Name:\tJohn\r\nSmith said C:\\new.", "Nom :\tJean\nSmith a dit."));
  std::istringstream lines(tsv);
  std::string header, row, rest;
  REQUIRE(std::getline(lines, header));
  REQUIRE(std::getline(lines, row));
  CHECK_FALSE(std::getline(lines, rest));  // one bead, one line
  const std::vector<std::string> f = fields(row);
  REQUIRE(f.size() == 6);
  CHECK(f[4] == "Name:\\tJohn\\r\\nSmith said C:\\\\new.");
  CHECK(f[5] == "Nom :\\tJean\\nSmith a dit.");
}

TEST_CASE("align tmx: bytes that are not UTF-8 or not XML characters never reach the file",
          "[report][align][tmx]") {
  const std::string tmx =
      render_alignment_tmx(pair_of("caf\xE9 \x01 <b>", "\xC0\xAF \xEF\xBF\xBF & \xED\xA0\x80"));
  CHECK(test::valid_utf8(tmx));
  CHECK(test::xml_forbidden_chars(tmx) == 0);
  CHECK(tmx.find("<seg>caf\xEF\xBF\xBD  &lt;b&gt;</seg>") != std::string::npos);
}

}  // namespace
}  // namespace driftcheck
