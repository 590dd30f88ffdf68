#include "text/sentence_repair.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace driftcheck {
namespace {

// "thousand.The": a lower-case word of two or more letters, a sentence end, then an
// upper-case letter and a lower-case one. Excludes "U.S.", "3.5", "e.g.Foo" is rare.
bool glued_sentence_end(const icu::UnicodeString& p, int32_t dot) {
  if (dot < 2 || dot + 2 >= p.length()) return false;
  const char16_t end = p[dot];
  if (end != u'.' && end != u'!' && end != u'?') return false;
  if (!u_islower(p[dot - 1]) || !u_islower(p[dot - 2])) return false;
  return u_isupper(p[dot + 1]) && u_islower(p[dot + 2]);
}

}  // namespace

std::vector<int32_t> repair_sentence_cuts(const icu::UnicodeString& paragraph,
                                          std::vector<int32_t> cuts) {
  for (int32_t i = 0; i < paragraph.length(); ++i)
    if (glued_sentence_end(paragraph, i)) cuts.push_back(i + 1);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  return cuts;
}

}  // namespace driftcheck
