#pragma once
// The whole pipeline on two decoded documents: zones, alignment, word diff, detectors.
//
//   CheckResult r = check_documents(std::move(original), std::move(rendition), CheckOptions{});
//   Summary s = summarize(r, Severity::major);
#include <array>
#include <optional>
#include <vector>

#include "align/alignment.h"
#include "drift/bead_changes.h"
#include "drift/check_options.h"
#include "drift/finding.h"
#include "text/document.h"

namespace driftcheck {

struct CheckResult {
  Document original;  // sentences carry the zones the alignment decided
  Document rendition;
  Alignment alignment;
  // In rendition reading order; ids are given by the review (config/review.h), after the
  // policy has dropped what the project ignores.
  std::vector<Finding> findings;
  // Indexed like alignment.beads: the words the word diff found changed, which the findings
  // were judged from and the reports highlight. Empty where no diff ran (drift/bead_changes.h).
  std::vector<BeadChanges> changes;
};

struct Summary {
  std::array<int, 4> counts{};  // indexed by Severity
  int aligned = 0;              // match beads
  int omitted = 0;
  int added = 0;
  int moved = 0;
  std::optional<Severity> fail_on;  // nullopt = never fail
  bool failed = false;              // a finding at or above fail_on
  // The report lists findings from this severity up (--min-severity); `counts` and the
  // verdict still cover every finding, and `hidden` says how many the report leaves out.
  Severity shown_from = Severity::info;
  int hidden = 0;
  // Set when the texts are in different languages: what was checked and what was not, said
  // once instead of staying silent about the word-level categories that cannot run.
  std::string scope_note;
};

// Runs every stage after segmentation. Never fails on valid documents, but throws
// TimeLimitExceeded once `options.deadline` has passed.
CheckResult check_documents(Document original, Document rendition, const CheckOptions& options);

// Counts findings and beads, and decides the verdict against `fail_on`.
Summary summarize(const CheckResult& result, std::optional<Severity> fail_on);

}  // namespace driftcheck
