// The floor the process benchmark (tests/bench/process_bench.py) measures driftcheck
// against: read each file, check and convert its UTF-8 to UTF-16, and run ICU's sentence and
// word breaks over it, as any tool that reads text with ICU must. Nothing else: no
// tokens kept, no output but one count line, so its time is the least a checker can take.
//
//   build/bench/icu_floor original.txt rendition.txt   # prints files, sentences, words
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

namespace {

struct Counts {
  long sentences = 0;
  long words = 0;
};

// Boundaries of `kind` over the whole text; word breaks count only non-space segments,
// which is what a tokenizer keeps.
long count_breaks(icu::BreakIterator& it, const icu::UnicodeString& text, bool words) {
  it.setText(text);
  long n = 0;
  for (int32_t start = it.first(), stop = it.next(); stop != icu::BreakIterator::DONE;
       start = stop, stop = it.next())
    if (!words || it.getRuleStatus() != UBRK_WORD_NONE || text.charAt(start) > u' ') ++n;
  return n;
}

bool floor_of(const char* path, icu::BreakIterator& sentences, icu::BreakIterator& words,
              Counts& counts) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  // Decoding: strict UTF-8 to UTF-16 (what ICU's iterators read), ill-formed bytes replaced.
  icu::UnicodeString text;
  const int32_t capacity = static_cast<int32_t>(bytes.size()) + 1;
  int32_t length = 0;
  int32_t substitutions = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8WithSub(text.getBuffer(capacity), capacity, &length, bytes.data(),
                       static_cast<int32_t>(bytes.size()), 0xFFFD, &substitutions, &status);
  text.releaseBuffer(U_SUCCESS(status) ? length : 0);
  counts.sentences += count_breaks(sentences, text, false);
  counts.words += count_breaks(words, text, true);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("en"), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "icu_floor: cannot create ICU break iterators\n");
    return 2;
  }
  Counts counts;
  for (int i = 1; i < argc; ++i) {
    if (!floor_of(argv[i], *sentences, *words, counts)) {
      std::fprintf(stderr, "icu_floor: %s cannot be read\n", argv[i]);
      return 2;
    }
  }
  std::printf("%d files, %ld sentences, %ld words\n", argc - 1, counts.sentences, counts.words);
  return 0;
}
