#pragma once
// Fuzz target: UTF-8 text → segment_text, and the Document's documented invariants.
//
// Input: byte 0 picks the language (pick_language), the rest is the file as the CLI
// would decode it.
#include "fuzz/fuzz_support.h"
#include "text/segment.h"

namespace driftcheck::fuzz {

// Offsets are code points into doc.text; sentences are slices of it, in order, never
// across a line break; tokens lie inside their sentence.
inline void require_document_invariants(const Document& doc) {
  FUZZ_REQUIRE(valid_utf8(doc.text));
  const size_t length = code_points(doc.text);
  uint32_t previous_end = 0;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    FUZZ_REQUIRE(s.id == static_cast<int>(i));
    FUZZ_REQUIRE(s.start <= s.end);
    FUZZ_REQUIRE(s.end <= length);
    FUZZ_REQUIRE(s.start >= previous_end);
    previous_end = s.end;
    const std::optional<std::string_view> slice = code_point_slice(doc.text, s.start, s.end);
    FUZZ_REQUIRE(slice.has_value());
    FUZZ_REQUIRE(*slice == s.text);
    FUZZ_REQUIRE(s.text.find('\n') == std::string::npos);
    FUZZ_REQUIRE(s.paragraph >= 0);
    FUZZ_REQUIRE(i == 0 || s.paragraph >= doc.sentences[i - 1].paragraph);
    uint32_t token_end = s.start;
    for (const Token& t : s.tokens) {
      FUZZ_REQUIRE(t.start >= token_end);
      FUZZ_REQUIRE(t.start < t.end);
      FUZZ_REQUIRE(t.end <= s.end);
      token_end = t.end;
      const std::optional<std::string_view> surface = code_point_slice(doc.text, t.start, t.end);
      FUZZ_REQUIRE(surface.has_value() && *surface == t.text);
      FUZZ_REQUIRE(valid_utf8(t.folded));
      FUZZ_REQUIRE(valid_utf8(t.stem));
    }
  }
}

inline int segment(const uint8_t* data, size_t size) {
  if (size == 0 || size > kMaxInput) return 0;
  std::optional<std::string> text = decode_as_utf8(as_view(data + 1, size - 1));
  if (!text) return 0;
  const std::string language = pick_language(data[0]);
  Document doc = segment_text(*text, SegmentOptions{language});
  FUZZ_REQUIRE(doc.text == *text);
  require_document_invariants(doc);
  const std::string guessed = guess_language(*text);
  FUZZ_REQUIRE(valid_utf8(guessed));
  return 0;
}

}  // namespace driftcheck::fuzz
