#include "config/review.h"

#include <algorithm>
#include <string>
#include <utility>

#include "config/glossary.h"

namespace driftcheck {
namespace {

// Glossary misses go where their bead is in report order (beads are in reading order).
void insert_in_bead_order(std::vector<Finding>& findings, std::vector<Finding> extra) {
  for (Finding& f : extra) {
    auto at = findings.end();
    if (f.bead >= 0)
      at = std::find_if(findings.begin(), findings.end(),
                        [&](const Finding& g) { return g.bead > f.bead; });
    findings.insert(at, std::move(f));
  }
}

}  // namespace

int apply_config(CheckResult& result, const Config& config) {
  insert_in_bead_order(result.findings, check_glossary(config.glossary, result.original,
                                                       result.rendition, result.alignment));

  const ReviewPolicy& policy = config.policy;
  std::vector<Finding> kept;
  kept.reserve(result.findings.size());
  for (Finding& f : result.findings) {
    if (std::find(policy.ignored_categories.begin(), policy.ignored_categories.end(), f.category) !=
        policy.ignored_categories.end())
      continue;
    for (const auto& [category, severity] : policy.severity_overrides)
      if (category == f.category) f.severity = severity;
    kept.push_back(std::move(f));
  }
  result.findings = std::move(kept);

  const int suppressed = suppress_baselined(result, config.baseline);
  for (size_t i = 0; i < result.findings.size(); ++i)
    result.findings[i].id = "F" + std::to_string(i + 1);
  return suppressed;
}

Review review_documents(Document original, Document rendition, const Config& config,
                        std::optional<Severity> fail_on, const Deadline& deadline,
                        const CheckMemos& memos) {
  Review review;
  CheckOptions options;
  options.align = config.align;
  options.align.synonym_memo = memos.synonyms;
  options.judgement_memo = memos.judgements;
  options.wordnet_senses = memos.senses;
  options.deadline = deadline;
  review.result = check_documents(std::move(original), std::move(rendition), options);
  review.suppressed = apply_config(review.result, config);
  review.summary = summarize(review.result, fail_on);
  return review;
}

}  // namespace driftcheck
