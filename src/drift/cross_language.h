#pragma once
// What can be checked when the original and the rendition are in different languages: the
// word diff and every word-level category (substitution, antonym, tense, rewrite) need one
// language, so across languages only these run, per aligned group:
//   - numbers, quantities and dates, by value, each side read with its own language's
//     conventions ("1.000" is a thousand in German, "1,5" one and a half);
//   - names: the same name transliterated ("Путин" / "Putin") or in the other language's
//     usual form ("Moscow" / "Moskau" / "Москва");
//   - a negator, a hedge, a quotation or a question on one side only.
// Omitted and added sentences are found by the alignment as in one language.
// This is the other mode of detect_bead: across languages the detector table (detectors.h)
// does not run. Name spellings and the romanizer are in name_spelling.h.
//
//   CrossLanguage across(original, rendition);
//   if (across.active()) detect_across_languages(across, bead, index, findings);
#include <memory>
#include <string>
#include <vector>

#include "align/alignment.h"
#include "drift/finding.h"
#include "text/document.h"

namespace driftcheck {

// The primary language subtags differ ("en" / "de"; "en-GB" / "en" is one language).
bool different_languages(const Document& original, const Document& rendition);

// Per check: the two documents and a transliteration cache for their names.
class CrossLanguage {
 public:
  CrossLanguage(const Document& original, const Document& rendition);
  ~CrossLanguage();
  CrossLanguage(const CrossLanguage&) = delete;
  CrossLanguage& operator=(const CrossLanguage&) = delete;

  bool active() const { return active_; }
  const Document& original() const { return original_; }
  const Document& rendition() const { return rendition_; }
  // A word in lower-case ASCII letters, whatever its script ("Путина" -> "putina").
  const std::string& romanized(const std::string& folded);

 private:
  struct Romanizer;
  const Document& original_;
  const Document& rendition_;
  bool active_;
  std::unique_ptr<Romanizer> romanizer_;
};

void detect_across_languages(CrossLanguage& across, const Bead& bead, int index,
                             std::vector<Finding>& out);

}  // namespace driftcheck
