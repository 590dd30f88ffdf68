#include "report/markdown_report.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "report/report_fixture.h"
#include "report/text_checks.h"

namespace driftcheck {
namespace {

// Cell separators: '|' not preceded by a backslash.
size_t unescaped_pipes(const std::string& line) {
  size_t n = 0;
  for (size_t i = 0; i < line.size(); ++i)
    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++n;
  return n;
}

TEST_CASE("md: verdict, counts, and a table of major and critical findings", "[report][md]") {
  const CheckResult r = test::sample_result();
  const std::string md = render_markdown_report(r, summarize(r, Severity::major));
  CHECK(md.rfind("### driftcheck: ❌ **FAIL** corpora/a/rendition.txt against "
                 "corpora/a/original.txt (fails on major)\n",
                 0) == 0);
  CHECK(md.find("| 1 | 3 | 0 | 2 | 3 | 1 | 1 | 1 |") != std::string::npos);
  // Critical first, then the majors in report order; info findings only counted.
  const size_t f4 = md.find("| F4 | **critical** | attribution |");
  const size_t f1 = md.find("| F1 | **major** | substitution | They say they **fired** a lot");
  REQUIRE(f4 != std::string::npos);
  REQUIRE(f1 != std::string::npos);
  CHECK(f4 < f1);
  CHECK(md.find("| F3 |") == std::string::npos);
  CHECK(md.find("0 minor and 2 info findings") != std::string::npos);
  CHECK(md.find("They say they**'ve produced** a lot") != std::string::npos);
}

TEST_CASE("md: a hostile article cannot break the table", "[report][md]") {
  const CheckResult r = test::hostile_result();
  const std::string md = render_markdown_report(r, summarize(r, Severity::major));
  std::istringstream lines(md);
  std::string line;
  int rows = 0;
  bool in_findings = false;
  while (std::getline(lines, line)) {
    if (line.rfind("| | severity", 0) == 0) in_findings = true;
    if (!in_findings || line.empty() || line[0] != '|') continue;
    INFO(line);
    CHECK(unescaped_pipes(line) == 7);
    CHECK(line.find('<') == std::string::npos);
    for (size_t i = line.find('`'); i != std::string::npos; i = line.find('`', i + 1))
      CHECK((i > 0 && line[i - 1] == '\\'));  // every backtick escaped
    ++rows;
  }
  CHECK(rows == 2 + 3);  // header, rule, F2 critical, F1 and F5 major
  CHECK(md.find("@&#8203;here") != std::string::npos);
}

TEST_CASE("md: hostile paths, ids and messages post no image, link, HTML or mention",
          "[report][md]") {
  CheckResult r = test::sample_result();
  // Paths come from the file system and can hold any bytes; ids and messages from a baseline.
  const std::string hostile =
      "![x](http://e/x.png) <img src=x onerror=alert(1)> @org/team | [link](http://e) `code`";
  r.rendition.path = hostile + " \xFF\xC0\xAF.txt";
  r.original.path = "line\nbreak\r# heading.txt";
  for (Finding& f : r.findings) {
    f.id += " " + hostile;
    f.message += "\t" + hostile + " \xE2\x82";
  }
  const std::string md = render_markdown_report(r, summarize(r, Severity::major));
  INFO(md);
  CHECK(test::live_markdown(md).empty());
  CHECK(test::valid_utf8(md));
  CHECK(md.rfind("### driftcheck: ❌ **FAIL** \\!\\[x\\]\\(http://e/x.png\\) &lt;img", 0) == 0);
  CHECK(md.find("against line break \\# heading.txt (fails on major)\n") != std::string::npos);
  std::istringstream lines(md);
  std::string line;
  int rows = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("| F", 0) != 0) continue;
    INFO(line);
    CHECK(test::markdown_cell_separators(line) == 7);
    ++rows;
  }
  CHECK(rows == 4);  // F1, F2, F4, F6: the major and critical findings
}

}  // namespace
}  // namespace driftcheck
