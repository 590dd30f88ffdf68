#pragma once
// UTF-8 text → paragraphs, sentences and tokens, the way a careful reader splits them.
//
//   Document doc = segment_text(std::move(decoded.text), SegmentOptions{.language = "en"});
//   doc.sentences[3].tokens[0].stem;
#include <string>
#include <string_view>

#include "text/document.h"
#include "text/stem_memo.h"

namespace driftcheck {

struct SegmentOptions {
  std::string language;  // BCP 47; empty = guess from the script (see guess_language)
  // Stems kept across documents (stem_memo.h), owned by the caller; none = this document's
  // words are stemmed afresh.
  StemMemo* stems = nullptr;
};

// Splits `text` into sentences (never across a line break) and each sentence into tokens.
// Never fails: any valid UTF-8 yields a Document, possibly with no sentences.
Document segment_text(std::string text, const SegmentOptions& options);

// "en" for Latin script, "ru" for Cyrillic, ... decided by the letters that dominate.
std::string guess_language(std::string_view text);

}  // namespace driftcheck
