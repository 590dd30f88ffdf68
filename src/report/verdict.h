#pragma once
// What the gate (--fail-on) decided, in words an editor reads first: the verdict and the counts
// it was decided on, and no more than that ("PASS" never hides findings below the gate).
//
//   const Verdict v = describe_verdict(summary);
//   out += v.label + ": " + v.detail;  // "FAIL: 3 critical, 30 major at or above major"
#include <string>

#include "drift/check.h"

namespace driftcheck {

struct Verdict {
  std::string state;   // "fail", "pass" or "ungated" (no gate: --fail-on never)
  std::string label;   // "FAIL", "PASS" or "not gating"
  std::string detail;  // "3 critical, 30 major at or above major",
                       // "nothing at or above major (12 minor, 40 info)",
                       // ungated: "3 critical, 30 major" or "nothing critical or major (2 minor)"
};

Verdict describe_verdict(const Summary& summary);

}  // namespace driftcheck
