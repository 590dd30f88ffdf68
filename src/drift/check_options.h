#pragma once
// What a caller may set for one run of the drift stage. The project's review policy (ignored
// categories, severity overrides, the baseline, ids) is not here: the config stage applies it
// once, after detection (config/review.h).
//
//   CheckOptions options;
//   options.deadline = Deadline::after(std::chrono::seconds(300));
//   CheckResult r = check_documents(std::move(original), std::move(rendition), options);
#include "align/align_options.h"
#include "core/deadline.h"

namespace driftcheck {

class JudgementMemo;
class SharedWordNetSenses;

struct CheckOptions {
  // The alignment's thresholds; the configuration's [align] table sets a few of them. Its
  // deadline is replaced by `deadline`.
  AlignOptions align;
  Deadline deadline;  // none by default; the CLI sets --time-limit
  // Word judgements kept across checks (judgement_memo.h), owned by the caller; none by
  // default, and then each check judges its word pairs afresh.
  JudgementMemo* judgement_memo = nullptr;
  // WordNet senses kept across checks (lexicon/wordnet.h), behind the check's own; none by
  // default.
  SharedWordNetSenses* wordnet_senses = nullptr;
};

// The memos a batch keeps across its checks and shares between its workers, owned by the
// batch runner; each null = none, each check then looks its words up afresh.
struct CheckMemos {
  SynonymMemo* synonyms = nullptr;        // align/synonym_memo.h
  JudgementMemo* judgements = nullptr;    // drift/judgement_memo.h
  SharedWordNetSenses* senses = nullptr;  // lexicon/wordnet.h
};

}  // namespace driftcheck
