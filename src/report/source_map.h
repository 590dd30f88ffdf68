#pragma once
// Code point offsets (what every stage reports) → UTF-8 bytes and 1-based line:column
// (what editors, SARIF viewers and substr() want).
//
//   SourceMap map(doc.text);
//   TextPosition p = map.position(span.start);        // {line, column}, column in code points
//   std::string_view s = map.slice(span.start, span.end);
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace driftcheck {

struct TextPosition {
  int line = 1;    // 1-based; lines end at LF, CR LF or a lone CR
  int column = 1;  // 1-based, in code points
};

class SourceMap {
 public:
  // `text` must outlive the map. Invalid UTF-8 is counted one code point per lead byte.
  explicit SourceMap(std::string_view text);

  // The byte offset of code point `offset`; the text's size when past the end.
  size_t byte_offset(uint32_t offset) const;
  // The text of code points [start, end), clamped to the text.
  std::string_view slice(uint32_t start, uint32_t end) const;
  TextPosition position(uint32_t offset) const;

 private:
  std::string_view text_;
  std::vector<size_t> checkpoints_;    // byte offset of every kStride-th code point
  std::vector<uint32_t> line_starts_;  // code point offset where each line begins
};

// The part of `sentence.text` between document code point offsets [start, end), clamped to
// the sentence. Sentence text is a slice of the document, so no document map is needed.
std::string_view sentence_slice(const Sentence& sentence, uint32_t start, uint32_t end);

// The number of code points in UTF-8 `text`.
size_t code_point_count(std::string_view text);

// At most `max_code_points` of `text`, cut at a code point boundary, "…" appended when cut.
std::string truncate_text(std::string_view text, size_t max_code_points);

}  // namespace driftcheck
