#pragma once
// Evidence that words one side of an aligned group drops or adds are said another way by the
// other side: reworded elsewhere in the group, said with a support verb, an idiom, a pronoun's
// referent, a prefix. The dropped-words rules (dropped_words.h) lower a run's severity on it.
//
//   if (said_with_support_verb(view, /*original_side=*/true, run, hunk)) severity = minor;
#include <cstddef>
#include <vector>

#include "drift/bead_view.h"

namespace driftcheck {

// Words a translator adds or drops with the wording, not the facts ("came", "way", "make"),
// and support verbs of a noun phrase ("gave its approval" / "approved").
bool only_light(const BeadSide& side, const std::vector<size_t>& idx);

// "sensors used for intelligence" / "sensors for intelligence": "used" after a noun and before
// the purpose it serves says nothing the preposition does not. After an auxiliary ("has been
// used in greenhouses") it is the verb of the clause.
bool used_for_purpose(const BeadSide& side, const std::vector<size_t>& idx);

// A lone word the other text uses elsewhere with the same neighbour ("Shahed attack drones"
// where the original said "attack drone" two paragraphs up): a description the reader has
// from the other text, not information lost or invented.
bool said_elsewhere(const BeadView& view, bool original_side, size_t i);

// The run is said again, reworded, among the other side's changed words: "grew faster than
// expected" / "In the third quarter, ... expanded more quickly than forecast", "have become
// endangered" / "are in danger of extinction". At least half of the run's content words have
// a synonym or near word there, and at most one noun or verb has none.
// With `synonyms_only`, only words WordNet calls the same count, not near ones.
bool reworded_elsewhere(const BeadView& view, bool original_side, const std::vector<size_t>& idx,
                        bool synonyms_only = false);

// Two things (nouns) in a run that the other side names nowhere and the run's side names only
// there are news of their own ("of animal and bird species"), however loosely the rest is
// worded.
inline constexpr size_t kMaxUnsaidNames = 2;
bool names_unsaid_things(const BeadView& view, bool original_side, const std::vector<size_t>& idx);

// Word i is the verb of a phrasal verb whose particle the other side kept, merged into one
// verb of the same sense: "shot down" / "downed" (the diff pairs "down" with "downed").
bool phrasal_merged(const BeadView& view, bool original_side, size_t i);

// A lone support verb whose noun the other side says as a verb: "gave its approval" /
// "approved", "made a decision" / "decided". The noun follows within three words.
bool support_verb_of_kept_noun(const BeadView& view, bool original_side,
                               const std::vector<size_t>& idx);

// Added words that name what a pronoun of the original's hunk pointed to: "it is now a port" /
// "the place is now a port", "he said" / "the minister said". The referent is made explicit,
// not added.
bool names_pronoun(const BeadView& view, bool original_side, const std::vector<size_t>& idx,
                   const Hunk& h);

// A lone word whose hunk on the other side holds only function words among them a form of
// "be", "have" or "do": the same thing said with a support verb ("finished the bridge" /
// "were done with the bridge", "the presence of a team" / "having a team").
bool said_with_support_verb(const BeadView& view, bool original_side,
                            const std::vector<size_t>& idx, const Hunk& h);

// "for three consecutive months" / "for three months in a row": the idiom says the word.
bool said_as_in_a_row(const BeadView& view, bool original_side, const std::vector<size_t>& idx);

// "again" where the other side says it by the prefix "re-": "will open again" / "will reopen".
// The other side's word is "re" and a word of this side ("reopen" / "open").
bool said_by_re_prefix(const BeadView& view, bool original_side, const std::vector<size_t>& idx);

// A word of the other side that negates by a prefix the stem of one of the run's words:
// "uninterrupted" for "interruptions", "unable" for "ability".
bool negative_stem_elsewhere(const BeadView& view, bool original_side,
                             const std::vector<size_t>& idx);

// A lone noun that makes a compound with the kept word before it, where the compound names
// what the kept word alone does: "the railway" / "the railway line" (WordNet or the German
// pivot table puts the two together).
bool completes_compound(const BeadView& view, bool original_side, const std::vector<size_t>& idx);

// "in the year 2019" / "in 2019", "an 84-year-old" / "84": the word says what the figure
// beside it already is.
bool names_the_figure(const BeadSide& side, const std::vector<size_t>& idx);

}  // namespace driftcheck
