#pragma once
// Fuzz target: the number parser — segmented text → extract_quantities per sentence and
// over the whole document, compare_quantities between neighbours, is_designation.
//
// Input: byte 0 picks the language (pick_language), the rest is the text.
#include <cmath>
#include <vector>

#include "values/quantity.h"
#include "fuzz/segment_target.h"

namespace driftcheck::fuzz {

inline std::vector<const Token*> token_pointers(const Document& doc, size_t from, size_t to) {
  std::vector<const Token*> out;
  for (size_t i = from; i < to && i < doc.sentences.size(); ++i)
    for (const Token& t : doc.sentences[i].tokens) out.push_back(&t);
  return out;
}

// Segments the input as the CLI would read it; nullopt where decoding would refuse it.
inline std::optional<Document> fuzz_document(const uint8_t* data, size_t size) {
  if (size == 0 || size > kMaxInput) return std::nullopt;
  std::optional<std::string> text = decode_as_utf8(as_view(data + 1, size - 1));
  if (!text) return std::nullopt;
  Document doc = segment_text(std::move(*text), SegmentOptions{pick_language(data[0])});
  if (doc.language.empty()) doc.language = "en";
  return doc;
}

inline std::vector<Quantity> checked_quantities(const std::vector<const Token*>& tokens,
                                                const std::string& language) {
  std::vector<Quantity> found = extract_quantities(tokens, language);
  size_t previous = 0;
  for (const Quantity& q : found) {
    FUZZ_REQUIRE(q.first_token <= q.last_token);
    FUZZ_REQUIRE(q.last_token < tokens.size());
    FUZZ_REQUIRE(q.first_token >= previous);  // in order
    previous = q.first_token;
    FUZZ_REQUIRE(!std::isnan(q.value) && !std::isnan(q.high));
    FUZZ_REQUIRE(valid_utf8(q.text) && valid_utf8(q.unit));
  }
  return found;
}

inline void check_matches(const std::vector<QuantityMatch>& matches, size_t original,
                          size_t rendition) {
  for (const QuantityMatch& m : matches) {
    FUZZ_REQUIRE(m.original >= -1 && m.original < static_cast<int>(original));
    FUZZ_REQUIRE(m.rendition >= -1 && m.rendition < static_cast<int>(rendition));
    FUZZ_REQUIRE(m.original >= 0 || m.rendition >= 0);
    FUZZ_REQUIRE(valid_utf8(m.explanation));
  }
}

inline int quantity(const uint8_t* data, size_t size) {
  const std::optional<Document> doc = fuzz_document(data, size);
  if (!doc) return 0;
  std::vector<Quantity> previous;
  for (size_t i = 0; i < doc->sentences.size(); ++i) {
    const std::vector<const Token*> tokens = token_pointers(*doc, i, i + 1);
    std::vector<Quantity> found = checked_quantities(tokens, doc->language);
    for (size_t t = 0; t < tokens.size(); ++t) (void)is_designation(tokens, t);
    check_matches(compare_quantities(previous, found), previous.size(), found.size());
    previous = std::move(found);
  }
  // An aligned group can be many sentences: the two halves of the document against each other.
  const size_t half = doc->sentences.size() / 2;
  const std::vector<const Token*> first = token_pointers(*doc, 0, half);
  const std::vector<const Token*> second = token_pointers(*doc, half, doc->sentences.size());
  const std::vector<Quantity> a = checked_quantities(first, doc->language);
  const std::vector<Quantity> b = checked_quantities(second, "en");
  check_matches(compare_quantities(a, b), a.size(), b.size());
  return 0;
}

}  // namespace driftcheck::fuzz
