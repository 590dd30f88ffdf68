#include "report/html_rows.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace driftcheck {
namespace {

bool valid_id(const Document& doc, int id) {
  return id >= 0 && static_cast<size_t>(id) < doc.sentences.size();
}

// Beads in their order, and every sentence no bead covers right after the row that holds the
// sentence before it on the same side, so that both columns read in document order.
std::vector<HtmlRow> layout_rows(const CheckResult& r) {
  const auto& beads = r.alignment.beads;
  std::vector<int> original_row(r.original.sentences.size(), -1);
  std::vector<int> rendition_row(r.rendition.sentences.size(), -1);
  for (size_t b = 0; b < beads.size(); ++b) {
    for (const int id : beads[b].original)
      if (valid_id(r.original, id)) original_row[static_cast<size_t>(id)] = static_cast<int>(b);
    for (const int id : beads[b].rendition)
      if (valid_id(r.rendition, id)) rendition_row[static_cast<size_t>(id)] = static_cast<int>(b);
  }
  // after[b + 1]: uncovered sentences that follow bead b; after[0]: those before every bead.
  std::vector<std::vector<HtmlRow>> after(beads.size() + 1);
  auto place = [&](const std::vector<int>& row_of, bool original) {
    int anchor = -1;
    for (size_t id = 0; id < row_of.size(); ++id) {
      if (row_of[id] >= 0) {
        anchor = row_of[id];
        continue;
      }
      HtmlRow row;
      (original ? row.original : row.rendition).push_back(static_cast<int>(id));
      row.kind = "unaligned";
      after[static_cast<size_t>(anchor + 1)].push_back(std::move(row));
    }
  };
  place(original_row, true);
  place(rendition_row, false);

  std::vector<HtmlRow> rows;
  auto flush = [&](size_t slot) {
    for (HtmlRow& row : after[slot]) rows.push_back(std::move(row));
  };
  flush(0);
  for (size_t b = 0; b < beads.size(); ++b) {
    HtmlRow row;
    row.bead = static_cast<int>(b);
    row.original = beads[b].original;
    row.rendition = beads[b].rendition;
    row.kind = to_string(beads[b].kind);
    row.score = beads[b].score;
    rows.push_back(std::move(row));
    flush(b + 1);
  }
  return rows;
}

// Puts each finding in its bead's row, else the row of a sentence it names; returns the rest.
std::vector<int> attach_findings(const CheckResult& r, std::vector<HtmlRow>& rows) {
  std::vector<int> bead_row(r.alignment.beads.size(), -1);
  std::vector<int> original_row(r.original.sentences.size(), -1);
  std::vector<int> rendition_row(r.rendition.sentences.size(), -1);
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].bead >= 0) bead_row[static_cast<size_t>(rows[i].bead)] = static_cast<int>(i);
    for (const int id : rows[i].original)
      if (valid_id(r.original, id)) original_row[static_cast<size_t>(id)] = static_cast<int>(i);
    for (const int id : rows[i].rendition)
      if (valid_id(r.rendition, id)) rendition_row[static_cast<size_t>(id)] = static_cast<int>(i);
  }
  std::vector<int> homeless;
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const Finding& f = r.findings[i];
    int row = -1;
    if (f.bead >= 0 && static_cast<size_t>(f.bead) < bead_row.size())
      row = bead_row[static_cast<size_t>(f.bead)];
    if (row < 0 && f.rendition && valid_id(r.rendition, f.rendition->sentence))
      row = rendition_row[static_cast<size_t>(f.rendition->sentence)];
    if (row < 0 && f.original && valid_id(r.original, f.original->sentence))
      row = original_row[static_cast<size_t>(f.original->sentence)];
    if (row < 0)
      homeless.push_back(static_cast<int>(i));
    else
      rows[static_cast<size_t>(row)].findings.push_back(static_cast<int>(i));
  }
  return homeless;
}

// A sentence of one side that the zoning calls boilerplate, or that a page-chrome finding of
// the row names (the detectors' second look, at lines the zoning left in the text).
bool chrome_sentence(const CheckResult& r, const HtmlRow& row, bool original, int id) {
  const Document& doc = original ? r.original : r.rendition;
  if (doc.sentences[static_cast<size_t>(id)].zone == Zone::boilerplate) return true;
  return std::any_of(row.findings.begin(), row.findings.end(), [&](int i) {
    const Finding& f = r.findings[static_cast<size_t>(i)];
    const std::optional<Span>& span = original ? f.original : f.rendition;
    return is_page_chrome(f) && span && span->sentence == id;
  });
}

bool folded(const CheckResult& r, const HtmlRow& row) {
  bool any = false;
  for (const bool original : {true, false})
    for (const int id : original ? row.original : row.rendition) {
      if (!valid_id(original ? r.original : r.rendition, id)) continue;
      if (!chrome_sentence(r, row, original, id)) return false;
      any = true;
    }
  return any;
}

}  // namespace

HtmlRows layout_html_rows(const CheckResult& result) {
  HtmlRows out;
  out.rows = layout_rows(result);
  out.homeless = attach_findings(result, out.rows);
  for (HtmlRow& row : out.rows) row.folded = folded(result, row);
  return out;
}

std::vector<std::string> finding_dom_ids(const std::vector<Finding>& findings) {
  std::vector<std::string> ids;
  ids.reserve(findings.size());
  for (size_t i = 0; i < findings.size(); ++i) {
    const std::string& id = findings[i].id;
    const bool plain = !id.empty() && std::all_of(id.begin(), id.end(), [](unsigned char c) {
      return std::isalnum(c) != 0 || c == '-' || c == '_';
    });
    ids.push_back(plain ? id : fmt::format("finding-{}", i + 1));
  }
  return ids;
}

}  // namespace driftcheck
