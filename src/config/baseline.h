#pragma once
// Accepted findings, kept as linters keep baselines: a reviewed pair stops failing until
// the text a finding is about changes.
//
//   Result<Baseline> b = parse_baseline(json_text, "driftcheck-baseline.json");
//   int hidden = suppress_baselined(result, *b);        // drops the accepted findings
//   add_to_baseline(next, result, "pair-7", "reviewed"); // one entry per current finding
//   write(render_baseline(next));
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "drift/check.h"

namespace driftcheck {

inline constexpr const char* kBaselineSchema = "driftcheck.baseline/1";

struct BaselineEntry {
  std::string fingerprint;  // what matters; everything else is for the reviewer
  std::string reason;
  std::string pair;
  std::string category;
  std::string severity;
  std::string original;   // the finding's original span text
  std::string rendition;  // the finding's rendition span text
  std::string message;
};

struct Baseline {
  std::vector<BaselineEntry> entries;  // in the order they were added
  std::unordered_set<std::string> fingerprints;

  bool accepts(const std::string& fingerprint) const { return fingerprints.count(fingerprint) > 0; }
};

// A 16-hex-digit hash of the category, both spans' text and both sentences' folded tokens:
// stable when unrelated text moves or ids and offsets shift, new when the finding's text
// or its sentences change.
std::string fingerprint(const Finding& finding, const CheckResult& result);

// Parses a baseline file; fails naming the line on bad JSON or a missing fingerprint.
Result<Baseline> parse_baseline(std::string_view text, const std::string& path);

// The file: {"schema": "driftcheck.baseline/1", "accepted": [...]}, pretty-printed.
std::string render_baseline(const Baseline& baseline);

// Removes the findings the baseline accepts; returns how many were removed.
int suppress_baselined(CheckResult& result, const Baseline& baseline);

// Adds one entry per finding at or above `at_least` not yet in `baseline`. A reason the
// `previous` baseline gave for the same fingerprint is kept; others get `reason`.
void add_to_baseline(Baseline& baseline, const CheckResult& result, const std::string& pair,
                     Severity at_least, const std::string& reason, const Baseline& previous);

}  // namespace driftcheck
