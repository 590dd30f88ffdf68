#include "text/stem_memo.h"

namespace driftcheck {

StemMemo::Stems& StemMemo::stems_of(std::string_view algorithm) {
  for (auto& [name, stems] : by_algorithm_)
    if (name == algorithm) return stems;
  return by_algorithm_.emplace_back(std::string(algorithm), Stems{}).second;
}

std::optional<std::string> StemMemo::stem(
    std::string_view algorithm, const std::string& folded,
    const std::function<std::optional<std::string>()>& compute) {
  {
    std::lock_guard lock(mutex_);
    const Stems& stems = stems_of(algorithm);
    if (auto it = stems.find(folded); it != stems.end()) return it->second;
  }
  // Computed unlocked, so that the other workers go on; two that miss the same word at once
  // compute the same stem, and the second emplace keeps the first.
  std::optional<std::string> computed = compute();
  if (!computed) return computed;
  std::lock_guard lock(mutex_);
  if (Stems& stems = stems_of(algorithm); stems.size() < kMaxStems)
    stems.emplace(folded, *computed);
  return computed;
}

}  // namespace driftcheck
