#pragma once
// Runs the drift stage on two short texts aligned as one match bead, so a detector's
// behaviour can be checked on the sentences a user would give.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "align/alignment.h"
#include "drift/check.h"
#include "drift/detect.h"
#include "text/segment.h"

namespace driftcheck::testing {

struct Checked {
  Document original, rendition;
  std::vector<Finding> findings;

  // The highest severity among findings (of `category`, if given); -1 when none.
  int max_severity() const {
    int best = -1;
    for (const Finding& f : findings) best = std::max(best, static_cast<int>(f.severity));
    return best;
  }
  int max_severity(Category category) const {
    int best = -1;
    for (const Finding& f : findings)
      if (f.category == category) best = std::max(best, static_cast<int>(f.severity));
    return best;
  }
  bool flagged(Severity at_least) const { return max_severity() >= static_cast<int>(at_least); }
};

inline Checked check_pair(const std::string& a, const std::string& b,
                          const std::string& original_language = "en",
                          const std::string& rendition_language = "en") {
  Checked c;
  c.original = segment_text(a, SegmentOptions{original_language});
  c.rendition = segment_text(b, SegmentOptions{rendition_language});
  Alignment alignment;
  Bead bead;
  for (const Sentence& s : c.original.sentences) bead.original.push_back(s.id);
  for (const Sentence& s : c.rendition.sentences) bead.rendition.push_back(s.id);
  bead.kind = BeadKind::match;
  alignment.beads.push_back(bead);
  alignment.original_zones.assign(c.original.sentences.size(), Zone::body);
  alignment.rendition_zones.assign(c.rendition.sentences.size(), Zone::body);
  c.findings = detect_drift(c.original, c.rendition, alignment, CheckOptions{}).findings;
  return c;
}

constexpr int kInfo = static_cast<int>(Severity::info);
constexpr int kMinor = static_cast<int>(Severity::minor);
constexpr int kMajor = static_cast<int>(Severity::major);

// A judgement case: a sentence, a rendition that says the same, and a control that does not.
struct Case {
  const char* original;
  const char* paraphrase;  // says the same: no finding at major or above
  const char* changed;     // the control: says something else, major or above
};

inline void check_case(const Case& c) {
  CAPTURE(c.original, c.paraphrase, c.changed);
  CHECK(check_pair(c.original, c.paraphrase).max_severity() < kMajor);
  CHECK(check_pair(c.original, c.changed).max_severity() >= kMajor);
}

}  // namespace driftcheck::testing
