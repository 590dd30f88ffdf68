#pragma once
// The pipeline under a project's policy: check, glossary, severity overrides, ignored
// categories and the baseline, then the verdict. `check` and `batch` both run this.
//
//   Review r = review_documents(std::move(original), std::move(rendition), config,
//                               config.fail_on);
//   render_report(r.result, r.summary, RenderOptions{.format = "json"});
#include <optional>

#include "config/config.h"
#include "drift/check.h"

namespace driftcheck {

struct Review {
  CheckResult result;  // findings after the policy, renumbered F1.. in report order
  Summary summary;
  int suppressed = 0;  // findings the baseline accepted
};

// Runs check_documents and applies `config`; never fails on valid documents, but throws
// TimeLimitExceeded once `deadline` has passed.
// `memos`: what is kept across checks (drift/check_options.h), or none.
Review review_documents(Document original, Document rendition, const Config& config,
                        std::optional<Severity> fail_on, const Deadline& deadline = {},
                        const CheckMemos& memos = {});

// The policy alone, on a finished check, and the only place it is applied: adds glossary
// misses, applies the [severity] overrides and `ignore`, drops baselined findings and numbers
// the ids F1.. in report order. Returns how many findings the baseline accepted.
int apply_config(CheckResult& result, const Config& config);

}  // namespace driftcheck
