#include "report/verdict.h"

#include <catch2/catch.hpp>

namespace driftcheck {
namespace {

Summary summary_of(std::array<int, 4> counts, std::optional<Severity> fail_on) {
  Summary s;
  s.counts = counts;  // info, minor, major, critical
  s.fail_on = fail_on;
  s.failed = false;
  if (fail_on)
    for (int level = static_cast<int>(*fail_on); level <= 3; ++level)
      s.failed = s.failed || counts[static_cast<size_t>(level)] > 0;
  return s;
}

TEST_CASE("verdict: says what the gate decided and on which counts", "[report][verdict]") {
  using Row = std::tuple<std::array<int, 4>, std::optional<Severity>, std::string, std::string>;
  const auto [counts, fail_on, label,
              detail] = GENERATE(table<std::array<int, 4>, std::optional<Severity>, std::string,
                                       std::string>({
      Row{{161, 64, 30, 3}, Severity::major, "FAIL", "3 critical, 30 major at or above major"},
      Row{{161, 64, 30, 0},
          Severity::critical,
          "PASS",
          "nothing at or above critical (30 major, "
          "64 minor, 161 info)"},
      Row{{40, 12, 0, 0}, Severity::major, "PASS", "nothing at or above major (12 minor, 40 info)"},
      Row{{0, 0, 0, 0}, Severity::major, "PASS", "nothing at or above major"},
      Row{{0, 5, 0, 0}, Severity::minor, "FAIL", "5 minor at or above minor"},
      Row{{0, 0, 0, 0}, Severity::info, "PASS", "nothing at or above info"},
      // No gate: never PASS, and the serious counts still lead.
      Row{{161, 64, 30, 3}, std::nullopt, "not gating", "3 critical, 30 major"},
      Row{{1, 0, 2, 0}, std::nullopt, "not gating", "2 major"},
      Row{{40, 12, 0, 0},
          std::nullopt,
          "not gating",
          "nothing critical or major (12 minor, 40 info)"},
      Row{{0, 0, 0, 0}, std::nullopt, "not gating", "no findings"},
  }));
  CAPTURE(label, detail);
  const Verdict v = describe_verdict(summary_of(counts, fail_on));
  CHECK(v.label == label);
  CHECK(v.detail == detail);
  CHECK(v.state == (fail_on ? (label == "FAIL" ? "fail" : "pass") : "ungated"));
}

}  // namespace
}  // namespace driftcheck
