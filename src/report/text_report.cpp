#include "report/text_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/source_map.h"
#include "report/verdict.h"

namespace driftcheck {
namespace {

// Context shown on each side of a marked span, in code points; long sentences are cut.
constexpr uint32_t kContext = 160;

struct Style {
  bool color = false;
  std::string paint(std::string_view text, std::string_view sgr) const {
    if (!color) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", sgr, text);
  }
};

constexpr std::string_view severity_sgr(Severity s) {
  switch (s) {
    case Severity::critical:
      return "1;31";
    case Severity::major:
      return "31";
    case Severity::minor:
      return "33";
    case Severity::info:
      return "36";
  }
  return "0";
}

// Input text must not drive the terminal: control characters (C0 but none, DEL, C1) become
// '?', tabs and line breaks a space.
std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\t' || c == '\n' || c == '\r') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7f) {
      out += '?';
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
      out += '?';  // U+0080..U+009F, which include the 8-bit CSI
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// `sentence` with [start, end) marked as deleted (original side) or inserted (rendition side).
std::string marked_sentence(const Sentence& s, const Span& span, bool original,
                            const Style& style) {
  const uint32_t start = std::clamp(span.start, s.start, s.end);
  const uint32_t end = std::clamp(span.end, start, s.end);
  const uint32_t from = start - s.start > kContext ? start - kContext : s.start;
  const uint32_t to = s.end - end > kContext ? end + kContext : s.end;
  std::string out = from > s.start ? "…" : "";
  out += terminal_safe(sentence_slice(s, from, start));
  const std::string changed = terminal_safe(sentence_slice(s, start, end));
  if (start == end)
    out += style.paint("⁁", "1;31");  // where the omitted words were
  else if (style.color)
    out += style.paint(changed, original ? "1;31;9" : "1;32");
  else
    out += original ? "[-" + changed + "-]" : "{+" + changed + "+}";
  out += terminal_safe(sentence_slice(s, end, to));
  if (to < s.end) out += "…";
  return out;
}

// The side's text for a finding: its span's sentence, marked; else the bead's sentences.
std::string side_text(const CheckResult& result, const Finding& f, bool original,
                      const Style& style) {
  const Document& doc = original ? result.original : result.rendition;
  const std::optional<Span>& span = original ? f.original : f.rendition;
  if (span && span->sentence >= 0 && static_cast<size_t>(span->sentence) < doc.sentences.size())
    return marked_sentence(doc.sentences[static_cast<size_t>(span->sentence)], *span, original,
                           style);
  if (f.bead < 0 || static_cast<size_t>(f.bead) >= result.alignment.beads.size()) return "—";
  const Bead& bead = result.alignment.beads[static_cast<size_t>(f.bead)];
  std::string out;
  for (const int id : original ? bead.original : bead.rendition) {
    if (id < 0 || static_cast<size_t>(id) >= doc.sentences.size()) continue;
    if (!out.empty()) out += ' ';
    out += terminal_safe(truncate_text(doc.sentences[static_cast<size_t>(id)].text, 2 * kContext));
  }
  return out.empty() ? "—" : out;
}

// "rendition.txt:14:9": where an editor finds the finding (the original side for omissions).
std::string location(const Finding& f, const CheckResult& result, const SourceMap& original_map,
                     const SourceMap& rendition_map) {
  const bool use_rendition = f.rendition && !(f.category == Category::omission && f.original);
  const Span* span = use_rendition ? &*f.rendition : f.original ? &*f.original : nullptr;
  if (span == nullptr) return "";
  const Document& doc = use_rendition ? result.rendition : result.original;
  const TextPosition p = (use_rendition ? rendition_map : original_map).position(span->start);
  return fmt::format("{}:{}:{}", terminal_safe(doc.path), p.line, p.column);
}

}  // namespace

std::string render_text_report(const CheckResult& result, const Summary& summary, bool color) {
  const Style style{color};
  // Without a gate there is no pass: "not gating" says the counts were not judged.
  const Verdict v = describe_verdict(summary);
  const std::string verdict = style.paint(v.label, v.state == "fail"   ? "1;31"
                                                   : v.state == "pass" ? "1;32"
                                                                       : "1;33");
  const std::string fail_on = summary.fail_on ? to_string(*summary.fail_on) : "never";
  std::string out = fmt::format(
      "driftcheck: {} (fail on {}): {} critical, {} major, {} minor, {} info\n", verdict, fail_on,
      summary.counts[3], summary.counts[2], summary.counts[1], summary.counts[0]);
  out += fmt::format("{} → {}: {} aligned, {} omitted, {} added, {} moved\n",
                     terminal_safe(result.original.path), terminal_safe(result.rendition.path),
                     summary.aligned, summary.omitted, summary.added, summary.moved);
  if (!summary.scope_note.empty()) out += terminal_safe(summary.scope_note) + "\n";
  if (summary.hidden > 0)
    out += fmt::format("{} findings below {} not shown (--min-severity info lists them)\n",
                       summary.hidden, to_string(summary.shown_from));
  if (result.findings.empty()) return summary.hidden > 0 ? out : out + "\nNo findings.\n";

  const SourceMap original_map(result.original.text);
  const SourceMap rendition_map(result.rendition.text);
  for (int level = 3; level >= 0; --level) {
    const auto severity = static_cast<Severity>(level);
    const int count = summary.counts[static_cast<size_t>(level)];
    if (count == 0 || severity < summary.shown_from) continue;
    std::string heading = to_string(severity);
    std::transform(heading.begin(), heading.end(), heading.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    out += "\n" + style.paint(fmt::format("{} ({})", heading, count), severity_sgr(severity));
    out += "\n";
    for (const Finding& f : result.findings) {
      if (f.severity != severity) continue;
      out += fmt::format("\n  {} {}  {}\n", style.paint(f.id, "1"),
                         style.paint(to_string(f.category), severity_sgr(severity)),
                         location(f, result, original_map, rendition_map));
      out += fmt::format("     {}\n", terminal_safe(f.message));
      out += fmt::format("     original   {}\n", side_text(result, f, true, style));
      out += fmt::format("     rendition  {}\n", side_text(result, f, false, style));
    }
  }
  return out;
}

}  // namespace driftcheck
