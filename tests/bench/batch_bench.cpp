// Batch throughput: 1,000 generated article-sized pairs (40 sentences, about 650 words a
// side) written to a scratch folder, then read, checked and turned into JSONL records by
// the same runner and per-pair pipeline `driftcheck batch` uses, with 1 and 2 jobs.
// Prints pairs per second (wall) and per CPU-second, and the speed-up; asserts nothing.
//
//   build/bench/batch_bench              # 1000 pairs of 40 sentences
//   build/bench/batch_bench 200 80       # PAIRS SENTENCES
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../config/article_generator.h"
#include "batch/pair.h"
#include "batch/runner.h"
#include "text/decode.h"
#include "text/segment.h"

namespace {

namespace fs = std::filesystem;
using namespace driftcheck;

constexpr double kTargetPairsPerCpuSecond = 340.0;  // docs/design.md

double cpu_seconds() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);  // every thread of the process
  const auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// What load_document does for a regular file: read, decode, segment.
Result<Document> load(const std::string& path, PairSide /*side*/) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Error e;
    e.file = path;
    e.cause = "cannot be read";
    return e;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  DecodeOptions options;
  options.file = path;
  Result<DecodedText> decoded = decode_text(bytes.str(), options);
  if (!decoded) return decoded.error();
  Document doc = segment_text(std::move(decoded->text), SegmentOptions{});
  doc.path = path;
  doc.encoding = decoded->encoding;
  return doc;
}

struct Measurement {
  double wall = 0;
  double cpu = 0;
  size_t bytes = 0;
  size_t findings_records = 0;
};

Measurement run(const std::vector<BatchPair>& pairs, unsigned jobs) {
  PairSettings settings;
  RunOptions options;
  options.jobs = jobs;
  Measurement m;
  const double cpu0 = cpu_seconds();
  const auto wall0 = std::chrono::steady_clock::now();
  run_in_order(
      pairs.size(), options, [&](size_t i) { return check_pair(pairs[i], load, settings); },
      [&](size_t, PairOutcome&& out) {
        m.bytes += out.record.size() + 1;
        m.findings_records += out.summary.failed ? 1 : 0;
        if (!out.error.empty()) std::fprintf(stderr, "error: %s\n", out.error.c_str());
      });
  m.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  m.cpu = cpu_seconds() - cpu0;
  return m;
}

}  // namespace

int main(int argc, char** argv) {
  const size_t count = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000;
  const size_t sentences = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 40;
  const fs::path dir =
      fs::temp_directory_path() / ("driftcheck-batch-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<BatchPair> pairs;
  size_t words = 0;
  for (size_t i = 0; i < count; ++i) {
    const auto generated = testing::generate_pair(static_cast<unsigned>(i), sentences);
    BatchPair p;
    p.id = std::to_string(i);
    p.index = i;
    p.original = (dir / (p.id + ".orig.txt")).string();
    p.rendition = (dir / (p.id + ".trans.txt")).string();
    std::ofstream(p.original, std::ios::binary) << generated.original;
    std::ofstream(p.rendition, std::ios::binary) << generated.rendition;
    for (const char c : generated.original) words += c == ' ' ? 1 : 0;
    pairs.push_back(std::move(p));
  }
  std::printf("batch_bench: %zu pairs of %zu sentences (about %zu words a side), %u cores\n", count,
              sentences, words / std::max<size_t>(count, 1) + sentences, effective_jobs(0));

  // Warm-up: lazily built tables (WordNet, stemmers, ICU) are not the batch's cost.
  run(std::vector<BatchPair>(pairs.begin(), pairs.begin() + std::min<size_t>(20, count)), 1);

  std::printf("%5s %10s %10s %12s %16s %10s\n", "jobs", "wall s", "cpu s", "pairs/s", "pairs/cpu-s",
              "vs target");
  double one_job_rate = 0;
  for (const unsigned jobs : {1U, 2U}) {
    const Measurement m = run(pairs, jobs);
    const double rate = static_cast<double>(count) / m.wall;
    const double per_cpu = static_cast<double>(count) / m.cpu;
    if (jobs == 1) one_job_rate = rate;
    std::printf("%5u %10.3f %10.3f %12.1f %16.1f %9.2fx\n", jobs, m.wall, m.cpu, rate, per_cpu,
                per_cpu / kTargetPairsPerCpuSecond);
    if (jobs == 2)
      std::printf("speed-up with 2 jobs: %.2fx (%zu pairs fail at major, %.1f MB of JSONL)\n",
                  rate / one_job_rate, m.findings_records, m.bytes / 1e6);
  }
  fs::remove_all(dir);
  return 0;
}
