#include "report/highlight.h"

#include <algorithm>
#include <string>

#include "report/source_map.h"

namespace driftcheck {

const BeadChanges& changes_of(const CheckResult& result, int bead) {
  static const BeadChanges kNone;
  if (bead < 0 || static_cast<size_t>(bead) >= result.changes.size()) return kNone;
  return result.changes[static_cast<size_t>(bead)];
}

std::vector<Piece> split_sentence(const Sentence& sentence,
                                  const std::vector<CodePointRange>& changed,
                                  const std::vector<TaggedRange>& spans) {
  std::vector<uint32_t> cuts = {sentence.start, sentence.end};
  auto add_cut = [&](uint32_t at) {
    if (at > sentence.start && at < sentence.end) cuts.push_back(at);
  };
  for (const CodePointRange& r : changed) add_cut(r.start), add_cut(r.end);
  for (const TaggedRange& t : spans) add_cut(t.range.start), add_cut(t.range.end);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  std::vector<Piece> pieces;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    const uint32_t start = cuts[i], end = cuts[i + 1];
    Piece p;
    p.text = sentence_slice(sentence, start, end);
    p.changed = std::any_of(changed.begin(), changed.end(), [&](const CodePointRange& r) {
      return r.start <= start && end <= r.end;
    });
    for (const TaggedRange& t : spans)
      if (t.range.start <= start && end <= t.range.end) p.findings.push_back(t.finding);
    std::sort(p.findings.begin(), p.findings.end());
    p.findings.erase(std::unique(p.findings.begin(), p.findings.end()), p.findings.end());
    pieces.push_back(std::move(p));
  }
  return pieces;
}

SpanIndex index_finding_spans(const CheckResult& result) {
  SpanIndex index;
  index.original.resize(result.original.sentences.size());
  index.rendition.resize(result.rendition.sentences.size());
  auto add = [](std::vector<std::vector<int>>& side, const std::optional<Span>& span, int i) {
    if (span && span->sentence >= 0 && static_cast<size_t>(span->sentence) < side.size())
      side[static_cast<size_t>(span->sentence)].push_back(i);
  };
  for (size_t i = 0; i < result.findings.size(); ++i) {
    add(index.original, result.findings[i].original, static_cast<int>(i));
    add(index.rendition, result.findings[i].rendition, static_cast<int>(i));
  }
  return index;
}

std::vector<TaggedRange> finding_spans_in(const CheckResult& result, const SpanIndex& index,
                                          const Sentence& sentence, bool original) {
  std::vector<TaggedRange> spans;
  const auto& side = original ? index.original : index.rendition;
  if (sentence.id < 0 || static_cast<size_t>(sentence.id) >= side.size()) return spans;
  for (const int idx : side[static_cast<size_t>(sentence.id)]) {
    const auto i = static_cast<size_t>(idx);
    const std::optional<Span>& span =
        original ? result.findings[i].original : result.findings[i].rendition;
    if (!span || span->sentence != sentence.id || span->end <= span->start) continue;
    if (span->start <= sentence.start && span->end >= sentence.end) continue;
    spans.push_back({{span->start, span->end}, static_cast<int>(i)});
  }
  return spans;
}

}  // namespace driftcheck
