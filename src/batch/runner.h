#pragma once
// Runs many independent tasks on a pool of threads and hands their results back in task
// order: result k as soon as results 0..k are done (a reorder buffer).
//
//   run_in_order(pairs.size(), RunOptions{.jobs = 0},
//                [&](size_t i) { return check_pair(pairs[i], load, settings); },
//                [&](size_t i, PairOutcome&& out) { print(out.record); });
#include <cstddef>
#include <functional>

#include "batch/pair.h"

namespace driftcheck {

struct RunOptions {
  unsigned jobs = 0;  // worker threads; 0 = one per core
  // Results finished ahead of the next one to hand back are held at most this many
  // per job, so one slow task does not let the buffer grow without bound.
  size_t ahead_per_job = 16;
};

// The number of workers `jobs` means: itself, or the cores when 0 (at least 1).
unsigned effective_jobs(unsigned jobs);

// Calls `task(i)` for every i in [0, count) on worker threads, and `sink(i, result)` on
// the calling thread in order of i. `task` must not throw and must not share mutable
// state across calls; `sink` may be slow (it holds back only the buffer, not the workers).
void run_in_order(size_t count, const RunOptions& options,
                  const std::function<PairOutcome(size_t)>& task,
                  const std::function<void(size_t, PairOutcome&&)>& sink);

}  // namespace driftcheck
