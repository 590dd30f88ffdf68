#pragma once
// What every detector shares: the signature it has in the detector table (detectors.h) and
// the helpers it builds findings with. A detector looks at one bead's word diff (or the whole
// bead), appends findings, and claims the words it explained so that the detectors after it
// (the lexical fallback last) do not report them a second time.
//
//   Finding f = make_finding(view, Category::negation, Severity::critical, ob, oe, rb, re,
//                            quoted(view.original.words[ob].token->text) + " dropped");
//   mark_quote(view, f, ob, oe, rb, re);
//
// Each detector is one file pair, src/drift/NAME_detector.{h,cpp}, tested alone in
// tests/drift/NAME_detector_test.cpp, and one row of the table in detectors.cpp.
#include <string>
#include <string_view>
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

// A detector: reads the view, appends findings to `out`, marks the words it explained in
// view.original.claimed / view.rendition.claimed.
using Detector = void (*)(BeadView& view, std::vector<Finding>& out);

// True if word i is a verb in a finite form ("fired", "targets", "has seen"), not an
// infinitive or a participle after "be" ("to bring", "being required").
bool is_finite_verb(const BeadSide& side, size_t i);

// A finding for words [ob, oe) of the original and [rb, re) of the rendition.
Finding make_finding(const BeadView& view, Category category, Severity severity, size_t ob,
                     size_t oe, size_t rb, size_t re, std::string message);

// The hunk that holds original word `o` (or rendition word `r`); nullptr if it is common.
const Hunk* hunk_of_original(const BeadView& view, size_t o);
const Hunk* hunk_of_rendition(const BeadView& view, size_t r);

// Levenshtein distance in bytes if it is at most `limit`, else limit + 1. Typos and spelling
// variants are one or two edits apart, so callers only ask about small limits, and the band
// around the diagonal keeps the cost at O(limit * length) even for a 30 KB token.
size_t edit_distance_at_most(std::string_view a, std::string_view b, size_t limit);

// True if `adverb` says hearsay with the stem of reporting verb `verb`: "reportedly" for
// "reported", "allegedly" for "alleged".
bool is_hearsay_adverb_of(std::string_view adverb, std::string_view verb);

// "'a'" quoted for messages.
std::string quoted(const std::string& text);

// True if words [b, e) of the side are all inside quotation marks (for an empty range: the
// word at b is).
bool all_quoted(const BeadSide& side, size_t b, size_t e);

// Turns a content change inside quotation marks on both sides into a quote finding (minor at
// most outside a tight bead); an antonym stays an antonym.
void mark_quote(const BeadView& view, Finding& f, size_t ob, size_t oe, size_t rb, size_t re);

}  // namespace driftcheck
