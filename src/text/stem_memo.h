#pragma once
// Snowball stems kept across the documents of one process: the articles of a batch use
// mostly the same words, and stemming each document's words afresh was a fifth of
// tokenizing in a profile of the batch. Shared by the batch's worker threads, so every
// access takes the lock; each Tokenizer keeps its own cache in front of it and asks here
// once per distinct word of its document.
//
//   StemMemo memo;                   // outlives the documents segmented through it
//   Document doc = segment_text(text, SegmentOptions{.language = "en", .stems = &memo});
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace driftcheck {

class StemMemo {
 public:
  // The stem of `folded` under the Snowball algorithm `algorithm`: remembered, or
  // compute() (outside the lock), then remembered. compute() must depend on the two alone;
  // nullopt (Snowball out of memory) is handed back and not remembered.
  std::optional<std::string> stem(std::string_view algorithm, const std::string& folded,
                                  const std::function<std::optional<std::string>()>& compute);

 private:
  std::mutex mutex_;
  // A language's vocabulary is far smaller; only text of unique tokens (identifiers, hashes)
  // reaches it, and past it the memo stops growing and stems are computed each time.
  static constexpr std::size_t kMaxStems = 500000;
  using Stems = std::unordered_map<std::string, std::string>;  // folded -> stem
  // The stems of one algorithm (under the lock): a batch uses one or two, and a word is
  // looked up without building a key of both.
  Stems& stems_of(std::string_view algorithm);
  std::vector<std::pair<std::string, Stems>> by_algorithm_;
};

}  // namespace driftcheck
