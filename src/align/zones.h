#pragma once
// Page chrome: which sentences are the report and which are the page around it (navigation,
// share buttons, teasers, comment widgets, app banners, other articles). Every judgement of
// chrome is made here; later stages read it from the Alignment.
//
//   std::vector<bool> chrome = chrome_sentences(doc, options);      // before alignment
//   std::vector<bool> outside = outside_core(chrome, strength);      // after it
//   mark_unmatched_chrome(original, rendition, alignment);           // once beads are final
//
// Two kinds of evidence: what a line looks like (short, no sentence punctuation, link-like,
// no letters, a repeated label) and where the aligned core of the article lies. Two kinds of
// chrome: a label (up to chrome_max_words words) is chrome on its own and becomes boilerplate;
// a menu line (up to kMenuLineMaxWords) is chrome only among other unmatched short lines, and
// stays in the body so that its omission is still reported, at info.
#include <vector>

#include "align/align_options.h"
#include "align/alignment.h"
#include "text/document.h"

namespace driftcheck {

// A standalone line of more words than a label, without a full stop, is page chrome only
// among other unmatched short lines ("National security", "Try Our AI Features"): alone,
// it is as likely a heading.
inline constexpr size_t kMenuLineMaxWords = 8;

// True if the last punctuation of the sentence, after its last word, is '.' or '!'; a heading
// or a menu line has none.
bool ends_with_full_stop(const Sentence& s);

// True if the sentence ends with sentence punctuation (or a closing quote or bracket after
// its last word), not with a word or figure as labels, headings and menu lines do.
bool ends_like_a_sentence(const Sentence& s);

// True for each sentence that looks like page chrome on its own: a line alone with at most
// `chrome_max_words` words and no sentence punctuation, a line without letters, a link, a
// second copy of a label line, a sentence that echoes one just before it (a headline block
// printed twice by the page).
std::vector<bool> chrome_sentences(const Document& doc, const AlignOptions& options);

// Sentences outside the article's core: `strength[k]` is the similarity of sentence k's
// match (0 if unmatched). The core is the largest run of strong matches (>= core_threshold)
// not broken by chrome; after it, everything from the first chrome sentence on is page
// content, as is everything before it up to the last chrome sentence that precedes a
// stretch of unmatched text. Chrome sentences are always outside.
std::vector<bool> outside_core(const std::vector<bool>& chrome, const std::vector<double>& strength,
                               const AlignOptions& options);

// Fills alignment.unmatched_chrome: sentences of omitted (original) or added (rendition)
// beads that are menu lines — standalone, at most kMenuLineMaxWords words, no full stop,
// comma, semicolon or question mark, no colon before the end — next to another such line or
// to boilerplate, and not right before a body sentence that is aligned (which they head).
void mark_unmatched_chrome(const Document& original, const Document& rendition,
                           Alignment& alignment);

}  // namespace driftcheck
