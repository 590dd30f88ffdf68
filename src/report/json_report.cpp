#include "report/json_report.h"

#include <cmath>

#include "core/version.h"
#include "report/pretty_json.h"

namespace driftcheck {
namespace {

// Scores are rounded so that reports stay byte-identical across compilers and flags.
double rounded(double x) { return std::round(x * 1000.0) / 1000.0; }

nlohmann::ordered_json span_json(const Span& span) {
  nlohmann::ordered_json j;
  j["sentence"] = span.sentence;
  j["start"] = span.start;
  j["end"] = span.end;
  j["text"] = span.text;
  return j;
}

// A document's fields before its sentences.
nlohmann::ordered_json document_header_json(const Document& doc) {
  nlohmann::ordered_json j;
  j["path"] = doc.path;
  j["encoding"] = doc.encoding;
  j["encoding_detected"] = doc.encoding_detected;  // guessed by the charset detector
  j["language"] = doc.language;
  return j;
}

nlohmann::ordered_json sentence_json(const Sentence& s) {
  nlohmann::ordered_json js;
  js["id"] = s.id;
  js["start"] = s.start;
  js["end"] = s.end;
  js["text"] = s.text;
  js["zone"] = to_string(s.zone);
  js["paragraph"] = s.paragraph;
  js["standalone"] = s.standalone;
  return js;
}

nlohmann::ordered_json bead_json(const Bead& b) {
  nlohmann::ordered_json j;
  j["original"] = b.original;
  j["rendition"] = b.rendition;
  j["kind"] = to_string(b.kind);
  if (b.kind == BeadKind::match || b.kind == BeadKind::moved) j["score"] = rounded(b.score);
  return j;
}

nlohmann::ordered_json tool_json() { return {{"name", "driftcheck"}, {"version", kVersion}}; }

nlohmann::ordered_json summary_json(const Summary& summary) {
  nlohmann::ordered_json counts;
  for (size_t s = 0; s < summary.counts.size(); ++s)
    counts[to_string(static_cast<Severity>(s))] = summary.counts[s];
  nlohmann::ordered_json js;
  js["counts"] = counts;
  js["aligned"] = summary.aligned;
  js["omitted"] = summary.omitted;
  js["added"] = summary.added;
  js["moved"] = summary.moved;
  js["verdict"] = summary.failed ? "fail" : "pass";
  js["fail_on"] = summary.fail_on ? to_string(*summary.fail_on) : "never";
  js["min_severity"] = to_string(summary.shown_from);
  js["hidden"] = summary.hidden;
  if (!summary.scope_note.empty()) js["note"] = summary.scope_note;
  return js;
}

}  // namespace

nlohmann::ordered_json document_json(const Document& doc) {
  nlohmann::ordered_json j = document_header_json(doc);
  auto& sentences = j["sentences"] = nlohmann::ordered_json::array();
  for (const Sentence& s : doc.sentences) sentences.push_back(sentence_json(s));
  return j;
}

nlohmann::ordered_json alignment_json(const Alignment& alignment) {
  auto beads = nlohmann::ordered_json::array();
  for (const Bead& b : alignment.beads) beads.push_back(bead_json(b));
  return beads;
}

nlohmann::ordered_json finding_json(const Finding& f) {
  nlohmann::ordered_json j;
  j["id"] = f.id;
  j["category"] = to_string(f.category);
  j["severity"] = to_string(f.severity);
  if (f.original) j["original"] = span_json(*f.original);
  if (f.rendition) j["rendition"] = span_json(*f.rendition);
  j["message"] = f.message;
  auto& evidence = j["evidence"] = nlohmann::ordered_json::object();
  for (const auto& [key, value] : f.evidence) evidence[key] = value;
  if (f.bead >= 0) j["bead"] = f.bead;
  return j;
}

nlohmann::ordered_json report_json(const CheckResult& result, const Summary& summary) {
  nlohmann::ordered_json j;
  j["schema"] = kReportSchema;
  j["tool"] = tool_json();
  j["original"] = document_json(result.original);
  j["rendition"] = document_json(result.rendition);
  j["alignment"] = alignment_json(result.alignment);
  auto& findings = j["findings"] = nlohmann::ordered_json::array();
  for (const Finding& f : result.findings) findings.push_back(finding_json(f));
  j["summary"] = summary_json(summary);
  return j;
}

std::string render_json_report(const CheckResult& result, const Summary& summary) {
  // Written piece by piece, each sentence, bead and finding a small tree dumped in place:
  // the whole report as one tree cost more memory than the documents it describes.
  PrettyJson out;
  out.open_object();
  out.member("schema", kReportSchema);
  out.member("tool", tool_json());
  for (const Document* doc : {&result.original, &result.rendition}) {
    out.key(doc == &result.original ? "original" : "rendition");
    out.open_object(document_header_json(*doc));
    out.key("sentences");
    out.array(doc->sentences, sentence_json);
    out.close_object();
  }
  out.key("alignment");
  out.array(result.alignment.beads, bead_json);
  out.key("findings");
  out.array(result.findings, finding_json);
  out.member("summary", summary_json(summary));
  out.close_object();
  return std::move(out).finish() + "\n";
}

}  // namespace driftcheck
