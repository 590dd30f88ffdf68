#include "report/junit_report.h"

#include <fmt/format.h>

#include "report/escape.h"
#include "report/source_map.h"
#include "report/stable_names.h"

namespace driftcheck {
namespace {

constexpr size_t kNameCodePoints = 60;  // sentence text quoted in a test case's name

struct TestCase {
  std::string name;
  std::vector<const Finding*> failures;  // major and critical
  std::vector<const Finding*> notes;     // minor and info
};

std::string finding_line(const Finding& f) {
  std::string line =
      fmt::format("{} {} {}: {}", f.id, to_string(f.severity), to_string(f.category), f.message);
  if (f.original) line += fmt::format("\n  original:  {}", f.original->text);
  if (f.rendition) line += fmt::format("\n  rendition: {}", f.rendition->text);
  return line;
}

}  // namespace

JunitSuite junit_suite(const CheckResult& result, const Summary& summary) {
  const auto& beads = result.alignment.beads;
  std::vector<TestCase> cases(beads.size());
  TestCase loose{"findings outside any aligned group", {}, {}};
  // Named by content, so that a CI's test history follows a sentence through edits elsewhere.
  std::vector<std::string> names = aligned_group_names(result, kNameCodePoints);
  for (size_t b = 0; b < beads.size(); ++b) cases[b].name = std::move(names[b]);
  for (const Finding& f : result.findings) {
    const bool in_bead = f.bead >= 0 && static_cast<size_t>(f.bead) < cases.size();
    TestCase& c = in_bead ? cases[static_cast<size_t>(f.bead)] : loose;
    (f.severity >= Severity::major ? c.failures : c.notes).push_back(&f);
  }
  if (!loose.failures.empty() || !loose.notes.empty()) cases.push_back(std::move(loose));

  JunitSuite suite;
  suite.tests = cases.size();
  for (const TestCase& c : cases) suite.failures += c.failures.empty() ? 0 : 1;
  const std::string name = xml_escape(result.rendition.path + " against " + result.original.path);
  std::string& out = suite.element;
  out = fmt::format(
      "<testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n", name,
      suite.tests, suite.failures);
  out += "    <properties>\n";
  auto property = [&](std::string_view key, std::string_view value) {
    out += fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", key, xml_escape(value));
  };
  property("original", result.original.path);
  property("rendition", result.rendition.path);
  property("verdict", summary.failed ? "fail" : "pass");
  property("fail_on", summary.fail_on ? to_string(*summary.fail_on) : "never");
  for (int level = 3; level >= 0; --level)
    property(to_string(static_cast<Severity>(level)),
             std::to_string(summary.counts[static_cast<size_t>(level)]));
  out += "    </properties>\n";
  const std::string classname = xml_escape(result.rendition.path);
  for (const TestCase& c : cases) {
    out += fmt::format("    <testcase classname=\"{}\" name=\"{}\"", classname, xml_escape(c.name));
    if (c.failures.empty() && c.notes.empty()) {
      out += "/>\n";
      continue;
    }
    out += ">\n";
    if (!c.failures.empty()) {
      const Finding& first = *c.failures.front();
      std::string message = fmt::format("{} {} {}: {}", first.id, to_string(first.severity),
                                        to_string(first.category), first.message);
      if (c.failures.size() > 1) message += fmt::format(" (and {} more)", c.failures.size() - 1);
      std::string body;
      for (const Finding* f : c.failures) body += finding_line(*f) + "\n";
      out += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                         to_string(first.category), xml_escape(message), xml_escape(body));
    }
    if (!c.notes.empty()) {
      std::string body;
      for (const Finding* f : c.notes) body += finding_line(*f) + "\n";
      out += fmt::format("      <system-out>{}</system-out>\n", xml_escape(body));
    }
    out += "    </testcase>\n";
  }
  out += "  </testsuite>";
  return suite;
}

std::string render_junit_report(const CheckResult& result, const Summary& summary) {
  const JunitSuite suite = junit_suite(result, summary);
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"driftcheck\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n"
      "  {}\n</testsuites>\n",
      suite.tests, suite.failures, suite.element);
}

}  // namespace driftcheck
