#pragma once
// WordNet synonym feature keys (similarity.cpp) by folded word, kept across the checks of one
// process: a batch checks hundreds of articles that use mostly the same words, and looking
// their synonyms up again for every pair was the dearest part of profiling its sentences.
// Shared by the batch's worker threads, so every access takes the lock; each check keeps its
// own map in front of it and asks here once per distinct word.
//
//   SynonymMemo memo;                // outlives the checks that use it
//   AlignOptions options;
//   options.synonym_memo = &memo;
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace driftcheck {

class SynonymMemo {
 public:
  using Keys = std::vector<uint64_t>;
  // The keys of `word`: remembered, or compute(word) (outside the lock), then remembered.
  // `compute` must depend on the word alone, so that every check gets the same keys.
  Keys keys(const std::string& word, const std::function<Keys(const std::string&)>& compute);

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, Keys> keys_;
};

}  // namespace driftcheck
