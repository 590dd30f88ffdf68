// Tense: the same verb in another tense ("announced" -> "announces"), or auxiliaries that
// move the clause in time ("is" -> "was", "are" -> "will be", "have" -> "had").
#include "drift/tense_detector.h"

#include <algorithm>

#include "drift/detector.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

enum class Tense { none, present, past, future };

const char* name(Tense t) {
  switch (t) {
    case Tense::present:
      return "present";
    case Tense::past:
      return "past";
    case Tense::future:
      return "future";
    case Tense::none:
      break;
  }
  return "";
}

Tense auxiliary_tense(std::string_view w) {
  static constexpr std::string_view present[] = {"is", "are", "am", "has", "have", "do", "does"};
  static constexpr std::string_view past[] = {"was", "were", "had", "did"};
  static constexpr std::string_view future[] = {"will", "shall", "'ll"};
  auto in = [w](const auto& list) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
  };
  if (in(present)) return Tense::present;
  if (in(past)) return Tense::past;
  if (in(future)) return Tense::future;
  return Tense::none;
}

// The tense a verb form shows by itself: "announced"/"spoke" past, "announces"/"speak" present.
Tense verb_tense(std::string_view w) {
  const WordNet& wn = WordNet::embedded();
  if (!wn.knows(w, PartOfSpeech::verb)) return Tense::none;
  if (w.ends_with("ing")) return Tense::none;
  const std::vector<std::string> bases = wn.base_forms(w, PartOfSpeech::verb);
  if (bases.empty()) return Tense::none;
  if (bases.front() == w) return Tense::present;
  const std::string& base = bases.front();
  if (w.ends_with("s") && w.size() <= base.size() + 2) return Tense::present;
  return Tense::past;  // "-ed" or an irregular past ("spoke", "began")
}

// The tense of `w` as a form of `lemma`: the lemma itself or its "-s" form is present, any
// other form past.
Tense tense_of_lemma(std::string_view w, std::string_view lemma) {
  if (w == lemma || (w.ends_with("s") && w.size() <= lemma.size() + 2 && w.starts_with(lemma)))
    return Tense::present;
  return Tense::past;
}

}  // namespace

constexpr double kTenseMinOverlap = 0.5;

bool is_finite_verb(const BeadSide& side, size_t i) {
  const Word& w = side.words[i];
  if (!w.content || w.capitalized) return false;
  if (verb_tense(w.folded) == Tense::none) return false;
  if (i == 0) return true;
  static constexpr std::string_view kNonFinite[] = {
      "to", "be", "being", "been", "is", "are", "was", "were", "will", "would", "can", "could",
      "may", "might", "should", "must", "shall", "the", "a", "an", "of", "and", "or", "but",
      // "did not attend": the negated verb is the bare form after "do", not a present.
      "not", "n't"};
  const std::string& before = side.words[i - 1].folded;
  if (std::find(std::begin(kNonFinite), std::end(kNonFinite), before) != std::end(kNonFinite))
    return false;
  // "did not often speak", "does really matter": the bare verb after "do" and an adverb.
  static constexpr std::string_view kDo[] = {"do", "does", "did"};
  auto is_do = [&](size_t k) {
    return std::find(std::begin(kDo), std::end(kDo), side.words[k].folded) != std::end(kDo);
  };
  auto adverb = [&](size_t k) {
    const std::string& w = side.words[k].folded;
    return w == "not" || w == "n't" || w.ends_with("ly") || w == "often" || w == "ever" ||
           w == "never" || w == "always" || w == "even" || w == "also" || w == "still" ||
           w == "just";
  };
  constexpr int kAdverbsBetween = 2;
  size_t first = i;
  for (int n = 0; n < kAdverbsBetween && first > 0 && adverb(first - 1); ++n) --first;
  if (first > 0 && is_do(first - 1)) return false;
  // A noun after a name that an indefinite article opens: "a Wall Street Journal report".
  // ("The BBC reports" may be a verb; a subject name with "a" rarely is.)
  size_t k = i;
  while (k > 0 && side.words[k - 1].capitalized && !side.words[k - 1].sentence_initial) --k;
  if (k < i && k > 0 && (side.words[k - 1].folded == "a" || side.words[k - 1].folded == "an"))
    return false;
  return true;
}

namespace {

// "will build" -> "built", "built" -> "is going to build": one verb told as a plan on one side
// and as done on the other, where the side that tells it done has no auxiliary to compare.
// `verb_at` is the governed verb of the planning side; the other side's past form of the same
// lemma is looked for in the hunk.
bool plan_against_deed(BeadView& view, const Hunk& h, bool planned_in_original, size_t aux,
                       size_t verb_at, Severity severity, std::vector<Finding>& out) {
  BeadSide& planned = planned_in_original ? view.original : view.rendition;
  BeadSide& done = planned_in_original ? view.rendition : view.original;
  if (verb_at >= planned.words.size() || planned.claimed[verb_at]) return false;
  const WordNet& wn = WordNet::embedded();
  const std::string& verb = planned.words[verb_at].folded;
  if (verb_tense(verb) != Tense::present) return false;
  const size_t b = planned_in_original ? h.r_begin : h.o_begin;
  const size_t e = planned_in_original ? h.r_end : h.o_end;
  // The done side's verb may also be the diff's partner of the planned verb: "is set to open"
  // / "opened" keeps "open" ~ "opened" as one word and leaves "is set to" as the hunk.
  std::vector<size_t> candidates;
  for (size_t d = b; d < e; ++d) candidates.push_back(d);
  for (auto [o, r] : view.common)
    if ((planned_in_original ? o : r) == verb_at) candidates.push_back(planned_in_original ? r : o);
  for (size_t d : candidates) {
    if (done.claimed[d] || !is_finite_verb(done, d) ||
        verb_tense(done.words[d].folded) != Tense::past)
      continue;
    const std::vector<std::string> bases = wn.base_forms(done.words[d].folded, PartOfSpeech::verb);
    if (std::find(bases.begin(), bases.end(), verb) == bases.end()) continue;
    planned.claimed[aux] = planned.claimed[verb_at] = done.claimed[d] = true;
    const std::string plan = words_text(planned, aux, verb_at + 1);
    const std::string deed = quoted(done.words[d].token->text);
    const size_t ob = planned_in_original ? aux : d, oe = planned_in_original ? verb_at + 1 : d + 1;
    const size_t rb = planned_in_original ? d : aux, re = planned_in_original ? d + 1 : verb_at + 1;
    Finding f = make_finding(
        view, Category::substitution, severity, ob, oe, rb, re,
        planned_in_original
            ? quoted(plan) + " became " + deed +
                  ": the tense changed (future -> past), so a plan is told as done"
            : deed + " became " + quoted(plan) +
                  ": the tense changed (past -> future), so what was done is told as a plan");
    f.evidence.emplace_back("tense", planned_in_original ? "future -> past" : "past -> future");
    out.push_back(std::move(f));
    return true;
  }
  return false;
}

}  // namespace

void detect_tense(BeadView& view, std::vector<Finding>& out) {
  // The same verb in another tense shifts when the event happens; in a close rendition that is
  // a deliberate change even among other rewording.
  const Severity severity = view.tight ? Severity::major : Severity::minor;
  const Severity verb_severity = view.overlap >= kTenseMinOverlap ? Severity::major : severity;
  // Reported speech shifts tenses back: "the chief said the project marked ..." for "marks".
  const WordList& reporting = word_list(view.language, WordListKind::reporting_verbs);
  auto reported_before = [&](size_t r) {
    for (size_t k = 0; k < r; ++k)
      if (reporting.find(view.rendition.words[k].folded) &&
          verb_tense(view.rendition.words[k].folded) == Tense::past)
        return true;
    return false;
  };
  // A clause that a past verb of saying or knowing governs through "that" ("concluded that 66%
  // used" / "use", "had no idea that this was" / "is"): either tense tells the same time, on
  // whichever side the governing verb stands.
  auto governed_by_past = [&](const BeadSide& side, size_t k) {
    constexpr size_t kVerbBeforeThat = 5;
    for (size_t j = 0; j < k; ++j) {
      if (side.words[j].sentence != side.words[k].sentence) continue;
      const std::string& w = side.words[j].folded;
      if (reporting.find(w) && verb_tense(w) == Tense::past) return true;
      if (w != "that") continue;
      for (size_t i = j > kVerbBeforeThat ? j - kVerbBeforeThat : 0; i < j; ++i)
        if (side.words[i].sentence == side.words[k].sentence &&
            (auxiliary_tense(side.words[i].folded) == Tense::past ||
             (side.words[i].content && verb_tense(side.words[i].folded) == Tense::past &&
              is_finite_verb(side, i))))
          return true;
    }
    return false;
  };
  auto sequence_of_tenses = [&](Tense ta, Tense tb, size_t oi, size_t ri) {
    const bool past_present =
        (ta == Tense::past && tb == Tense::present) || (ta == Tense::present && tb == Tense::past);
    return past_present &&
           (governed_by_past(view.original, oi) || governed_by_past(view.rendition, ri));
  };
  // Words oi and ri in tenses ta and tb, one finding. `otherwise` ends the message where no
  // past verb governs the clause.
  auto report_tense = [&](size_t oi, size_t ri, Tense ta, Tense tb, bool backshift,
                          std::string_view otherwise) {
    const bool governed = sequence_of_tenses(ta, tb, oi, ri);
    Finding f = make_finding(
        view, Category::substitution,
        governed    ? Severity::minor
        : backshift ? severity
                    : verb_severity,
        oi, oi + 1, ri, ri + 1,
        quoted(view.original.words[oi].token->text) + " became " +
            quoted(view.rendition.words[ri].token->text) + ": the tense changed (" + name(ta) +
            " -> " + name(tb) + ")" +
            std::string(governed ? ", in a clause a past verb governs, where either tense can "
                                   "tell the same time"
                                 : otherwise));
    f.evidence.emplace_back("tense", std::string(name(ta)) + " -> " + name(tb));
    out.push_back(std::move(f));
  };
  constexpr std::string_view kTimeChanged = ", so the time of the event changed";
  // Same verb, another tense.
  for (auto [oi, ri] : view.common) {
    const Word& a = view.original.words[oi];
    const Word& b = view.rendition.words[ri];
    if (a.folded == b.folded || !a.content || a.capitalized != b.capitalized) continue;
    // A verb on one side only: "before it crashed" / "before the crash", "only to abandon" /
    // "they abandoned", "a report" / "reported". The form changed, not the time.
    if (!is_finite_verb(view.original, oi) || !is_finite_verb(view.rendition, ri)) continue;
    const Tense ta = verb_tense(a.folded), tb = verb_tense(b.folded);
    if (ta == Tense::none || tb == Tense::none || ta == tb) continue;
    // A past participle after "have"/"be" is not a past tense ("has changed" / "changes").
    if (oi > 0 && auxiliary_tense(view.original.words[oi - 1].folded) != Tense::none) continue;
    if (ri > 0 && auxiliary_tense(view.rendition.words[ri - 1].folded) != Tense::none) continue;
    const bool backshift = ta == Tense::present && tb == Tense::past && reported_before(ri);
    report_tense(oi, ri, ta, tb, backshift, kTimeChanged);
  }
  // Irregular forms differ in stem, so the diff shows them as a replaced word: "spoke" ->
  // "speaks", "went" -> "goes". The same verb lemma on both sides in another tense.
  const WordNet& wn = WordNet::embedded();
  for (const Hunk& h : view.hunks) {
    if (h.o_end - h.o_begin != 1 || h.r_end - h.r_begin != 1) continue;
    const size_t oi = h.o_begin, ri = h.r_begin;
    if (view.original.claimed[oi] || view.rendition.claimed[ri]) continue;
    if (!is_finite_verb(view.original, oi) || !is_finite_verb(view.rendition, ri)) continue;
    const Word& a = view.original.words[oi];
    const Word& b = view.rendition.words[ri];
    if (verb_tense(a.folded) == Tense::none || verb_tense(b.folded) == Tense::none) continue;
    const std::vector<std::string> ba = wn.base_forms(a.folded, PartOfSpeech::verb);
    const std::vector<std::string> bb = wn.base_forms(b.folded, PartOfSpeech::verb);
    const auto shared = std::find_if(ba.begin(), ba.end(), [&](const std::string& x) {
      return std::find(bb.begin(), bb.end(), x) != bb.end();
    });
    if (shared == ba.end()) continue;
    // The tense as a form of the lemma both share: "found" is a verb of its own ("to found"),
    // but beside "find" it is find's past.
    const Tense ta = tense_of_lemma(a.folded, *shared), tb = tense_of_lemma(b.folded, *shared);
    if (ta == tb) continue;
    const bool backshift = ta == Tense::present && tb == Tense::past && reported_before(ri);
    view.original.claimed[oi] = view.rendition.claimed[ri] = true;
    report_tense(oi, ri, ta, tb, backshift, kTimeChanged);
  }
  // "is going to build" is a future, as "will build" is (modality reads "going to" as
  // certainty, as it reads "will"); so are "is expected to", "is set to", "is due to".
  auto going_to = [](const BeadSide& side, size_t k) {
    static constexpr std::string_view kPresentBe[] = {"is", "are", "am", "'s", "'re", "'m"};
    static constexpr std::string_view kAhead[] = {"going",     "expected", "set",   "due",
                                                  "scheduled", "about",    "poised"};
    // "The museum is to reopen": "be to" before a verb is a plan too.
    if (k + 2 < side.words.size() && side.words[k + 1].folded == "to" &&
        side.words[k + 2].content &&
        WordNet::embedded().knows(side.words[k + 2].folded, PartOfSpeech::verb) &&
        std::find(std::begin(kPresentBe), std::end(kPresentBe), side.words[k].folded) !=
            std::end(kPresentBe))
      return true;
    if (k + 2 >= side.words.size() ||
        std::find(std::begin(kAhead), std::end(kAhead), side.words[k + 1].folded) ==
            std::end(kAhead) ||
        side.words[k + 2].folded != "to" ||
        std::find(std::begin(kPresentBe), std::end(kPresentBe), side.words[k].folded) ==
            std::end(kPresentBe))
      return false;
    return true;
  };
  auto aux = [&](const BeadSide& side, size_t k) {
    return going_to(side, k) ? Tense::future : auxiliary_tense(side.words[k].folded);
  };
  // Auxiliaries.
  for (const Hunk& h : view.hunks) {
    Tense ta = Tense::none, tb = Tense::none;
    size_t oa = h.o_begin, rb = h.r_begin;
    for (size_t o = h.o_begin; o < h.o_end && ta == Tense::none; ++o)
      if (!view.original.claimed[o]) ta = aux(view.original, o), oa = o;
    for (size_t r = h.r_begin; r < h.r_end; ++r) {
      if (view.rendition.claimed[r]) continue;
      const Tense t = aux(view.rendition, r);
      if (t == Tense::none) continue;
      if (tb == Tense::none || t == Tense::future) tb = t, rb = r;
    }
    if ((ta == Tense::future && tb == Tense::none) || (tb == Tense::future && ta == Tense::none)) {
      const bool planned_in_original = ta == Tense::future;
      const BeadSide& side = planned_in_original ? view.original : view.rendition;
      const size_t at = planned_in_original ? oa : rb;
      const size_t verb_at = at + (going_to(side, at) ? 3 : 1);
      plan_against_deed(view, h, planned_in_original, at, verb_at, verb_severity, out);
      continue;
    }
    if (ta == Tense::none || tb == Tense::none || ta == tb) continue;
    view.original.claimed[oa] = view.rendition.claimed[rb] = true;
    // The present perfect tells of the past too: "were made" / "have been made".
    auto perfect = [](const std::string& w) { return w == "have" || w == "has"; };
    const bool past_perfect = (ta == Tense::past && perfect(view.rendition.words[rb].folded)) ||
                              (tb == Tense::past && perfect(view.original.words[oa].folded));
    const bool backshift =
        past_perfect || (ta == Tense::present && tb == Tense::past && reported_before(rb));
    // "has not responded" / "did not respond": both tell a past event, even in a kept sentence.
    // "has been" / "had been" moves the time.
    const std::string& past_aux =
        ta == Tense::past ? view.original.words[oa].folded : view.rendition.words[rb].folded;
    if (past_perfect && past_aux != "had") {
      Finding f =
          make_finding(view, Category::substitution, Severity::minor, oa, oa + 1, rb, rb + 1,
                       quoted(view.original.words[oa].token->text) + " became " +
                           quoted(view.rendition.words[rb].token->text) +
                           ": the present perfect and the simple past tell the same past "
                           "event");
      f.evidence.emplace_back("tense", std::string(name(ta)) + " -> " + name(tb));
      out.push_back(std::move(f));
      continue;
    }
    report_tense(oa, rb, ta, tb, backshift, "");
  }
}

}  // namespace driftcheck
