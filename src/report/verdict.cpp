#include "report/verdict.h"

#include <fmt/format.h>

namespace driftcheck {
namespace {

// "3 critical, 30 major" for the non-zero counts from `high` down to `low`, highest first.
std::string counts_between(const Summary& s, Severity low, Severity high) {
  std::string out;
  for (int level = static_cast<int>(high); level >= static_cast<int>(low); --level) {
    const int n = s.counts[static_cast<size_t>(level)];
    if (n == 0) continue;
    if (!out.empty()) out += ", ";
    out += fmt::format("{} {}", n, to_string(static_cast<Severity>(level)));
  }
  return out;
}

// " (12 minor, 40 info)" for the counts below `gate`, or nothing when there are none.
std::string below(const Summary& s, Severity gate) {
  if (gate == Severity::info) return "";
  const std::string rest =
      counts_between(s, Severity::info, static_cast<Severity>(static_cast<int>(gate) - 1));
  return rest.empty() ? "" : " (" + rest + ")";
}

}  // namespace

Verdict describe_verdict(const Summary& s) {
  if (!s.fail_on) {
    // Without a gate, the headline still names what an editor must not miss; major is the
    // default gate, so it is where "must not miss" starts.
    const std::string serious = counts_between(s, Severity::major, Severity::critical);
    if (!serious.empty()) return {"ungated", "not gating", serious};
    const std::string rest = counts_between(s, Severity::info, Severity::minor);
    return {"ungated", "not gating",
            rest.empty() ? "no findings" : "nothing critical or major (" + rest + ")"};
  }
  const Severity gate = *s.fail_on;
  const char* gate_name = to_string(gate);
  if (s.failed) {
    std::string at_or_above = counts_between(s, gate, Severity::critical);
    if (at_or_above.empty()) at_or_above = "findings";  // counts disagree with the verdict
    return {"fail", "FAIL", fmt::format("{} at or above {}", at_or_above, gate_name)};
  }
  return {"pass", "PASS", fmt::format("nothing at or above {}{}", gate_name, below(s, gate))};
}

}  // namespace driftcheck
