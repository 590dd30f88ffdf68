#pragma once
// The rows of the HTML report's side-by-side view: one per bead, plus each sentence no bead
// covers placed where it reads in document order; every finding attached to the row that
// shows it; and which rows are page chrome, to be folded away rather than shown as drift.
//
//   const HtmlRows layout = layout_html_rows(result);
//   for (const HtmlRow& row : layout.rows) (row.folded ? fold : show)(row);
#include <string>
#include <vector>

#include "drift/check.h"

namespace driftcheck {

struct HtmlRow {
  int bead = -1;               // index into Alignment::beads; -1 for an uncovered sentence
  std::vector<int> original;   // sentence ids
  std::vector<int> rendition;  // sentence ids
  std::string kind;            // match, moved, omitted, added or unaligned
  double score = 0.0;
  std::vector<int> findings;  // indices into CheckResult::findings
  // Every sentence is boilerplate (zoned so by the alignment) or named by one of the row's
  // page-chrome findings (is_page_chrome): menus, share buttons, teasers, other articles.
  bool folded = false;
};

struct HtmlRows {
  std::vector<HtmlRow> rows;
  std::vector<int> homeless;  // findings tied to no bead and no sentence of any row
};

// Rows in reading order; never fails, ignoring sentence ids that are out of range.
HtmlRows layout_html_rows(const CheckResult& result);

// The DOM id of each finding: its id when that is a plain token (letters, digits, - and _),
// else "finding-N" (N counting from 1), so that ids are safe in attributes and #fragments.
std::vector<std::string> finding_dom_ids(const std::vector<Finding>& findings);

}  // namespace driftcheck
