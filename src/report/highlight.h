#pragma once
// What to highlight inside the sentences of one bead: the words the drift stage's word diff
// found changed (CheckResult::changes, the diff the findings were judged from), and the spans
// findings name. Shared by the text, HTML and Markdown reports.
//
//   const BeadChanges& changes = changes_of(result, bead_index);
//   for (const Piece& p : split_sentence(sentence, changes.original, spans))
//     out += p.changed ? mark(p.text) : p.text;
#include <cstdint>
#include <string_view>
#include <vector>

#include "drift/bead_changes.h"
#include "drift/check.h"

namespace driftcheck {

// The changed words of bead `bead` as the drift stage recorded them; none for a bead index
// without a record (a hand-built result, an omitted or added bead).
const BeadChanges& changes_of(const CheckResult& result, int bead);

// A span to highlight, tagged with the index of its finding in CheckResult::findings.
struct TaggedRange {
  CodePointRange range;
  int finding = -1;
};

// One run of a sentence with uniform highlighting.
struct Piece {
  std::string_view text;      // a slice of Sentence::text
  bool changed = false;       // inside a BeadChanges range
  std::vector<int> findings;  // indices of the findings whose span covers this run, ascending
};

// Cuts `sentence` at every boundary of `changed` and `spans` (both clamped to the sentence).
// The pieces' texts concatenate to the sentence's text.
std::vector<Piece> split_sentence(const Sentence& sentence,
                                  const std::vector<CodePointRange>& changed,
                                  const std::vector<TaggedRange>& spans);

// For each sentence id on one side, the indices of the findings whose span lies in it.
struct SpanIndex {
  std::vector<std::vector<int>> original;
  std::vector<std::vector<int>> rendition;
};
SpanIndex index_finding_spans(const CheckResult& result);

// The finding spans that fall in `sentence` on one side (original = true: Finding::original),
// leaving out spans that cover the whole sentence (the bead's kind already says that).
std::vector<TaggedRange> finding_spans_in(const CheckResult& result, const SpanIndex& index,
                                          const Sentence& sentence, bool original);

}  // namespace driftcheck
