// Modality: hedges (seem, may, reportedly ...) and certainty markers (will, clearly ...) in
// the changed words of a bead. A hedge dropped turns an impression into a fact; a hedge of
// another strength or a conditional turned future ("would" -> "will") shifts the claim less.
#include "drift/modality_detector.h"

#include <algorithm>

#include "drift/detector.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

int strength(std::string_view attribute) {
  if (attribute == "strong") return 3;
  if (attribute == "medium") return 2;
  return 1;  // weak, or unspecified
}

struct Marker {
  size_t at = 0, length = 0;
  int strength = 0;
  bool hedge = true;
};

// The strongest hedge and certainty marker among the changed, unclaimed words of one side.
void changed_markers(const BeadView& view, bool original_side, std::vector<Marker>& out) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  const WordList& hedges = word_list(view.language, WordListKind::hedges);
  const WordList& certainty = word_list(view.language, WordListKind::certainty);
  for (size_t i = 0; i < side.words.size();) {
    const bool in_hunk =
        (original_side ? hunk_of_original(view, i) : hunk_of_rendition(view, i)) != nullptr;
    size_t length = 0;
    const WordListEntry* e = nullptr;
    bool hedge = true;
    if (in_hunk && !side.claimed[i]) {
      e = hedges.match(side.folded, i, &length);
      if (!e) {
        e = certainty.match(side.folded, i, &length);
        hedge = false;
      }
    }
    if (!e) {
      ++i;
      continue;
    }
    out.push_back({i, length, strength(e->attribute), hedge});
    i += length;
  }
}

int max_strength(const std::vector<Marker>& ms, bool hedge) {
  int best = 0;
  for (const Marker& m : ms)
    if (m.hedge == hedge) best = std::max(best, m.strength);
  return best;
}

const Marker* strongest(const std::vector<Marker>& ms, bool hedge) {
  const Marker* best = nullptr;
  for (const Marker& m : ms)
    if (m.hedge == hedge && (!best || m.strength > best->strength)) best = &m;
  return best;
}

bool is_modal(std::string_view w) {
  static constexpr std::string_view kModals[] = {"may", "might", "can", "could", "would"};
  return std::find(std::begin(kModals), std::end(kModals), w) != std::end(kModals);
}

std::string text_of(const BeadSide& side, const Marker* m) {
  return m ? words_text(side, m->at, m->at + m->length) : std::string();
}

}  // namespace

void detect_modality(BeadView& view, std::vector<Finding>& out) {
  std::vector<Marker> o, r;
  changed_markers(view, true, o);
  changed_markers(view, false, r);
  if (o.empty() && r.empty()) return;

  const int oh = max_strength(o, true), rh = max_strength(r, true);
  const int oc = max_strength(o, false), rc = max_strength(r, false);
  const Marker* om = strongest(o, oh >= rh ? true : false);
  const Marker* rm = strongest(r, oh >= rh ? false : true);
  if (!om) om = strongest(o, oh > 0);
  if (!rm) rm = strongest(r, rh > 0);
  if (!om && !o.empty()) om = &o.front();
  if (!rm && !r.empty()) rm = &r.front();

  auto range = [&](const Marker* m, bool original_side, size_t& b, size_t& e) {
    if (m) {
      b = m->at, e = m->at + m->length;
      return;
    }
    // A point where the other side's marker was: the hunk of the other marker.
    const Marker* other = original_side ? rm : om;
    const Hunk* h = other ? (original_side ? hunk_of_rendition(view, other->at)
                                           : hunk_of_original(view, other->at))
                          : nullptr;
    b = e = 0;
    if (h) {
      b = original_side ? h->o_begin : h->r_begin;
      e = original_side ? h->o_end : h->r_end;
    }
  };
  size_t ob, oe, rb, re;
  range(om, true, ob, oe);
  range(rm, false, rb, re);
  const std::string ot = text_of(view.original, om), rt = text_of(view.rendition, rm);

  Severity severity = Severity::minor;
  std::string message;
  // "It is reported that" / "reportedly", "alleged" / "allegedly": hearsay said by a verb on
  // one side and by its adverb on the other is the same hearsay.
  auto said_by_verb = [&](const Marker* m, const BeadSide& side, const BeadSide& other) {
    if (!m || m->length != 1) return false;
    return std::any_of(other.words.begin(), other.words.end(), [&](const Word& w) {
      return is_hearsay_adverb_of(side.words[m->at].folded, w.folded);
    });
  };
  // "suspected of stealing" / "on suspicion of stealing": the hedge said by a word of its stem.
  auto said_by_derived = [&](const Marker* m, const BeadSide& side, const BeadSide& other) {
    if (!m || m->length != 1) return false;
    const Word& hedge = side.words[m->at];
    return std::any_of(other.words.begin(), other.words.end(), [&](const Word& w) {
      return w.content && w.key != hedge.key &&
             static_cast<WordRelation>(cached_relate_common(view.lexicon, hedge.folded,
                                                            w.folded)) == WordRelation::derivation;
    });
  };
  const bool same_hearsay = (rh > oh && (said_by_verb(rm, view.rendition, view.original) ||
                                         said_by_derived(rm, view.rendition, view.original))) ||
                            (oh > rh && (said_by_verb(om, view.original, view.rendition) ||
                                         said_by_derived(om, view.original, view.rendition)));
  if (same_hearsay) severity = Severity::info;
  if (oh > rh) {
    // Hedge dropped or weakened.
    if (rh == 0 && (oh >= 2 || view.tight)) severity = Severity::major;
    // Appearance or hearsay reduced to a mere estimate: "seemed to embrace" -> "estimates ...
    // approved". One modal for another ("may block" -> "can inhibit") still leaves a
    // possibility, not a fact.
    const bool modal_for_modal = om && rm && om->length == 1 && rm->length == 1 &&
                                 is_modal(view.original.words[om->at].folded) &&
                                 is_modal(view.rendition.words[rm->at].folded);
    if (oh >= 2 && rh <= 1 && !modal_for_modal) severity = Severity::major;
    if (rh == 0 && rc > 0)
      message = quoted(ot) + " became " + quoted(rt) + ": a hedged statement became a certain one";
    else if (rh == 0)
      message = "hedge " + quoted(ot) +
                " dropped: what the original presents as uncertain is "
                "now stated as fact";
    else
      message = quoted(ot) + " became " + quoted(rt) + ": the hedge changed strength";
  } else if (rh > oh) {
    if (oc > 0)
      message = quoted(ot) + " became " + quoted(rt) + ": a certain statement became a hedged one";
    else if (oh == 0)
      message = "hedge " + quoted(rt) + " added: the rendition doubts what the original states";
    else
      message = quoted(ot) + " became " + quoted(rt) + ": the hedge changed strength";
  } else if (oc != rc) {
    message = oc > rc ? "certainty " + quoted(ot) + " dropped or weakened"
                      : "certainty " + quoted(rt) +
                            " added: the rendition is surer than the "
                            "original";
  } else {
    // Same strength on both sides: "may" -> "could", "is going to" -> "will". Single words
    // stay unclaimed for the lexical detector, which knows "likely" -> "unlikely" as opposites.
    for (const Marker& m : o)
      if (m.length > 1)
        for (size_t k = m.at; k < m.at + m.length; ++k) view.original.claimed[k] = true;
    for (const Marker& m : r)
      if (m.length > 1)
        for (size_t k = m.at; k < m.at + m.length; ++k) view.rendition.claimed[k] = true;
    return;
  }
  if (same_hearsay) {
    severity = Severity::info;
    message = quoted(oh > rh ? ot : rt) + (oh > rh ? " dropped" : " added") +
              ": the other text says it with a word of the same stem, the same hedge";
  }
  for (const Marker& m : o)
    for (size_t k = m.at; k < m.at + m.length; ++k) view.original.claimed[k] = true;
  for (const Marker& m : r)
    for (size_t k = m.at; k < m.at + m.length; ++k) view.rendition.claimed[k] = true;
  // In a sentence otherwise kept, a modality change is the one deliberate edit: "must" ->
  // "may", "will build" -> "built".
  if (view.tight && severity != Severity::info) severity = Severity::major;
  Finding f = make_finding(view, Category::modality, severity, ob, oe, rb, re, std::move(message));
  f.evidence.emplace_back("strength", "hedge " + std::to_string(oh) + " -> " + std::to_string(rh) +
                                          ", certainty " + std::to_string(oc) + " -> " +
                                          std::to_string(rc));
  out.push_back(std::move(f));
}

}  // namespace driftcheck
