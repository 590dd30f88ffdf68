#include "batch/runner.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace driftcheck {

unsigned effective_jobs(unsigned jobs) {
  if (jobs > 0) return jobs;
  return std::max(1U, std::thread::hardware_concurrency());
}

void run_in_order(size_t count, const RunOptions& options,
                  const std::function<PairOutcome(size_t)>& task,
                  const std::function<void(size_t, PairOutcome&&)>& sink) {
  if (count == 0) return;
  const size_t workers = std::min<size_t>(effective_jobs(options.jobs), count);
  const size_t window = std::max<size_t>(1, options.ahead_per_job) * workers;

  // Shared by the workers and this thread, all under `mutex`: the next task to start, the
  // first result not yet handed to the sink, and the finished results in between.
  std::mutex mutex;
  std::condition_variable result_ready;  // a result arrived (wakes this thread)
  std::condition_variable room;          // the sink took a result (wakes waiting workers)
  size_t next_task = 0;
  size_t next_out = 0;
  std::deque<std::optional<PairOutcome>> buffer;  // buffer[i] holds result next_out + i

  const auto work = [&] {
    std::unique_lock lock(mutex);
    while (true) {
      room.wait(lock, [&] { return next_task >= count || next_task < next_out + window; });
      if (next_task >= count) return;
      const size_t i = next_task++;
      lock.unlock();
      PairOutcome out = task(i);
      lock.lock();
      const size_t slot = i - next_out;
      if (buffer.size() <= slot) buffer.resize(slot + 1);
      buffer[slot] = std::move(out);
      if (slot == 0) result_ready.notify_one();
    }
  };

  std::vector<std::thread> pool;
  pool.reserve(workers);
  for (size_t w = 0; w < workers; ++w) pool.emplace_back(work);

  for (size_t i = 0; i < count; ++i) {
    std::unique_lock lock(mutex);
    result_ready.wait(lock, [&] { return !buffer.empty() && buffer.front().has_value(); });
    PairOutcome out = std::move(*buffer.front());
    buffer.pop_front();
    ++next_out;
    lock.unlock();
    room.notify_all();
    sink(i, std::move(out));
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace driftcheck
