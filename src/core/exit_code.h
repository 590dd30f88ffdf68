#pragma once
// The process exit statuses, documented once in the README.
namespace driftcheck {

enum class ExitCode : int {
  ok = 0,           // nothing at or above --fail-on
  findings = 1,     // findings at or above --fail-on
  input_error = 2,  // usage error or unusable input
};

}  // namespace driftcheck
