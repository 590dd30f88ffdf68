#include "report/html_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "core/version.h"
#include "report/escape.h"
#include "report/highlight.h"
#include "report/html_assets.h"
#include "report/sha256.h"
#include "report/source_map.h"

namespace driftcheck {
namespace {

constexpr size_t kExcerptCodePoints = 80;  // span texts quoted in a finding line
constexpr size_t kPreviewCodePoints = 60;  // first boilerplate sentence in a collapsed group

// One line of the side-by-side view: a bead, or a sentence no bead covers (boilerplate).
struct Row {
  int bead = -1;
  std::vector<int> original;   // sentence ids
  std::vector<int> rendition;  // sentence ids
  std::string kind;            // match, moved, omitted, added or unaligned
  double score = 0.0;
  bool boilerplate = false;
  std::vector<int> findings;  // indices into CheckResult::findings
};

bool valid_id(const Document& doc, int id) {
  return id >= 0 && static_cast<size_t>(id) < doc.sentences.size();
}

// Beads in their order, and every sentence no bead covers right after the row that holds the
// sentence before it on the same side, so that both columns read in document order.
std::vector<Row> layout_rows(const CheckResult& r) {
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
  std::vector<std::vector<Row>> after(beads.size() + 1);
  auto place = [&](const std::vector<int>& row_of, bool original) {
    int anchor = -1;
    for (size_t id = 0; id < row_of.size(); ++id) {
      if (row_of[id] >= 0) {
        anchor = row_of[id];
        continue;
      }
      Row row;
      (original ? row.original : row.rendition).push_back(static_cast<int>(id));
      row.kind = "unaligned";
      after[static_cast<size_t>(anchor + 1)].push_back(std::move(row));
    }
  };
  place(original_row, true);
  place(rendition_row, false);

  std::vector<Row> rows;
  auto flush = [&](size_t slot) {
    for (Row& row : after[slot]) rows.push_back(std::move(row));
  };
  flush(0);
  for (size_t b = 0; b < beads.size(); ++b) {
    Row row;
    row.bead = static_cast<int>(b);
    row.original = beads[b].original;
    row.rendition = beads[b].rendition;
    row.kind = to_string(beads[b].kind);
    row.score = beads[b].score;
    rows.push_back(std::move(row));
    flush(b + 1);
  }
  for (Row& row : rows) {
    bool any = false, all = true;
    for (const int id : row.original)
      if (valid_id(r.original, id))
        any = true, all &= r.original.sentences[static_cast<size_t>(id)].zone == Zone::boilerplate;
    for (const int id : row.rendition)
      if (valid_id(r.rendition, id))
        any = true, all &= r.rendition.sentences[static_cast<size_t>(id)].zone == Zone::boilerplate;
    row.boilerplate = any && all;
  }
  return rows;
}

// Puts each finding in its bead's row, else the row of a sentence it names; returns the rest.
std::vector<int> attach_findings(const CheckResult& r, std::vector<Row>& rows) {
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

// The DOM id of each finding: its id when that is a plain token, else "finding-N".
std::vector<std::string> dom_ids(const std::vector<Finding>& findings) {
  std::vector<std::string> ids;
  for (size_t i = 0; i < findings.size(); ++i) {
    const std::string& id = findings[i].id;
    const bool plain = !id.empty() && std::all_of(id.begin(), id.end(), [](unsigned char c) {
      return std::isalnum(c) != 0 || c == '-' || c == '_';
    });
    ids.push_back(plain ? id : fmt::format("finding-{}", i + 1));
  }
  return ids;
}

class HtmlWriter {
 public:
  HtmlWriter(const CheckResult& result, const Summary& summary)
      : r_(result),
        s_(summary),
        ids_(dom_ids(result.findings)),
        spans_(index_finding_spans(result)) {}

  std::string page() {
    const std::string_view script = html_report_script();
    const std::string_view style = html_report_style();
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    // Our own text (hashes are base64), so it needs no escaping and stays readable.
    out_ += "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
            html_report_csp(script, style) + "\">\n";
    out_ += "<meta name=\"referrer\" content=\"no-referrer\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"driftcheck " + html_escape(kVersion) + "\">\n";
    out_ +=
        fmt::format("<title>driftcheck: {} — {} against {}</title>\n", s_.failed ? "FAIL" : "PASS",
                    html_escape(r_.rendition.path), html_escape(r_.original.path));
    out_ += "<style>" + std::string(style) + "</style>\n</head>\n<body>\n";
    header();
    toolbar();
    out_ += "<main>\n";
    out_ += "<div class=\"heads\"><div class=\"cell\">Original: " + html_escape(r_.original.path) +
            "</div><div class=\"cell\">Rendition: " + html_escape(r_.rendition.path) +
            "</div></div>\n";
    std::vector<Row> rows = layout_rows(r_);
    const std::vector<int> homeless = attach_findings(r_, rows);
    for (size_t i = 0; i < rows.size();) {
      if (!rows[i].boilerplate) {
        row(rows[i++]);
        continue;
      }
      size_t j = i;
      while (j < rows.size() && rows[j].boilerplate) ++j;
      boilerplate_group(rows, i, j);
      i = j;
    }
    if (!homeless.empty()) {
      out_ += "<section class=\"other row\"><h2>Findings not tied to a sentence</h2>\n";
      findings_list(homeless);
      out_ += "</section>\n";
    }
    out_ += "</main>\n<script>" + std::string(script) + "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  void header() {
    const char* verdict = s_.failed ? "fail" : "pass";
    out_ += fmt::format(
        "<header class=\"summary\">\n<h1><span class=\"verdict {}\">{}</span>{} <small>against "
        "the original</small> {}</h1>\n<p class=\"counts\">",
        verdict, s_.failed ? "FAIL" : "PASS", html_escape(r_.rendition.path),
        html_escape(r_.original.path));
    for (int level = 3; level >= 0; --level) {
      const int n = s_.counts[static_cast<size_t>(level)];
      const char* name = to_string(static_cast<Severity>(level));
      out_ += fmt::format("<span class=\"count s-{0}{1}\">{2} {0}</span>", name,
                          n == 0 ? " zero" : "", n);
    }
    out_ += fmt::format(
        "</p>\n<p class=\"beads\">{} aligned · {} omitted · {} added · {} moved · {} "
        "original and {} rendition sentences · fails on {}</p>\n</header>\n",
        s_.aligned, s_.omitted, s_.added, s_.moved, r_.original.sentences.size(),
        r_.rendition.sentences.size(), s_.fail_on ? to_string(*s_.fail_on) : "never");
  }

  void toolbar() {
    std::array<int, 16> per_category{};
    for (const Finding& f : r_.findings) ++per_category[static_cast<size_t>(f.category)];
    out_ += "<nav class=\"toolbar\" aria-label=\"Filters\">\n<fieldset><legend>Severity</legend>";
    for (int level = 3; level >= 0; --level) {
      const char* name = to_string(static_cast<Severity>(level));
      out_ += fmt::format(
          "<label><input type=\"checkbox\" data-filter=\"severity\" value=\"{0}\" checked> {0} "
          "<span class=\"n\">{1}</span></label>",
          name, s_.counts[static_cast<size_t>(level)]);
    }
    out_ += "</fieldset>\n<fieldset><legend>Category</legend>";
    for (size_t c = 0; c < per_category.size(); ++c) {
      if (per_category[c] == 0) continue;
      out_ += fmt::format(
          "<label><input type=\"checkbox\" data-filter=\"category\" value=\"{0}\" checked> {0} "
          "<span class=\"n\">{1}</span></label>",
          to_string(static_cast<Category>(c)), per_category[c]);
    }
    out_ +=
        "</fieldset>\n<label><input type=\"checkbox\" id=\"only-findings\"> only rows with "
        "findings</label>\n<span class=\"keys\"><kbd>j</kbd>/<kbd>k</kbd> or "
        "<kbd>n</kbd>/<kbd>p</kbd>: next/previous finding</span>\n"
        "<span id=\"status\" aria-live=\"polite\"></span>\n</nav>\n";
  }

  void boilerplate_group(const std::vector<Row>& rows, size_t from, size_t to) {
    size_t sentences = 0;
    std::string preview;
    for (size_t i = from; i < to; ++i) {
      sentences += rows[i].original.size() + rows[i].rendition.size();
      const std::vector<int>& side =
          rows[i].original.empty() ? rows[i].rendition : rows[i].original;
      const Document& doc = rows[i].original.empty() ? r_.rendition : r_.original;
      if (preview.empty() && !side.empty() && valid_id(doc, side.front()))
        preview = truncate_text(doc.sentences[static_cast<size_t>(side.front())].text,
                                kPreviewCodePoints);
    }
    out_ += fmt::format(
        "<details class=\"boilerplate\"><summary>{} boilerplate sentence{} (page chrome, "
        "bylines, teasers): “{}”</summary>\n",
        sentences, sentences == 1 ? "" : "s", html_escape(preview));
    for (size_t i = from; i < to; ++i) row(rows[i]);
    out_ += "</details>\n";
  }

  void row(const Row& row) {
    out_ += fmt::format("<section class=\"row k-{}\"{}>\n<div class=\"pair\">", row.kind,
                        row.bead >= 0 ? fmt::format(" id=\"b{}\"", row.bead) : "");
    const Bead* bead = row.bead >= 0 ? &r_.alignment.beads[static_cast<size_t>(row.bead)] : nullptr;
    const BeadChanges changes = bead != nullptr ? diff_bead_words(r_, *bead) : BeadChanges{};
    cell(row, true, changes.original);
    cell(row, false, changes.rendition);
    out_ += "</div>\n";
    if (!row.findings.empty()) findings_list(row.findings);
    out_ += "</section>\n";
  }

  void cell(const Row& row, bool original, const std::vector<CodePointRange>& changed) {
    const Document& doc = original ? r_.original : r_.rendition;
    const std::vector<int>& ids = original ? row.original : row.rendition;
    out_ += original ? "<div class=\"cell o\">" : "<div class=\"cell r\">";
    if (row.kind == "moved" || row.kind == "unaligned" || (row.kind == "omitted" && original) ||
        (row.kind == "added" && !original)) {
      if (!ids.empty()) out_ += fmt::format("<span class=\"tag {0}\">{0}</span>", row.kind);
    }
    if (!original && (row.kind == "match" || row.kind == "moved"))
      out_ += fmt::format("<span class=\"score\" title=\"similarity\">{:.2f}</span>", row.score);
    if (ids.empty()) {
      if (row.kind == "omitted")
        out_ += "<span class=\"none\">not in the rendition</span>";
      else if (row.kind == "added")
        out_ += "<span class=\"none\">not in the original</span>";
    }
    for (const int id : ids) {
      if (!valid_id(doc, id)) continue;
      const Sentence& s = doc.sentences[static_cast<size_t>(id)];
      out_ += fmt::format("<span class=\"sent\"><span class=\"sid\">{}{}</span>",
                          original ? 'o' : 'r', id);
      sentence(s, changed, finding_spans_in(r_, spans_, s, original));
      out_ += "</span>";
    }
    out_ += "</div>";
  }

  void sentence(const Sentence& s, const std::vector<CodePointRange>& changed,
                const std::vector<TaggedRange>& spans) {
    for (const Piece& p : split_sentence(s, changed, spans)) {
      const std::string text = html_escape(p.text);
      if (p.findings.empty()) {
        out_ += p.changed ? "<span class=\"chg\">" + text + "</span>" : text;
        continue;
      }
      Severity worst = Severity::info;
      std::string refs;
      for (const int f : p.findings) {
        worst = std::max(worst, r_.findings[static_cast<size_t>(f)].severity);
        if (!refs.empty()) refs += ' ';
        refs += ids_[static_cast<size_t>(f)];
      }
      out_ += fmt::format("<mark class=\"f s-{}{}\" data-f=\"{}\">{}</mark>", to_string(worst),
                          p.changed ? " chg" : "", html_escape(refs), text);
    }
  }

  void findings_list(const std::vector<int>& indices) {
    out_ += "<ul class=\"findings\">\n";
    for (const int i : indices) finding(i);
    out_ += "</ul>\n";
  }

  void finding(int index) {
    const Finding& f = r_.findings[static_cast<size_t>(index)];
    const char* sev = to_string(f.severity);
    const char* cat = to_string(f.category);
    const std::string& id = ids_[static_cast<size_t>(index)];
    out_ += fmt::format(
        "<li class=\"finding s-{0} c-{1}\" id=\"{2}\" data-severity=\"{0}\" data-category=\"{1}\" "
        "tabindex=\"-1\"><span class=\"badge sev s-{0}\">{0}</span><span class=\"badge cat\">{1}"
        "</span><a class=\"fid\" href=\"#{2}\">{3}</a><span class=\"msg\">{4}</span>",
        sev, cat, html_escape(id), html_escape(f.id.empty() ? id : f.id), html_escape(f.message));
    const bool has_original = f.original && !f.original->text.empty();
    const bool has_rendition = f.rendition && !f.rendition->text.empty();
    if (has_original || has_rendition) {
      out_ += "<span class=\"ex\">";
      if (has_original)
        out_ +=
            "<del>" + html_escape(truncate_text(f.original->text, kExcerptCodePoints)) + "</del>";
      if (has_original && has_rendition) out_ += " → ";
      if (has_rendition)
        out_ +=
            "<ins>" + html_escape(truncate_text(f.rendition->text, kExcerptCodePoints)) + "</ins>";
      out_ += "</span>";
    }
    for (const auto& [key, value] : f.evidence)
      out_ += "<span class=\"ev\">" + html_escape(key) + ": " + html_escape(value) + "</span>";
    out_ += "</li>\n";
  }

  const CheckResult& r_;
  const Summary& s_;
  std::vector<std::string> ids_;
  SpanIndex spans_;
  std::string out_;
};

}  // namespace

std::string html_report_csp(std::string_view script, std::string_view style) {
  return "default-src 'none'; script-src 'sha256-" + sha256_base64(script) +
         "'; style-src 'sha256-" + sha256_base64(style) +
         "'; img-src 'none'; base-uri 'none'; form-action 'none'";
}

std::string render_html_report(const CheckResult& result, const Summary& summary) {
  return HtmlWriter(result, summary).page();
}

}  // namespace driftcheck
