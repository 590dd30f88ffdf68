#include "report/html_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "core/version.h"
#include "report/escape.h"
#include "report/highlight.h"
#include "report/html_assets.h"
#include "report/html_rows.h"
#include "report/sha256.h"
#include "report/source_map.h"
#include "report/verdict.h"

namespace driftcheck {
namespace {

constexpr size_t kExcerptCodePoints = 80;  // span texts quoted in a finding line
constexpr size_t kPreviewCodePoints = 60;  // first boilerplate sentence in a collapsed group

constexpr size_t kTopFindings = 20;     // critical and major findings listed up top
constexpr size_t kTopCodePoints = 110;  // a message in that list: one line on a wide screen

bool valid_id(const Document& doc, int id) {
  return id >= 0 && static_cast<size_t>(id) < doc.sentences.size();
}

class HtmlWriter {
 public:
  HtmlWriter(const CheckResult& result, const Summary& summary)
      : r_(result),
        s_(summary),
        verdict_(describe_verdict(summary)),
        ids_(finding_dom_ids(result.findings)),
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
    out_ += fmt::format("<title>driftcheck: {} — {} against {}</title>\n", verdict_.label,
                        html_escape(r_.rendition.path), html_escape(r_.original.path));
    out_ += "<style>" + std::string(style) + "</style>\n</head>\n<body>\n";
    header();
    toolbar();
    top_findings();
    out_ += "<main>\n";
    out_ += "<div class=\"heads\"><div class=\"cell\">Original: " + html_escape(r_.original.path) +
            "</div><div class=\"cell\">Rendition: " + html_escape(r_.rendition.path) +
            "</div></div>\n";
    const HtmlRows layout = layout_html_rows(r_);
    const std::vector<HtmlRow>& rows = layout.rows;
    for (size_t i = 0; i < rows.size();) {
      if (!rows[i].folded) {
        row(rows[i++]);
        continue;
      }
      size_t j = i;
      while (j < rows.size() && rows[j].folded) ++j;
      chrome_group(rows, i, j);
      i = j;
    }
    if (!layout.homeless.empty()) {
      out_ += "<section class=\"other row\"><h2>Findings not tied to a sentence</h2>\n";
      findings_list(layout.homeless);
      out_ += "</section>\n";
    }
    out_ += "</main>\n<script>" + std::string(script) + "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  // The verdict reads as one sentence ("FAIL: 3 critical, 30 major at or above major"); the
  // colon is there for screen readers and copy-paste, the badge shows it to the eye.
  void header() {
    out_ += fmt::format(
        "<header class=\"summary\">\n<h1 class=\"verdict-line\"><span class=\"verdict v-{}\">{}"
        "<span class=\"sep\">:</span></span> {}</h1>\n<p class=\"files\">{} <small>against the "
        "original</small> {}</p>\n",
        verdict_.state, verdict_.label, html_escape(verdict_.detail),
        html_escape(r_.rendition.path), html_escape(r_.original.path));
    out_ += fmt::format(
        "<p class=\"beads\">{} aligned · {} omitted · {} added · {} moved · {} original and {} "
        "rendition sentences · fails on {}</p>\n",
        s_.aligned, s_.omitted, s_.added, s_.moved, r_.original.sentences.size(),
        r_.rendition.sentences.size(), s_.fail_on ? to_string(*s_.fail_on) : "never");
    if (!s_.scope_note.empty())
      out_ += "<p class=\"beads\">" + html_escape(s_.scope_note) + "</p>\n";
    out_ += "</header>\n";
  }

  // The count pills are the severity filter. Info starts switched off (the script applies the
  // pills' aria-pressed on load): most of it is harmless rewording that buries the drift. With
  // the script off, nothing is hidden and the pills are plain counts.
  void toolbar() {
    out_ +=
        "<nav class=\"toolbar\" aria-label=\"Filters\">\n<span class=\"counts\" role=\"group\" "
        "aria-label=\"Show findings by severity\">";
    for (int level = 3; level >= 0; --level) {
      const int n = s_.counts[static_cast<size_t>(level)];
      const char* name = to_string(static_cast<Severity>(level));
      out_ += fmt::format(
          "<button type=\"button\" class=\"count s-{0}{1}\" data-severity=\"{0}\" "
          "aria-pressed=\"{2}\"{3}>{4} {0}</button>",
          name, n == 0 ? " zero" : "", level == 0 ? "false" : "true", n == 0 ? " disabled" : "", n);
    }
    out_ += "</span>\n";
    std::array<int, 16> per_category{};
    for (const Finding& f : r_.findings) ++per_category[static_cast<size_t>(f.category)];
    out_ +=
        "<details class=\"cats js-only\"><summary>categories</summary><fieldset><legend>Show "
        "findings by category</legend>";
    for (size_t c = 0; c < per_category.size(); ++c) {
      if (per_category[c] == 0) continue;
      out_ += fmt::format(
          "<label><input type=\"checkbox\" data-filter=\"category\" value=\"{0}\" checked> {0} "
          "<span class=\"n\">{1}</span></label>",
          to_string(static_cast<Category>(c)), per_category[c]);
    }
    out_ +=
        "</fieldset></details>\n<label class=\"js-only\"><input type=\"checkbox\" "
        "id=\"only-findings\"> only rows with findings</label>\n<span class=\"keys "
        "js-only\"><kbd>j</kbd>/<kbd>k</kbd> or <kbd>n</kbd>/<kbd>p</kbd>: next/previous "
        "finding</span>\n<span id=\"status\" class=\"js-only\" aria-live=\"polite\"></span>\n"
        "</nav>\n";
  }

  // What an editor must act on, before the text: critical then major findings, each a link to
  // where it sits in the text.
  void top_findings() {
    std::vector<int> top;
    for (const Severity level : {Severity::critical, Severity::major})
      for (size_t i = 0; i < r_.findings.size(); ++i)
        if (r_.findings[i].severity == level) top.push_back(static_cast<int>(i));
    if (top.empty()) {
      out_ += "<p class=\"top none\">No critical or major findings.</p>\n";
      return;
    }
    out_ += fmt::format(
        "<details class=\"top\" open><summary>{} critical and major finding{}</summary>\n<ol>\n",
        top.size(), top.size() == 1 ? "" : "s");
    for (size_t k = 0; k < top.size() && k < kTopFindings; ++k) {
      const Finding& f = r_.findings[static_cast<size_t>(top[k])];
      const std::string& id = ids_[static_cast<size_t>(top[k])];
      // The words at stake, after the reason: "sentence added" alone does not say which.
      const std::optional<Span>& side =
          f.rendition && !f.rendition->text.empty() ? f.rendition : f.original;
      const std::string quote =
          side && !side->text.empty()
              ? " <span class=\"ex\">" +
                    html_escape(truncate_text(side->text, kExcerptCodePoints)) + "</span>"
              : "";
      out_ += fmt::format(
          "<li class=\"s-{1}\"><a href=\"#{0}\"><span class=\"badge sev s-{1}\">{1}</span>"
          "<span class=\"badge cat\">{2}</span><span class=\"fid\">{3}</span>{4}{5}</a></li>\n",
          html_escape(id), to_string(f.severity), to_string(f.category),
          html_escape(f.id.empty() ? id : f.id),
          html_escape(truncate_text(f.message, kTopCodePoints)), quote);
    }
    out_ += "</ol>\n";
    if (top.size() > kTopFindings)
      out_ += fmt::format("<p class=\"more\">and {} more in the text below</p>\n",
                          top.size() - kTopFindings);
    out_ += "</details>\n";
  }

  // Page chrome, bylines, teasers and other articles: folded and quiet, whatever the bead kind
  // (an omitted menu item is not an omitted claim).
  void chrome_group(const std::vector<HtmlRow>& rows, size_t from, size_t to) {
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
        "<details class=\"chrome\"><summary>{} sentence{} of page chrome and teasers: "
        "“{}”</summary>\n",
        sentences, sentences == 1 ? "" : "s", html_escape(preview));
    for (size_t i = from; i < to; ++i) row(rows[i]);
    out_ += "</details>\n";
  }

  void row(const HtmlRow& row) {
    out_ += fmt::format("<section class=\"row k-{}\"{}>\n<div class=\"pair\">", row.kind,
                        row.bead >= 0 ? fmt::format(" id=\"b{}\"", row.bead) : "");
    const BeadChanges& changes = changes_of(r_, row.bead);
    cell(row, true, changes.original);
    cell(row, false, changes.rendition);
    out_ += "</div>\n";
    if (!row.findings.empty()) findings_list(row.findings);
    out_ += "</section>\n";
  }

  void cell(const HtmlRow& row, bool original, const std::vector<CodePointRange>& changed) {
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
  Verdict verdict_;
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
