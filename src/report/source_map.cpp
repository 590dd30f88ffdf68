#include "report/source_map.h"

#include <algorithm>
#include <string>

namespace driftcheck {
namespace {

constexpr uint32_t kStride = 64;

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The byte offset `n` code points after byte `from` (or the end of `text`).
size_t advance(std::string_view text, size_t from, size_t n) {
  size_t i = from;
  while (n > 0 && i < text.size()) {
    ++i;
    while (i < text.size() && is_continuation(text[i])) ++i;
    --n;
  }
  return i;
}

}  // namespace

SourceMap::SourceMap(std::string_view text) : text_(text) {
  uint32_t cp = 0;
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (is_continuation(text[i])) continue;
    if (cp % kStride == 0) checkpoints_.push_back(i);
    ++cp;
    const char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
      line_starts_.push_back(cp);
  }
}

size_t SourceMap::byte_offset(uint32_t offset) const {
  const size_t k = offset / kStride;
  if (k >= checkpoints_.size()) return text_.size();
  return advance(text_, checkpoints_[k], offset % kStride);
}

std::string_view SourceMap::slice(uint32_t start, uint32_t end) const {
  const size_t b = byte_offset(start);
  const size_t e = std::max(b, byte_offset(end));
  return text_.substr(b, e - b);
}

TextPosition SourceMap::position(uint32_t offset) const {
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<size_t>(it - line_starts_.begin());  // >= 1: line_starts_[0] = 0
  return {static_cast<int>(line), static_cast<int>(offset - line_starts_[line - 1]) + 1};
}

std::string_view sentence_slice(const Sentence& sentence, uint32_t start, uint32_t end) {
  const std::string_view text = sentence.text;
  start = std::clamp(start, sentence.start, sentence.end);
  end = std::clamp(end, start, sentence.end);
  const size_t b = advance(text, 0, start - sentence.start);
  const size_t e = advance(text, b, end - start);
  return text.substr(b, e - b);
}

size_t code_point_count(std::string_view text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation(c); }));
}

std::string truncate_text(std::string_view text, size_t max_code_points) {
  const size_t cut = advance(text, 0, max_code_points);
  if (cut >= text.size()) return std::string(text);
  std::string out(text.substr(0, cut));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

}  // namespace driftcheck
