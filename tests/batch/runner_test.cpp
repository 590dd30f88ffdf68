#include "batch/runner.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace driftcheck;

TEST_CASE("runner: results come back in task order whatever order they finish in", "[batch]") {
  const unsigned jobs = GENERATE(1U, 2U, 4U, 8U);
  const size_t count = 200;
  std::atomic<int> running{0};
  std::atomic<int> most{0};
  std::vector<size_t> order;
  RunOptions options;
  options.jobs = jobs;
  options.ahead_per_job = 2;
  run_in_order(
      count, options,
      [&](size_t i) {
        const int now = ++running;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        // Early tasks take longest, so later ones finish first.
        std::this_thread::sleep_for(std::chrono::microseconds((i % 7 == 0) ? 2000 : 50));
        --running;
        PairOutcome out;
        out.pair.index = i;
        out.record = std::to_string(i);
        return out;
      },
      [&](size_t i, PairOutcome&& out) {
        CHECK(out.pair.index == i);
        CHECK(out.record == std::to_string(i));
        order.push_back(i);
      });
  REQUIRE(order.size() == count);
  for (size_t i = 0; i < count; ++i) CHECK(order[i] == i);
  CHECK(most.load() <= static_cast<int>(jobs));
}

TEST_CASE("runner: nothing to do returns at once", "[batch]") {
  bool called = false;
  run_in_order(
      0, RunOptions{},
      [&](size_t) {
        called = true;
        return PairOutcome{};
      },
      [&](size_t, PairOutcome&&) { called = true; });
  CHECK_FALSE(called);
}

TEST_CASE("runner: a slow sink holds back the workers by the window", "[batch]") {
  std::atomic<size_t> started{0};
  size_t max_ahead = 0;
  size_t emitted = 0;
  RunOptions options;
  options.jobs = 2;
  options.ahead_per_job = 3;
  run_in_order(
      60, options,
      [&](size_t) {
        ++started;
        return PairOutcome{};
      },
      [&](size_t, PairOutcome&&) {
        std::this_thread::sleep_for(std::chrono::microseconds(300));
        ++emitted;
        max_ahead = std::max(max_ahead, started.load() - emitted);
      });
  CHECK(max_ahead <= 2 * 3);
}

TEST_CASE("runner: jobs 0 means one per core", "[batch]") {
  CHECK(effective_jobs(0) >= 1);
  CHECK(effective_jobs(3) == 3);
}
