#include "report/junit_report.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>

#include "report/report_fixture.h"
#include "report/text_checks.h"

namespace driftcheck {
namespace {

size_t occurrences(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t i = haystack.find(needle); i != std::string::npos; i = haystack.find(needle, i + 1))
    ++n;
  return n;
}

// Parses `xml` with Python's XML parser; false when it is not well-formed. Skips when no python3.
bool well_formed(const std::string& xml, const std::string& name) {
  if (std::system("python3 -c 'import xml.dom.minidom' >/dev/null 2>&1") != 0) {
    WARN("skipped the XML parse: python3 is not installed");
    return true;
  }
  const std::string path = std::string(DRIFTCHECK_BINARY) + "." + name + ".xml";
  std::ofstream(path, std::ios::binary) << xml;
  const std::string cmd =
      "python3 -c 'import sys, xml.dom.minidom; "
      "xml.dom.minidom.parse(sys.argv[1])' '" +
      path + "'";
  const int status = std::system(cmd.c_str());
  std::remove(path.c_str());
  return status == 0;
}

TEST_CASE("junit: one test case per bead, failing on major and critical findings",
          "[report][junit]") {
  const CheckResult r = test::sample_result();
  const std::string xml = render_junit_report(r, summarize(r, Severity::major));
  CHECK(well_formed(xml, "junit-sample"));
  CHECK(occurrences(xml, "<testcase ") == r.alignment.beads.size());
  // Beads 1 (F1), 2 (F2), 3 (F4 critical; F3 info) and 5 (F6) fail; 0 and 4 (moved, info) pass.
  CHECK(occurrences(xml, "<failure ") == 4);
  CHECK(xml.find("<testsuites name=\"driftcheck\" tests=\"6\" failures=\"4\" errors=\"0\"") !=
        std::string::npos);
  CHECK(xml.find("<testsuite name=\"corpora/a/rendition.txt against corpora/a/original.txt\" "
                 "tests=\"6\" failures=\"4\"") != std::string::npos);
  CHECK(xml.find("<failure type=\"attribution\" message=\"F4 critical attribution:") !=
        std::string::npos);
  CHECK(xml.find("<system-out>F3 info format: same amount, other format") != std::string::npos);
  // Named by the original's words, not by position: no bead index, no sentence ids.
  CHECK(xml.find("<testcase classname=\"corpora/a/rendition.txt\" name=\"Drones over Alabuga") !=
        std::string::npos);
  CHECK(xml.find("name=\"#") == std::string::npos);
  // junit-10.xsd allows no 'skipped' on the root.
  CHECK(xml.find("<testsuites name=\"driftcheck\" tests=\"6\" failures=\"4\" errors=\"0\">") !=
        std::string::npos);
  CHECK(xml.find("<property name=\"verdict\" value=\"fail\"/>") != std::string::npos);
}

TEST_CASE("junit: a hostile article stays well-formed XML", "[report][junit]") {
  CheckResult r = test::hostile_result();
  r.findings[0].message += " \x01\x1b control ]]> \xEF\xBF\xBE";
  const std::string xml = render_junit_report(r, summarize(r, Severity::major));
  CHECK(well_formed(xml, "junit-hostile"));
  CHECK(xml.find("<script") == std::string::npos);
  CHECK(xml.find('\x1b') == std::string::npos);
}

TEST_CASE("junit: paths with bytes that are not UTF-8 still give valid UTF-8 XML",
          "[report][junit]") {
  CheckResult r = test::sample_result();
  // A file system hands over any bytes: Latin-1 names, overlong and truncated sequences.
  r.original.path = "corpora/caf\xE9/original.txt";
  r.rendition.path = "corpora/\xC0\xAF\xFF/rendition\xE2\x82";
  r.findings[0].message += " \x01\x0b\x1b\xEF\xBF\xBE \xED\xA0\x80";
  const std::string xml = render_junit_report(r, summarize(r, Severity::major));
  CHECK(test::valid_utf8(xml));
  CHECK(test::xml_forbidden_chars(xml) == 0);
  CHECK(well_formed(xml, "junit-bytes"));
  CHECK(xml.find("<property name=\"original\" value=\"corpora/caf\xEF\xBF\xBD/original.txt\"/>") !=
        std::string::npos);
}

}  // namespace
}  // namespace driftcheck
