#include "text/stem_memo.h"

namespace driftcheck {

std::optional<std::string> StemMemo::stem(
    std::string_view algorithm, const std::string& folded,
    const std::function<std::optional<std::string>()>& compute) {
  std::string key;
  key.reserve(algorithm.size() + 1 + folded.size());
  key += algorithm;
  key += '\x1f';
  key += folded;
  {
    std::lock_guard lock(mutex_);
    if (auto it = stems_.find(key); it != stems_.end()) return it->second;
  }
  // Computed unlocked, so that the other workers go on; two that miss the same word at once
  // compute the same stem, and the second emplace keeps the first.
  std::optional<std::string> computed = compute();
  if (!computed) return computed;
  std::lock_guard lock(mutex_);
  stems_.emplace(std::move(key), *computed);
  return computed;
}

}  // namespace driftcheck
