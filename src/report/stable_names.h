#pragma once
// Names that survive edits elsewhere in the article, for CI histories that track a test case
// or an alert from run to run (JUnit test names, SARIF fingerprints). They are built from what
// a sentence or a finding says, never from positions, bead indices or finding ids, so a
// sentence inserted or deleted above does not rename everything below it. A name that occurs
// more than once gets " (2)", " (3)" ... in reading order.
//
//   std::vector<std::string> names = aligned_group_names(result, 60);  // one per bead
#include <string>
#include <string_view>
#include <vector>

#include "drift/check.h"

namespace driftcheck {

// White space runs as one space, none at the ends, typographic quotes and dashes as their
// ASCII forms: the differences a re-typeset copy makes.
std::string normalized_text(std::string_view text);

// One name per bead of `result.alignment`: the original's wording (at most `max_code_points`),
// or "added: " and the rendition's when the group has no original sentence. Keyed on the
// original, so fixing a rendition keeps the test's name and its history.
std::vector<std::string> aligned_group_names(const CheckResult& result, size_t max_code_points);

// One key per finding: category, the normalised sentences that hold it on each side and its
// words on each side, ASCII letters in lower case. Feed to a hash for a fingerprint.
std::vector<std::string> finding_keys(const CheckResult& result);

}  // namespace driftcheck
