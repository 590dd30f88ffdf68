#pragma once
// The detectors that judge one bead's word diff. Each looks at the hunks (or the whole bead),
// appends findings, and claims the words it explained so that the lexical fallbacks
// (substitution, omission, addition) do not report them a second time.
//
//   BeadView view = make_bead_view(original, rendition, bead, i);
//   std::vector<Finding> out;
//   detect_negation(view, out);  // then entities, modality, ..., detect_lexical last
//
// Detectors run in the order detect.cpp lists them; each is tested alone in
// tests/drift/<name>_detector_test.cpp.
#include <string>
#include <string_view>
#include <vector>

#include "drift/bead_view.h"
#include "drift/finding.h"

namespace driftcheck {

using Detector = void (*)(BeadView& view, std::vector<Finding>& out);

// One aligned group reworded beyond what a word diff explains, or its words scrambled: one
// major finding, and every word claimed. Returns true when it reported.
bool detect_rewrite(BeadView& view, std::vector<Finding>& out);
// Statement turned into a question or back.
void detect_question(BeadView& view, std::vector<Finding>& out);
// A determiner or preposition left hanging before a full stop or comma: a word was cut out.
void detect_broken_sentence(BeadView& view, std::vector<Finding>& out);
// Numbers whose value changed, or that were dropped or added.
void detect_numbers(BeadView& view, std::vector<Finding>& out);
// Negators (not, never, no, without, fail to, unable ...) added or dropped: polarity counts.
void detect_negation(BeadView& view, std::vector<Finding>& out);
// Names changed, dropped or added (tolerating case, hyphens, abbreviation); gender flips.
void detect_entities(BeadView& view, std::vector<Finding>& out);
// Hedges and certainty markers added, dropped or changed in strength.
void detect_modality(BeadView& view, std::vector<Finding>& out);
// Reporting verbs and sources dropped, added or changed in stance.
void detect_attribution(BeadView& view, std::vector<Finding>& out);
// Approximators (about, almost, more than) and quantifiers (some, all, few) changed.
void detect_approximators(BeadView& view, std::vector<Finding>& out);
// Verb tense changed (announced -> announces, is -> was, are -> will be).
void detect_tense(BeadView& view, std::vector<Finding>& out);
// What is left of each hunk: antonyms, substitutions, dropped or added content words, and
// harmless changes (synonyms, spelling variants, typos, repeated words) at info.
void detect_lexical(BeadView& view, std::vector<Finding>& out);
// The misspellings make_bead_view compared as the words they misspell, at info (format).
void detect_misspellings(const BeadView& view, std::vector<Finding>& out);

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

// "'a'" quoted for messages.
std::string quoted(const std::string& text);

}  // namespace driftcheck
