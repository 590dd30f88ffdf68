#pragma once
// Hand-built check results for the report tests, so that they do not depend on how well the
// aligner and the detectors do today.
//
//   CheckResult r = sample_result();   // every bead kind, boilerplate, five findings
//   CheckResult h = hostile_result();  // an article full of markup and scripts
#include <stdexcept>
#include <string>
#include <string_view>

#include "drift/check.h"
#include "text/segment.h"

namespace driftcheck::test {

inline uint32_t code_points_before(std::string_view text, size_t byte) {
  uint32_t n = 0;
  for (size_t i = 0; i < byte && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

// The span of the first `needle` in sentence `sentence` of `doc`.
inline Span span_of(const Document& doc, int sentence, std::string_view needle) {
  const Sentence& s = doc.sentences.at(static_cast<size_t>(sentence));
  const size_t at = s.text.find(needle);
  if (at == std::string::npos) throw std::logic_error("fixture: no '" + std::string(needle) + "'");
  const uint32_t start = s.start + code_points_before(s.text, at);
  const uint32_t end = start + code_points_before(needle, needle.size());
  return Span{sentence, start, end, std::string(needle)};
}

inline Span whole(const Document& doc, int sentence) {
  const Sentence& s = doc.sentences.at(static_cast<size_t>(sentence));
  return Span{sentence, s.start, s.end, s.text};
}

inline Document document(std::string path, std::string text) {
  Document doc = segment_text(std::move(text), SegmentOptions{"en"});
  doc.path = std::move(path);
  doc.encoding = "UTF-8";
  return doc;
}

inline Finding finding(Category category, Severity severity, std::optional<Span> original,
                       std::optional<Span> rendition, std::string message, int bead) {
  Finding f;
  f.category = category;
  f.severity = severity;
  f.original = std::move(original);
  f.rendition = std::move(rendition);
  f.message = std::move(message);
  f.bead = bead;
  return f;
}

inline void number_findings(CheckResult& r) {
  for (size_t i = 0; i < r.findings.size(); ++i) r.findings[i].id = "F" + std::to_string(i + 1);
}

inline void set_zones(Document& doc, Alignment& a, bool original) {
  auto& zones = original ? a.original_zones : a.rendition_zones;
  zones.clear();
  for (const Sentence& s : doc.sentences) zones.push_back(s.zone);
}

// Original sentences: 0 heading, 1 fired, 2 caveat (omitted), 3 Alabuga (moved), 4 price,
// 5 "Related Articles" (boilerplate, in no bead). Rendition: 0 heading, 1 produced,
// 2 price ($200,000), 3 Alabuga, 4 "Moscow has deceived an ally." (added), 5 footer boilerplate.
inline CheckResult sample_result() {
  CheckResult r;
  r.original = document("corpora/a/original.txt",
                        "Drones over Alabuga\n"
                        "They say they fired a lot of drones at Ukraine.\n"
                        "CNN has been unable to independently verify this.\n"
                        "The factory is in Tatarstan.\n"
                        "Each drone costs 200,000 US dollars, Ukraine said.\n"
                        "Related Articles\n");
  r.rendition = document("corpora/a/rendition.txt",
                         "Drones over Alabuga\n"
                         "They say they've produced a lot of drones at Ukraine.\n"
                         "Each drone costs $200,000.\n"
                         "The factory is in Tatarstan.\n"
                         "Moscow has deceived an ally.\n"
                         "Download the app today\n");
  r.original.sentences.at(5).zone = Zone::boilerplate;
  r.rendition.sentences.at(5).zone = Zone::boilerplate;
  auto& beads = r.alignment.beads;
  beads.push_back({{0}, {0}, BeadKind::match, 1.0});
  beads.push_back({{1}, {1}, BeadKind::match, 0.8123});
  beads.push_back({{2}, {}, BeadKind::omitted, 0.0});
  beads.push_back({{4}, {2}, BeadKind::match, 0.64});
  beads.push_back({{3}, {3}, BeadKind::moved, 0.97});
  beads.push_back({{}, {4}, BeadKind::added, 0.0});
  set_zones(r.original, r.alignment, true);
  set_zones(r.rendition, r.alignment, false);
  const Document& o = r.original;
  const Document& d = r.rendition;
  // The word diff's changed words, as the drift stage would record them.
  auto range = [](const Span& s) { return CodePointRange{s.start, s.end}; };
  r.changes.resize(beads.size());
  r.changes[1] = {{range(span_of(o, 1, "they fired"))}, {range(span_of(d, 1, "they've produced"))}};
  r.changes[3] = {{range(span_of(o, 4, "US dollars, Ukraine said"))}, {range(span_of(d, 2, "$"))}};
  r.findings.push_back(finding(Category::substitution, Severity::major, span_of(o, 1, "fired"),
                               span_of(d, 1, "'ve produced"),
                               "'fired' became 'produced': not synonyms", 1));
  r.findings.back().evidence = {{"wordnet", "no shared synset"}};
  r.findings.push_back(finding(Category::omission, Severity::major, whole(o, 2),
                               Span{-1, d.sentences[1].end, d.sentences[1].end, ""},
                               "the verification caveat was dropped", 2));
  r.findings.push_back(finding(Category::format, Severity::info,
                               span_of(o, 4, "200,000 US dollars"), span_of(d, 2, "$200,000"),
                               "same amount, other format", 3));
  r.findings.push_back(finding(Category::attribution, Severity::critical,
                               span_of(o, 4, ", Ukraine said"), std::nullopt,
                               "the attribution 'Ukraine said' was dropped", 3));
  r.findings.push_back(
      finding(Category::moved, Severity::info, whole(o, 3), whole(d, 3), "sentence moved", 4));
  r.findings.push_back(finding(Category::addition, Severity::major, std::nullopt, whole(d, 4),
                               "an editorial line was added", 5));
  number_findings(r);
  return r;
}

// Markup and script in every place input text reaches a report: sentences, spans, messages,
// evidence and file names; plus non-ASCII text so that code point offsets matter.
inline constexpr std::string_view kHostileArticle =
    "Ünïcødé “quotes” 日本語 😀 headline <b>bold</b>\n"
    "<script>document.title='PWNED';document.body.setAttribute('data-pwned','script')</script>\n"
    "An image <img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> here.\n"
    "A <a href=\"javascript:document.body.setAttribute('data-pwned','link')\">link</a> & more.\n"
    "Quotes \" and ' and </textarea></style></script><!-- and ]]> end.\n";

inline CheckResult hostile_result() {
  CheckResult r;
  r.original = document("<b>orig</b>&\".txt", std::string(kHostileArticle));
  std::string rendition(kHostileArticle);
  rendition +=
      "<svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg> | `x` @here\n";
  r.rendition = document("rend<script>.txt", rendition);
  const int n = static_cast<int>(r.original.sentences.size());
  for (int i = 0; i < n; ++i) r.alignment.beads.push_back({{i}, {i}, BeadKind::match, 1.0});
  const int added = static_cast<int>(r.rendition.sentences.size()) - 1;
  r.alignment.beads.push_back({{}, {added}, BeadKind::added, 0.0});
  set_zones(r.original, r.alignment, true);
  set_zones(r.rendition, r.alignment, false);
  const Document& o = r.original;
  const Document& d = r.rendition;
  const auto bead_of = [&](int sentence) { return sentence; };
  int script = -1, img = -1, link = -1;
  for (const Sentence& s : o.sentences) {
    if (s.text.find("<script>") != std::string::npos && script < 0) script = s.id;
    if (s.text.find("<img") != std::string::npos) img = s.id;
    if (s.text.find("javascript:") != std::string::npos) link = s.id;
  }
  r.findings.push_back(finding(Category::entity, Severity::major, span_of(o, 0, "日本語 😀"),
                               span_of(d, 0, "日本語 😀"), "<i>emoji</i> & 'x' \"y\"", 0));
  r.findings.push_back(finding(Category::quote, Severity::critical, span_of(o, script, "<script>"),
                               span_of(d, script, "<script>"),
                               "<script>document.title='PWNED-message'</script>", bead_of(script)));
  r.findings.back().evidence = {{"<img src=x onerror=alert(1)>", "<script>alert(2)</script>"}};
  r.findings.push_back(finding(Category::substitution, Severity::minor, span_of(o, img, "onerror"),
                               span_of(d, img, "<img src=x"), "onerror=\"alert(3)\"",
                               bead_of(img)));
  r.findings.push_back(finding(Category::entity, Severity::info, span_of(o, link, "javascript:"),
                               span_of(d, link, "javascript:"), "javascript:alert(4)",
                               bead_of(link)));
  r.findings.push_back(finding(Category::addition, Severity::major, std::nullopt, whole(d, added),
                               "<svg onload=alert(5)> | `code` @here", added == 0 ? 0 : n));
  number_findings(r);
  return r;
}

}  // namespace driftcheck::test
