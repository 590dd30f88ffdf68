// The stem memo a batch shares across documents: each word stemmed once per algorithm, and
// a document segmented through it the same as one segmented without it.
#include "text/stem_memo.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/segment.h"

namespace driftcheck {
namespace {

TEST_CASE("stem memo: each word stemmed once per algorithm, then remembered", "[text]") {
  StemMemo memo;
  int calls = 0;
  const auto stem = [&](std::string s) {
    return [&calls, s]() -> std::optional<std::string> {
      ++calls;
      return s;
    };
  };
  CHECK(memo.stem("english", "drones", stem("drone")) == "drone");
  CHECK(memo.stem("english", "drones", stem("other")) == "drone");
  CHECK(memo.stem("russian", "drones", stem("drones")) == "drones");
  CHECK(calls == 2);
  // A failed stem (Snowball out of memory) is not remembered.
  CHECK_FALSE(memo.stem("english", "fired", [] { return std::optional<std::string>(); }));
  CHECK(memo.stem("english", "fired", stem("fire")) == "fire");
}

std::vector<std::string> stems(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences)
    for (const Token& t : s.tokens) out.push_back(t.folded + "/" + t.stem);
  return out;
}

TEST_CASE("stem memo: documents segmented through a shared memo are the same", "[text]") {
  const std::string text =
      "They fired a lot of drones. The drones were produced at Alabuga. Россия производит дроны.";
  const Document alone = segment_text(text, SegmentOptions{.language = "en"});
  StemMemo memo;
  // Twice: the second document reads every stem from the memo.
  for (int pass = 0; pass < 2; ++pass)
    CHECK(stems(segment_text(text, SegmentOptions{.language = "en", .stems = &memo})) ==
          stems(alone));
}

}  // namespace
}  // namespace driftcheck
