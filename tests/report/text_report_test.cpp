#include "report/text_report.h"

#include <catch2/catch.hpp>

#include "report/report_fixture.h"

namespace driftcheck {
namespace {

TEST_CASE("text: verdict, counts, then findings by severity, most severe first", "[report][text]") {
  const CheckResult r = test::sample_result();
  const std::string out = render_text_report(r, summarize(r, Severity::major), false);
  CHECK(out.rfind("driftcheck: FAIL (fail on major): 1 critical, 3 major, 0 minor, 2 info\n", 0) ==
        0);
  CHECK(out.find("corpora/a/original.txt → corpora/a/rendition.txt: 3 aligned, 1 omitted, "
                 "1 added, 1 moved") != std::string::npos);
  const size_t critical = out.find("CRITICAL (1)");
  const size_t major = out.find("MAJOR (3)");
  const size_t info = out.find("INFO (2)");
  REQUIRE(critical != std::string::npos);
  CHECK(critical < major);
  CHECK(major < info);
  CHECK(out.find("MINOR") == std::string::npos);
}

TEST_CASE("text: without colour the changed words are bracketed", "[report][text]") {
  const CheckResult r = test::sample_result();
  const std::string out = render_text_report(r, summarize(r, Severity::major), false);
  CHECK(out.find("  F1 substitution  corpora/a/rendition.txt:2:14\n") != std::string::npos);
  CHECK(out.find("original   They say they [-fired-] a lot of drones at Ukraine.") !=
        std::string::npos);
  CHECK(out.find("rendition  They say they{+'ve produced+} a lot of drones at Ukraine.") !=
        std::string::npos);
  // An omission is located in the original, and says where the rendition would have had it.
  CHECK(out.find("F2 omission  corpora/a/original.txt:3:1") != std::string::npos);
  CHECK(out.find("[-CNN has been unable to independently verify this.-]") != std::string::npos);
  CHECK(out.find("rendition  {+Moscow has deceived an ally.+}") != std::string::npos);
  CHECK(out.find('\x1b') == std::string::npos);
}

TEST_CASE("text: with colour the changed words are painted, not bracketed", "[report][text]") {
  const CheckResult r = test::sample_result();
  const std::string out = render_text_report(r, summarize(r, Severity::major), true);
  CHECK(out.find("\x1b[1;31;9mfired\x1b[0m") != std::string::npos);
  CHECK(out.find("\x1b[1;32m've produced\x1b[0m") != std::string::npos);
  CHECK(out.find("[-fired-]") == std::string::npos);
}

TEST_CASE("text: input text cannot send terminal escape sequences", "[report][text]") {
  CheckResult r = test::sample_result();
  r.findings[0].message =
      "evil \x1b]0;title\x07 and \xC2\x9B"
      "31m here";
  const std::string out = render_text_report(r, summarize(r, Severity::major), false);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("\xC2\x9B") == std::string::npos);
  CHECK(out.find("evil ?]0;title? and ?31m here") != std::string::npos);
}

TEST_CASE("text: a clean pair says so", "[report][text]") {
  CheckResult r = test::sample_result();
  r.findings.clear();
  const std::string out = render_text_report(r, summarize(r, Severity::major), false);
  CHECK(out.rfind("driftcheck: PASS", 0) == 0);
  CHECK(out.find("No findings.") != std::string::npos);
}

}  // namespace
}  // namespace driftcheck
