#include "drift/detectors.h"

#include <array>

#include "drift/approximator_detector.h"
#include "drift/attribution_detector.h"
#include "drift/broken_sentence_detector.h"
#include "drift/comparative_detector.h"
#include "drift/entity_detector.h"
#include "drift/lexical_detector.h"
#include "drift/misspelling_detector.h"
#include "drift/modality_detector.h"
#include "drift/moved_detector.h"
#include "drift/negation_detector.h"
#include "drift/number_detector.h"
#include "drift/question_detector.h"
#include "drift/rewrite_detector.h"
#include "drift/role_detector.h"
#include "drift/tense_detector.h"

namespace driftcheck {
namespace {

// Numbers, negators and names first: they are facts whatever else happened to the sentence,
// so they are reported even where the rewrite detector then gives up on the words. Below
// rewrite, the detectors that read one kind of word; the lexical fallback last, on what no
// detector claimed (comparatives right before it, which it would otherwise read as words).
constexpr std::array kTable = {
    DetectorRow{.name = "misspelling", .run = detect_misspellings, .on_unchanged = true},
    DetectorRow{.name = "moved", .run = detect_moved, .on_unchanged = true},
    DetectorRow{.name = "number", .run = detect_numbers},
    DetectorRow{.name = "negation", .run = detect_negation},
    DetectorRow{.name = "entity", .run = detect_entities},
    DetectorRow{.name = "role", .run = detect_roles},
    DetectorRow{.name = "rewrite", .run = detect_rewrite, .ends_bead = true},
    DetectorRow{.name = "question", .run = detect_question},
    DetectorRow{.name = "broken_sentence", .run = detect_broken_sentence},
    DetectorRow{.name = "tense", .run = detect_tense, .on_unchanged = true},
    DetectorRow{.name = "modality", .run = detect_modality},
    DetectorRow{.name = "attribution", .run = detect_attribution, .on_unchanged = true},
    DetectorRow{.name = "approximator", .run = detect_approximators},
    DetectorRow{.name = "comparative", .run = detect_comparatives},
    DetectorRow{.name = "lexical", .run = detect_lexical},
};

}  // namespace

std::span<const DetectorRow> detector_table() { return kTable; }

bool unchanged(const BeadView& view) {
  return view.hunks.empty() && view.original.question == view.rendition.question;
}

void run_detectors(BeadView& view, std::vector<Finding>& out) {
  const bool quiet = unchanged(view);
  for (const DetectorRow& row : kTable) {
    if (quiet && !row.on_unchanged) continue;
    const size_t before = out.size();
    row.run(view, out);
    if (row.ends_bead && out.size() > before) return;
  }
}

}  // namespace driftcheck
