#pragma once
// A per-pair time limit, checked between stages and between aligned groups, so that one
// pathological pair becomes an error (a batch error record) instead of stalling the run.
// Per-token and per-sentence work is bounded elsewhere (tokenize.h's opaque tokens, the
// banded edit distance); this is the backstop for what those bounds did not foresee.
//
//   CheckOptions options;  // drift/check_options.h
//   options.deadline = Deadline::after(std::chrono::seconds(300));
//   check_documents(...);   // throws TimeLimitExceeded once the limit has passed
//
// The limit is wall-clock time, so whether a pair near it passes depends on the machine;
// it is meant to sit far above any real pair's time (README: --time-limit).
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>

namespace driftcheck {

class TimeLimitExceeded : public std::runtime_error {
 public:
  // Defined in deadline.cpp, which keeps <fmt/format.h> out of the many files that include
  // this header only for Deadline.
  explicit TimeLimitExceeded(std::chrono::milliseconds limit);
  std::chrono::milliseconds limit() const { return limit_; }

 private:
  std::chrono::milliseconds limit_;
};

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;

  Deadline() = default;  // no limit

  static Deadline after(std::chrono::milliseconds limit) {
    Deadline d;
    d.limit_ = limit;
    d.at_ = Clock::now() + limit;
    return d;
  }

  // Throws TimeLimitExceeded when the limit has passed; a few nanoseconds otherwise.
  void check() const {
    if (at_ && Clock::now() > *at_) throw TimeLimitExceeded(limit_);
  }

 private:
  std::optional<Clock::time_point> at_;
  std::chrono::milliseconds limit_{0};
};

}  // namespace driftcheck
