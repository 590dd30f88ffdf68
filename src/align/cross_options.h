#pragma once
// Options of the alignment across languages (cross_language.h), a part of AlignOptions:
//
//   AlignOptions options;
//   options.cross.dictionary_dir.clear();   // no dictionary
//
// When the two documents' languages differ, lengths carry the alignment (Gale-Church) and
// features that survive translation refine it (cross_features.h). Every value is a judgement;
// the comment says why.
#include <cstddef>
#include <string>

namespace driftcheck {

struct CrossLanguageOptions {
  // The cross-language path is taken only when the rendition shares fewer of its words with
  // the original than this: translations share 0-0.11 on dev-align and the tests, rewrites
  // in one language 0.6-0.85, so a misdetected language or two close ones keep the
  // same-language path.
  double shared_words = 0.4;
  // Where FreeDict dictionaries in dictd format are (Debian's dict-freedict-*); "" for none.
  std::string dictionary_dir = "/usr/share/dictd";
  // Log prior of each bead shape: in translations nearly every sentence stays one sentence;
  // merges and splits are the next most common. A dropped or added sentence is rare too, but
  // its cost is set against a 1:1 pair with no shared evidence, which across languages is
  // common: at ln 0.02 the path pairs every drop with a neighbouring addition, at ln 0.14 a
  // pair needs a length fit or some shared word to beat them.
  double log_prior_match = -0.16;  // 1:1, ln 0.85
  double log_prior_merge = -3.0;   // 1:2, 2:1, ln 0.05
  double log_prior_wide = -4.6;    // 2:2, 1:3, 3:1, ln 0.01
  double log_prior_null = -2.0;    // 1:0, 0:1
  // Gale-Church's variance of the rendition's length per original character (their 6.8 for
  // European languages; scaled by the documents' length ratio).
  double length_variance = 6.8;
  // The shared-feature evidence: weight / 2 * (cosine - threshold), summed over the bead's
  // sentences, each against the other side's group (twice the pair's cosine for a 1:1).
  // Translations of one sentence share its figures, names and dictionary words; unrelated
  // sentences of one story share little beyond its main names.
  double lexical_weight = 8.0;
  double lexical_threshold = 0.08;
  // Each figure on one side of a bead that its other side lacks (while the other document has
  // it somewhere): translations keep numbers, so such a pair is likely not one sentence.
  double figure_penalty = 1.5;
  // A bead that closes a paragraph on one side only: translations keep paragraphs. Applied
  // only when the two documents have about as many paragraphs.
  double paragraph_penalty = 1.5;
  // Half width of the search band around the documents' diagonal, as a share of the longer
  // side, at least `band_min` sentences; doubled (up to `band_max`) while the best
  // path runs along its edge. Cost is cells times shapes.
  double band_share = 0.05;
  int band_min = 30;
  int band_max = 2000;
  // Cells of the dynamic program at most (about 9 bytes each): bounds time and memory on
  // long inputs, where the band then narrows (a 25,000-sentence pair gets +-40).
  size_t max_cells = 2'000'000;
  // A second pass learns word pairs from the first one's matches (word_links.h
  // learn_links): a pair must occur together in this many beads, with this Dice coefficient.
  // Three beads keep chance pairs of a short article out; 0.3 lets a word with two usual
  // translations pair with both.
  int learn_count = 3;
  double learn_dice = 0.3;
  // Moves (cross_moves.h): a stretch left over on one side is paired
  // out of order with a stretch of the other side when their cosine is at least this, beats
  // what the path gave either of them by `move_margin`, and their lengths (scaled)
  // agree within this factor.
  // High: across languages a pair shares a few names and words at best, and a false move
  // costs an omission and an addition that were right.
  double move_threshold = 0.3;
  double move_margin = 0.25;
  double move_length_ratio = 2.0;
  // ... and they share at least this many distinct features (a figure and a name's two
  // spelling keys, say): two short sentences can reach the cosine on one name alone.
  int move_shared = 3;
  // How far (in sentences) a move may go: an article's whole length, but bounded so that the
  // cost on a book stays linear in its leftovers.
  int move_window = 400;
};

}  // namespace driftcheck
