#pragma once
// JUnit XML for CI dashboards: one test case per aligned group (bead), failing when the group
// has a major or critical finding; minor and info findings go to the case's <system-out>.
// A case is named by the original's wording (see report/stable_names.h), so that it keeps its
// name, and its history in the CI, when other sentences are inserted or deleted.
//
//   write_output("drift.xml", render_junit_report(result, summarize(result, Severity::major)));
#include <cstddef>
#include <string>

#include "drift/check.h"

namespace driftcheck {

// One pair's <testsuite> element and its counts, for a document that holds many pairs
// (batch): `element` runs from "<testsuite" to "</testsuite>" with no line break around it,
// its inner lines indented for a place inside <testsuites>.
struct JunitSuite {
  size_t tests = 0;
  size_t failures = 0;
  size_t errors = 0;
  std::string element;
};

JunitSuite junit_suite(const CheckResult& result, const Summary& summary);

// The whole document, UTF-8, ending in a newline. Same input, same bytes. Findings that belong
// to no bead get one extra test case of their own.
std::string render_junit_report(const CheckResult& result, const Summary& summary);

}  // namespace driftcheck
