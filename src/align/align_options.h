#pragma once
// The alignment's judgements, one plain struct with defaults, apart from align_documents so
// that each part of the stage (zones, similarity, bead search, moves) includes only this:
//
//   AlignOptions options;
//   options.match_threshold = 0.1;          // leave weaker pairs omitted/added
//   Alignment a = align_documents(original, rendition, options);
//
// Every value is a judgement; the comment says why. The configuration file sets a few of
// them ([align] in .driftcheck.toml, see config/config.h).
#include "align/cross_options.h"
#include "core/deadline.h"

namespace driftcheck {

class SynonymMemo;

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

  // --- across languages (cross_language.h, cross_options.h) ------------------------------
  CrossLanguageOptions cross;

  // Checked between the alignment's stages (see core/deadline.h); none by default.
  Deadline deadline;
  // Synonym keys kept across checks (synonym_memo.h), owned by the caller; none by default,
  // and then each check looks its words up afresh.
  SynonymMemo* synonym_memo = nullptr;
};

}  // namespace driftcheck
