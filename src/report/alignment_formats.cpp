#include "report/alignment_formats.h"

#include <fmt/format.h>

#include "report/escape.h"

namespace driftcheck {
namespace {

std::string ids(const std::vector<int>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + std::to_string(v[i]);
  return out;
}

std::string joined_text(const Document& doc, const std::vector<int>& v) {
  std::string out;
  for (int id : v) {
    if (!out.empty()) out += ' ';
    out += doc.sentences[static_cast<size_t>(id)].text;
  }
  return out;
}

}  // namespace

std::string render_alignment_tsv(const CheckResult& r) {
  std::string out = "orig_ids\trend_ids\tkind\tscore\toriginal\trendition\n";
  for (const Bead& b : r.alignment.beads) {
    out += fmt::format("{}\t{}\t{}\t{:.3f}\t{}\t{}\n", ids(b.original), ids(b.rendition),
                       to_string(b.kind), b.score, tsv_escape(joined_text(r.original, b.original)),
                       tsv_escape(joined_text(r.rendition, b.rendition)));
  }
  return out;
}

std::string render_alignment_tmx(const CheckResult& r) {
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
      "  <header creationtool=\"driftcheck\" creationtoolversion=\"1\" datatype=\"plaintext\" "
      "segtype=\"sentence\" adminlang=\"en\" srclang=\"{}\" o-tmf=\"driftcheck\"/>\n  <body>\n",
      xml_escape(r.original.language));
  for (const Bead& b : r.alignment.beads) {
    if (b.kind != BeadKind::match && b.kind != BeadKind::moved) continue;
    out += fmt::format(
        "    <tu>\n      <prop type=\"x-driftcheck-kind\">{}</prop>\n"
        "      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>\n"
        "      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>\n    </tu>\n",
        to_string(b.kind), xml_escape(r.original.language),
        xml_escape(joined_text(r.original, b.original)), xml_escape(r.rendition.language),
        xml_escape(joined_text(r.rendition, b.rendition)));
  }
  out += "  </body>\n</tmx>\n";
  return out;
}

}  // namespace driftcheck
