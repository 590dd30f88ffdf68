#pragma once
// Sentence alignment of two renditions of one report.
//
//   Alignment a = align_documents(original, rendition, AlignOptions{});
//   for (const Bead& b : a.beads) if (b.kind == BeadKind::moved) ...
//
// The stages, one file each: zones.h (page chrome), similarity.h (sentence features and
// scores), bead_search.h (candidate band and the monotone dynamic program), moves.h
// (out-of-order matches). Every threshold below is a judgement; the comment says why.
#include <string>

#include "align/alignment.h"
#include "core/deadline.h"

namespace driftcheck {

struct AlignOptions {
  // --- similarity (similarity.h) ---------------------------------------------------------
  // Character n-gram length for spelling variants and transliterations: 4 keeps
  // "aluminium"/"aluminum" and "shagivaleyev"/"shagivaleev" close while two unrelated
  // words rarely share one.
  int char_ngram = 4;
  // Words shorter than this give no n-grams (mostly function words, and too few grams).
  int min_ngram_word = 5;
  // Weight of the n-gram channel against the stem channel. Below 1: a shared stem is
  // stronger evidence than shared fragments; above 0: variants still count.
  double ngram_weight = 0.5;
  // Numbers are the strongest anchors in news text and survive translation.
  double number_weight = 2.0;
  // Capitalised words inside a sentence (names) and quoted words survive paraphrase.
  double name_weight = 1.5;
  // WordNet synonyms (English sides only): a word's synset mates as a weak extra channel,
  // so a paraphrase that swaps words for synonyms still shares weight. Small: WordNet's
  // rare senses link unrelated words too.
  double synonym_weight = 0.4;

  // --- bead search (bead_search.h) -------------------------------------------------------
  // A bead's gain is (sentences in it / 2) * (cosine - match_threshold): pairs less similar
  // than this are better left omitted/added. Unrelated sentence pairs in the same story
  // score 0.05-0.15 with IDF weighting; paraphrases 0.3 and up.
  double match_threshold = 0.08;
  // Extra cosine a merge or split bead (2:1, 1:2) and the wider ones (2:2, 1:3, 3:1) must
  // reach: the cosine of joined sentences rises on its own (their unshared words dilute
  // each other), so two good 1:1 beads must not fuse into a 2:2 for that alone.
  double merge_penalty = 0.1;
  double wide_penalty = 0.18;
  // In a joined side (the two halves of a split, say) every sentence must hold at least this
  // share of the bead's shared weight: a split shares words with the original in both
  // halves, while a short added line next to a match shares none.
  double min_member_share = 0.15;
  // Weight of the length mismatch |log(len_r / (c * len_o))| (Gale-Church's cue), c being
  // the length ratio of the two documents. Small: paraphrase changes lengths a lot, but
  // the cue decides between a 1:2 and a 1:1 when words are shared either way.
  double length_weight = 0.12;
  // Half width of the search band around the anchor path, in sentences. Anchors come from
  // rare shared words; between two anchors the whole rectangle is searched.
  int band_margin = 12;
  // Largest rectangle between anchors searched whole (cells); bigger gaps get a diagonal
  // band of 2 * gap_band + 1 cells per row, so cost stays linear in the input.
  int gap_band = 48;
  int full_gap_cells = 20000;

  // --- moves (moves.h) -------------------------------------------------------------------
  // A leftover omitted sentence is paired with a leftover added one out of order only on
  // strong evidence: cosine at least this and each the other's best.
  double move_threshold = 0.3;
  // A weaker pair (cosine at least this) is a move too when the two share a name or figure
  // and each is the other's best partner in the whole other article.
  double mutual_move_threshold = 0.2;
  // Matches weaker than this are dissolved into omitted + added before moves are sought,
  // so a sentence the monotone path forced onto a poor partner can still be found moved.
  double weak_match = 0.08;
  // A 1:1 match gives its sentence up to a leftover one out of order when that pair is this
  // much more similar (and each is the other's best): the path took a similar neighbour.
  double steal_margin = 0.25;
  // A lone omitted sentence and a lone added one between the same two matches are paired
  // when their lengths (scaled by the documents' ratio) differ by less than this factor.
  double hole_length_ratio = 1.8;
  // Gaps of the path with more leftover sentences than this on a side are left alone: a
  // dropped paragraph and a new one are not a rewording of each other.
  int hole_max = 6;
  // Inside a gap, shared words add this times the cosine to the length fit of a pair, and a
  // 1:2 or 2:1 there must fit this much better than its parts.
  double hole_cosine_weight = 4.0;
  double hole_split_penalty = 0.4;
  // A leftover sentence next to a match joins it when the length mismatch
  // |log(len_r / (c * len_o))| of the match falls by more than this.
  double attach_gain = 0.3;

  // --- zones (zones.h) -------------------------------------------------------------------
  // A line (a sentence alone on its line) with at most this many words and no sentence
  // punctuation is navigation, a label or a button ("Follow", "Related Articles").
  int chrome_max_words = 3;
  // A sentence repeated within this many sentences of its first copy is the page echoing a
  // headline block (the title, then the same title as the article's heading). Repeats
  // farther apart are the writer's own (a refrain, a quote recalled) and stay body.
  int echo_window = 4;
  // Echoes shorter than this many words ("No.", "Yes.") are left alone: short lines repeat
  // in dialogue.
  int echo_min_words = 4;
  // Matches at least this similar define the aligned core of the article; a stretch after
  // it that starts with chrome is page content (teasers, other articles), not the report.
  double core_threshold = 0.25;

  // --- across languages (cross_language.h) ------------------------------------------------
  // When the two documents' languages differ, lengths carry the alignment (Gale-Church) and
  // features that survive translation refine it (cross_features.h).
  // ... but only when the rendition shares fewer of its words with the original than this:
  // translations share 0-0.11 on dev-align and the tests, rewrites in one language 0.6-0.85,
  // so a misdetected language or two close ones keep the same-language path.
  double cross_shared_words = 0.4;
  // Where FreeDict dictionaries in dictd format are (Debian's dict-freedict-*); "" for none.
  std::string dictionary_dir = "/usr/share/dictd";
  // Log prior of each bead shape: in translations nearly every sentence stays one sentence;
  // merges and splits are the next most common. A dropped or added sentence is rare too, but
  // its cost is set against a 1:1 pair with no shared evidence, which across languages is
  // common: at ln 0.02 the path pairs every drop with a neighbouring addition, at ln 0.14 a
  // pair needs a length fit or some shared word to beat them.
  double cross_log_prior_match = -0.16;  // 1:1, ln 0.85
  double cross_log_prior_merge = -3.0;   // 1:2, 2:1, ln 0.05
  double cross_log_prior_wide = -4.6;    // 2:2, 1:3, 3:1, ln 0.01
  double cross_log_prior_null = -2.0;    // 1:0, 0:1
  // Gale-Church's variance of the rendition's length per original character (their 6.8 for
  // European languages; scaled by the documents' length ratio).
  double cross_length_variance = 6.8;
  // The shared-feature evidence: (sentences in the bead / 2) * weight * (cosine - threshold).
  // Translations of one sentence share its figures, names and dictionary words; unrelated
  // sentences of one story share little beyond its main names.
  double cross_lexical_weight = 8.0;
  double cross_lexical_threshold = 0.08;
  // Each figure on one side of a bead that its other side lacks (while the other document has
  // it somewhere): translations keep numbers, so such a pair is likely not one sentence.
  double cross_figure_penalty = 1.5;
  // A bead that closes a paragraph on one side only: translations keep paragraphs. Applied
  // only when the two documents have about as many paragraphs.
  double cross_paragraph_penalty = 1.5;
  // Half width of the search band around the documents' diagonal, as a share of the longer
  // side, at least `cross_band_min` sentences; doubled (up to `cross_band_max`) while the best
  // path runs along its edge. Cost is cells times shapes.
  double cross_band_share = 0.05;
  int cross_band_min = 30;
  int cross_band_max = 2000;
  // Cells of the dynamic program at most (about 9 bytes each): bounds time and memory on
  // long inputs, where the band then narrows (a 25,000-sentence pair gets +-40).
  size_t cross_max_cells = 2'000'000;
  // A second pass learns word pairs from the first one's matches (cross_features.h
  // learn_links): a pair must occur together in this many beads, with this Dice coefficient.
  // Three beads keep chance pairs of a short article out; 0.3 lets a word with two usual
  // translations pair with both.
  int cross_learn_count = 3;
  double cross_learn_dice = 0.3;
  // Moves (cross_language.cpp find_cross_moves): a stretch left over on one side is paired
  // out of order with a stretch of the other side when their cosine is at least this, beats
  // what the path gave either of them by `cross_move_margin`, and their lengths (scaled)
  // agree within this factor.
  // High: across languages a pair shares a few names and words at best, and a false move
  // costs an omission and an addition that were right.
  double cross_move_threshold = 0.3;
  double cross_move_margin = 0.25;
  double cross_move_length_ratio = 2.0;
  // ... and they share at least this many distinct features (a figure and a name's two
  // spelling keys, say): two short sentences can reach the cosine on one name alone.
  int cross_move_shared = 3;
  // How far (in sentences) a move may go: an article's whole length, but bounded so that the
  // cost on a book stays linear in its leftovers.
  int cross_move_window = 400;

  // Checked between the alignment's stages (see core/deadline.h); none by default.
  Deadline deadline;
};

// Beads covering every body sentence of both sides exactly once, and each sentence's zone.
// Deterministic; no shared state, so pairs may be aligned on many threads at once.
Alignment align_documents(const Document& original, const Document& rendition,
                          const AlignOptions& options);

}  // namespace driftcheck
