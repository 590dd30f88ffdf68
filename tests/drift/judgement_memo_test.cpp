// The word-judgement memo a batch shares across pairs: each pair judged once, and a check
// through it finds what a check without it finds.
#include "drift/judgement_memo.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "align/align.h"
#include "drift/check.h"
#include "text/segment.h"

namespace driftcheck {
namespace {

TEST_CASE("judgement memo: each key computed once, then remembered", "[drift]") {
  JudgementMemo memo;
  int calls = 0;
  const auto compute = [&] {
    ++calls;
    return WordJudgement{WordLink::antonym, "opposites"};
  };
  const std::string key =
      "rose\x1f"
      "fell";
  CHECK(memo.judgement(key, compute).link == WordLink::antonym);
  CHECK(memo.judgement(key, compute).why == "opposites");
  CHECK(calls == 1);
}

std::vector<std::string> described(const CheckResult& r) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings)
    out.push_back(std::string(to_string(f.category)) + "|" +
                  std::to_string(static_cast<int>(f.severity)) + "|" + f.message);
  return out;
}

TEST_CASE("judgement memo: findings through a shared memo are the findings without it", "[drift]") {
  const std::string original =
      "They fired a lot of drones. Prices rose sharply last year. The talks were required.";
  const std::string rendition =
      "They produced a lot of drones. Prices fell sharply last year. The talks were obliged.";
  const auto doc = [](const std::string& text) { return segment_text(text, SegmentOptions{"en"}); };
  const std::vector<std::string> alone =
      described(check_documents(doc(original), doc(rendition), CheckOptions{}));
  REQUIRE_FALSE(alone.empty());
  JudgementMemo memo;
  CheckOptions shared;
  shared.judgement_memo = &memo;
  // Twice: the second check reads every judgement from the memo.
  for (int pass = 0; pass < 2; ++pass)
    CHECK(described(check_documents(doc(original), doc(rendition), shared)) == alone);
}

}  // namespace
}  // namespace driftcheck
