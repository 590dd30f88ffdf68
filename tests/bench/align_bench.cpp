// Alignment cost by document length: generated perturbed pairs of 100 to 20,000 sentences
// (more with arguments), each aligned in its own child process so that peak memory is that
// size's alone. Prints a table; asserts nothing.
//
//   build/bench/align_bench            # 100 1000 5000 10000 20000
//   build/bench/align_bench 100000     # any sizes
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "align/align.h"
#include "text/segment.h"

namespace {

using driftcheck::Alignment;
using driftcheck::AlignOptions;
using driftcheck::BeadKind;
using driftcheck::Document;

// Pseudo-words with a skewed frequency, numbers and function words: news-like overlap.
std::vector<std::vector<std::string>> generated_sentences(int count, std::mt19937& rng) {
  static const char* kSyllables[] = {"ka",  "lo", "mi",  "ren", "sto", "va",  "dor", "pel",
                                     "tri", "su", "bar", "nek", "os",  "fil", "gra", "ut"};
  static const char* kFunction[] = {"the", "of", "and", "in", "to", "a", "was", "for"};
  std::vector<std::string> vocabulary;
  for (int w = 0; w < 5000; ++w) {
    std::string word;
    for (int s = 0, n = 2 + static_cast<int>(rng() % 3); s < n; ++s) word += kSyllables[rng() % 16];
    vocabulary.push_back(word);
  }
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<std::vector<std::string>> out;
  for (int s = 0; s < count; ++s) {
    std::vector<std::string> words{"The"};
    const int n = 8 + static_cast<int>(rng() % 20);
    for (int w = 0; w < n; ++w) {
      const unsigned r = rng() % 12;
      if (r < 4)
        words.push_back(kFunction[rng() % 8]);
      else if (r == 4)
        words.push_back(std::to_string(rng() % 5000));
      else
        words.push_back(vocabulary[static_cast<size_t>(unit(rng) * unit(rng) * 5000.0)]);
    }
    out.push_back(std::move(words));
  }
  return out;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out + ".";
}

// The original, and a rendition with a fifth of the words replaced, 3% of sentences split,
// 3% merged with the next, 2% dropped, 2% added, 1% moved a few lines away.
std::pair<std::string, std::string> perturbed_pair(int count, unsigned seed) {
  std::mt19937 rng(seed);
  auto sentences = generated_sentences(count, rng);
  const auto extra = generated_sentences(count / 50 + 1, rng);
  std::string original, rendition;
  std::vector<std::string> lines;
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  size_t extra_used = 0;
  for (size_t k = 0; k < sentences.size(); ++k) {
    original += join(sentences[k]) + "\n";
    std::vector<std::string> words = sentences[k];
    for (size_t w = 1; w < words.size(); ++w)
      if (unit(rng) < 0.2) words[w] = sentences[rng() % sentences.size()][0];
    const double r = unit(rng);
    if (r < 0.02) continue;              // dropped
    if (r < 0.05 && words.size() > 6) {  // split
      const size_t cut = words.size() / 2;
      lines.push_back(join({words.begin(), words.begin() + static_cast<long>(cut)}));
      lines.push_back(join({words.begin() + static_cast<long>(cut), words.end()}));
    } else if (r < 0.08 && !lines.empty()) {  // merged with the previous line
      lines.back().pop_back();
      lines.back() += " and " + join(words);
    } else {
      lines.push_back(join(words));
    }
    if (r > 0.98 && extra_used < extra.size()) lines.push_back(join(extra[extra_used++]));
    if (r > 0.97 && r <= 0.98 && lines.size() > 6) std::swap(lines.back(), lines[lines.size() - 6]);
  }
  for (const auto& l : lines) rendition += l + "\n";
  return {original, rendition};
}

long max_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

struct Row {
  int sentences = 0;
  double segment_ms = 0.0;
  double align_ms = 0.0;
  long rss_before_kib = 0;
  long rss_after_kib = 0;
  int beads = 0;
  int moved = 0;
};

Row measure(int count) {
  const auto [original_text, rendition_text] =
      perturbed_pair(count, 42u + static_cast<unsigned>(count));
  Row row;
  row.sentences = count;
  const auto t0 = std::chrono::steady_clock::now();
  Document original = driftcheck::segment_text(original_text, driftcheck::SegmentOptions{"en"});
  Document rendition = driftcheck::segment_text(rendition_text, driftcheck::SegmentOptions{"en"});
  const auto t1 = std::chrono::steady_clock::now();
  row.rss_before_kib = max_rss_kib();
  const Alignment a = driftcheck::align_documents(original, rendition, AlignOptions{});
  const auto t2 = std::chrono::steady_clock::now();
  row.rss_after_kib = max_rss_kib();
  row.segment_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
  row.align_ms = std::chrono::duration<double, std::milli>(t2 - t1).count();
  row.beads = static_cast<int>(a.beads.size());
  for (const auto& b : a.beads) row.moved += b.kind == BeadKind::moved;
  return row;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> sizes{100, 1000, 5000, 10000, 20000};
  if (argc > 1) {
    sizes.clear();
    for (int k = 1; k < argc; ++k) sizes.push_back(std::atoi(argv[k]));
  }
  std::printf("%10s %12s %10s %12s %14s %14s %8s\n", "sentences", "segment_ms", "align_ms",
              "us/sentence", "align_peak_MiB", "process_MiB", "beads");
  for (int n : sizes) {
    int fds[2];
    if (pipe(fds) != 0) return 1;
    const pid_t child = fork();
    if (child == 0) {
      close(fds[0]);
      const Row row = measure(n);
      if (write(fds[1], &row, sizeof row) != static_cast<ssize_t>(sizeof row)) _exit(1);
      _exit(0);
    }
    close(fds[1]);
    Row row;
    const bool ok = read(fds[0], &row, sizeof row) == static_cast<ssize_t>(sizeof row);
    close(fds[0]);
    waitpid(child, nullptr, 0);
    if (!ok) {
      std::printf("%10d failed\n", n);
      continue;
    }
    std::printf("%10d %12.1f %10.1f %12.2f %14.1f %14.1f %8d\n", row.sentences, row.segment_ms,
                row.align_ms, 1000.0 * row.align_ms / row.sentences,
                (row.rss_after_kib - row.rss_before_kib) / 1024.0, row.rss_after_kib / 1024.0,
                row.beads);
    std::fflush(stdout);
  }
  return 0;
}
