#include "report/source_map.h"

#include <catch2/catch.hpp>

namespace driftcheck {

TEST_CASE("source map: lines end at LF, CR LF and CR; columns count code points",
          "[report][source_map]") {
  const std::string text = "ab\r\nçé😀x\rq\n\nz";
  const SourceMap map(text);
  auto [offset, line, column] = GENERATE(table<uint32_t, int, int>({{0, 1, 1},
                                                                    {1, 1, 2},
                                                                    {2, 1, 3},
                                                                    {4, 2, 1},
                                                                    {6, 2, 3},
                                                                    {7, 2, 4},
                                                                    {9, 3, 1},
                                                                    {11, 4, 1},
                                                                    {12, 5, 1},
                                                                    {13, 5, 2}}));
  const TextPosition p = map.position(offset);
  CHECK(p.line == line);
  CHECK(p.column == column);
}

TEST_CASE("source map: slices by code points, clamped", "[report][source_map]") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "é😀";  // crosses the 64-code-point checkpoints
  const SourceMap map(text);
  CHECK(map.slice(0, 2) == "é😀");
  CHECK(map.slice(127, 129) == "😀é");
  CHECK(map.slice(199, 500) == "😀");
  CHECK(map.slice(300, 400).empty());
  CHECK(map.byte_offset(200) == text.size());
}

TEST_CASE("source map: truncate_text cuts at a code point and says so", "[report][source_map]") {
  CHECK(truncate_text("日本語です", 3) == "日本語…");
  CHECK(truncate_text("short", 10) == "short");
  CHECK(code_point_count("日本語 😀") == 5);
}

}  // namespace driftcheck
