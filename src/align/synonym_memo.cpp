#include "align/synonym_memo.h"

namespace driftcheck {

SynonymMemo::Keys SynonymMemo::keys(const std::string& word,
                                    const std::function<Keys(const std::string&)>& compute) {
  {
    std::lock_guard lock(mutex_);
    if (auto it = keys_.find(word); it != keys_.end()) return it->second;
  }
  // Computed unlocked, so that the other workers go on; two that miss the same word at once
  // compute the same keys, and the second emplace keeps the first.
  Keys computed = compute(word);
  std::lock_guard lock(mutex_);
  keys_.emplace(word, computed);
  return computed;
}

}  // namespace driftcheck
