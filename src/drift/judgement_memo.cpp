#include "drift/judgement_memo.h"

namespace driftcheck {

WordJudgement JudgementMemo::judgement(const std::string& key,
                                       const std::function<WordJudgement()>& compute) {
  {
    std::lock_guard lock(mutex_);
    if (auto it = judged_.find(key); it != judged_.end()) return it->second;
  }
  // Computed unlocked, so that the other workers go on; two that miss the same pair at once
  // compute the same judgement, and the second emplace keeps the first.
  WordJudgement computed = compute();
  std::lock_guard lock(mutex_);
  if (judged_.size() < kMaxJudgements) judged_.emplace(key, computed);
  return computed;
}

}  // namespace driftcheck
