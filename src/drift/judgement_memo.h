#pragma once
// Word judgements (word_relation.h judge_words) kept across the checks of one process: the
// articles of a batch judge mostly the same word pairs, and the two-hop synonym search behind
// a judgement was the dearest part of the drift stage in a profile of the batch.
// Shared by the batch's worker threads, so every access takes the lock; each check keeps its
// own memo (LexiconCache) in front of it and asks here once per distinct pair.
//
//   JudgementMemo memo;              // outlives the checks that use it
//   CheckOptions options;
//   options.judgement_memo = &memo;
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

#include "drift/word_relation.h"

namespace driftcheck {

class JudgementMemo {
 public:
  // The judgement under `key`: remembered, or compute() (outside the lock), then remembered.
  // `key` must name every input compute() reads, so that every check gets the same answer.
  WordJudgement judgement(const std::string& key, const std::function<WordJudgement()>& compute);

 private:
  // A batch of thousands of articles judges millions of distinct pairs; past this many the
  // memo stops growing (about 40 MB) and later pairs are judged each time, same answer.
  static constexpr std::size_t kMaxJudgements = 250000;
  std::mutex mutex_;
  std::unordered_map<std::string, WordJudgement> judged_;
};

}  // namespace driftcheck
