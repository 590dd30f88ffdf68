#include "report/markdown_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/escape.h"
#include "report/source_map.h"
#include "report/verdict.h"

namespace driftcheck {
namespace {

constexpr size_t kMaxRows = 50;    // a PR comment stays readable; the rest is counted
constexpr uint32_t kContext = 60;  // code points of context around a span in an excerpt

// The span's sentence cut to kContext either side of the span, the span in bold.
std::string excerpt(const Document& doc, const std::optional<Span>& span) {
  if (!span) return "—";
  if (span->sentence < 0 || static_cast<size_t>(span->sentence) >= doc.sentences.size())
    return span->text.empty() ? "—" : markdown_escape(truncate_text(span->text, 2 * kContext));
  const Sentence& s = doc.sentences[static_cast<size_t>(span->sentence)];
  const uint32_t start = std::clamp(span->start, s.start, s.end);
  const uint32_t end = std::clamp(span->end, start, s.end);
  const uint32_t from = start - s.start > kContext ? start - kContext : s.start;
  const uint32_t to = s.end - end > kContext ? end + kContext : s.end;
  std::string out = from > s.start ? "…" : "";
  out += markdown_escape(sentence_slice(s, from, start));
  // Bold needs no white space just inside the markers: keep it outside.
  std::string_view marked = sentence_slice(s, start, end);
  const size_t lead = std::min(marked.find_first_not_of(' '), marked.size());
  const size_t trail = marked.size() - std::min(marked.find_last_not_of(' ') + 1, marked.size());
  const std::string_view core = marked.substr(lead, marked.size() - lead - trail);
  out += std::string(lead, ' ');
  if (core.empty() && start == end)
    out += "⁁";  // where the omitted words were
  else if (!core.empty())
    out += "**" + markdown_escape(core) + "**";
  out += std::string(trail, ' ');
  out += markdown_escape(sentence_slice(s, end, to));
  if (to < s.end) out += "…";
  return out;
}

}  // namespace

std::string render_markdown_report(const CheckResult& result, const Summary& summary) {
  const std::string fail_on = summary.fail_on ? to_string(*summary.fail_on) : "never";
  const Verdict v = describe_verdict(summary);
  std::string out = fmt::format(
      "### driftcheck: {} {}\n\n",
      v.state == "fail"   ? "❌ **FAIL**"
      : v.state == "pass" ? "✅ **PASS**"
                          : "⚪ **not gating**",
      fmt::format("{} against {} ({})", markdown_escape(result.rendition.path),
                  markdown_escape(result.original.path),
                  summary.fail_on ? "fails on " + fail_on : "no gate: --fail-on never"));
  out += "| critical | major | minor | info | aligned | omitted | added | moved |\n";
  out += "|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n\n", summary.counts[3],
                     summary.counts[2], summary.counts[1], summary.counts[0], summary.aligned,
                     summary.omitted, summary.added, summary.moved);
  if (!summary.scope_note.empty()) out += markdown_escape(summary.scope_note) + "\n\n";

  std::vector<const Finding*> serious;
  for (const Finding& f : result.findings)
    if (f.severity >= Severity::major) serious.push_back(&f);
  std::stable_sort(serious.begin(), serious.end(),
                   [](const Finding* a, const Finding* b) { return a->severity > b->severity; });
  if (serious.empty()) {
    out += "No major or critical findings.\n";
  } else {
    out += "| | severity | category | original | rendition | what changed |\n";
    out += "|---|---|---|---|---|---|\n";
    for (size_t i = 0; i < serious.size() && i < kMaxRows; ++i) {
      const Finding& f = *serious[i];
      out += fmt::format("| {} | **{}** | {} | {} | {} | {} |\n", markdown_escape(f.id),
                         to_string(f.severity), to_string(f.category),
                         excerpt(result.original, f.original),
                         excerpt(result.rendition, f.rendition), markdown_escape(f.message));
    }
    if (serious.size() > kMaxRows)
      out += fmt::format("\n…and {} more major or critical findings in the full report.\n",
                         serious.size() - kMaxRows);
  }
  const int rest = summary.counts[1] + summary.counts[0];
  if (rest > 0)
    out += fmt::format("\n{} minor and {} info findings are in the full report.\n",
                       summary.counts[1], summary.counts[0]);
  return out;
}

}  // namespace driftcheck
