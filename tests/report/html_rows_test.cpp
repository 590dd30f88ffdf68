#include "report/html_rows.h"

#include <catch2/catch.hpp>

#include "report/report_fixture.h"

namespace driftcheck {
namespace {

const HtmlRow& row_of_bead(const HtmlRows& layout, int bead) {
  for (const HtmlRow& row : layout.rows)
    if (row.bead == bead) return row;
  throw std::logic_error("no row for bead " + std::to_string(bead));
}

void mark_page_chrome(Finding& f) {
  f.severity = Severity::info;
  f.evidence.emplace_back(kZoneEvidence, kPageChrome);
}

TEST_CASE("html rows: boilerplate sentences fold, the article's rows do not", "[report][html]") {
  const CheckResult r = test::sample_result();
  const HtmlRows layout = layout_html_rows(r);
  int folded = 0;
  for (const HtmlRow& row : layout.rows) {
    CAPTURE(row.bead, row.kind);
    if (row.bead < 0) {
      CHECK(row.folded);  // "Related Articles" and the app footer
      ++folded;
    } else {
      CHECK_FALSE(row.folded);
    }
  }
  CHECK(folded == 2);
  CHECK(row_of_bead(layout, 2).findings == std::vector<int>{1});  // the caveat, F2
  CHECK(layout.homeless.empty());
}

TEST_CASE("html rows: an omitted line the detectors call page chrome folds", "[report][html]") {
  CheckResult r = test::sample_result();
  mark_page_chrome(r.findings[1]);  // F2, the omitted sentence of bead 2
  CHECK(row_of_bead(layout_html_rows(r), 2).folded);
  // The same omission without the marker is drift, whatever its severity.
  r.findings[1].evidence.clear();
  CHECK_FALSE(row_of_bead(layout_html_rows(r), 2).folded);
}

TEST_CASE("html rows: a page-chrome finding folds only a row whose every sentence it names",
          "[report][html]") {
  CheckResult r = test::sample_result();
  // Bead 1 pairs o1 with r1; a chrome finding naming o1 alone leaves r1 to read.
  Finding f = test::finding(Category::omission, Severity::info, test::whole(r.original, 1),
                            std::nullopt, "page chrome", 1);
  mark_page_chrome(f);
  r.findings.push_back(f);
  CHECK_FALSE(row_of_bead(layout_html_rows(r), 1).folded);
}

TEST_CASE("html rows: finding ids that are not plain tokens get a safe DOM id", "[report][html]") {
  std::vector<Finding> findings(3);
  findings[0].id = "F1";
  findings[1].id = "x\" onclick=\"y";
  findings[2].id = "";
  CHECK(finding_dom_ids(findings) == std::vector<std::string>{"F1", "finding-2", "finding-3"});
}

}  // namespace
}  // namespace driftcheck
