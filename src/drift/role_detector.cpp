#include "drift/role_detector.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "drift/detector.h"
#include "drift/word_relation.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

// The first finite verb of the side, or verb after a modal ("will host"), that is not a verb
// of saying ("said", "told"): the verb whose roles the sentence states. nullopt if none.
std::optional<size_t> main_verb(const BeadView& view, const BeadSide& side) {
  static constexpr std::string_view kModals[] = {"will",  "would", "can",   "could", "may",
                                                 "might", "must",  "shall", "should"};
  const WordList& reporting = word_list(view.language, WordListKind::reporting_verbs);
  for (size_t i = 0; i < side.words.size(); ++i) {
    const bool after_modal = i > 0 &&
                             std::find(std::begin(kModals), std::end(kModals),
                                       side.words[i - 1].folded) != std::end(kModals) &&
                             side.words[i].content &&
                             WordNet::embedded().knows(side.words[i].folded, PartOfSpeech::verb);
    // "the takeover offer": a word that is a noun as written, after a content word, heads a
    // compound; "fined" or "attacked" cannot.
    const bool compound_head = i > 0 && side.words[i - 1].content &&
                               WordNet::embedded().knows(side.words[i].folded, PartOfSpeech::noun);
    if ((after_modal || (is_finite_verb(side, i) && !compound_head)) &&
        reporting.find(side.words[i].folded) == nullptr)
      return i;
  }
  return std::nullopt;
}

// A passive or a clause that names its agent: "was approved by", "is exceeded by". Its roles
// stand the other way round by design.
bool passive(const BeadSide& side) {
  static constexpr std::string_view kBe[] = {"is", "are", "was", "were", "be", "been", "being"};
  for (size_t i = 0; i + 1 < side.words.size(); ++i) {
    if (side.words[i].folded == "by") return true;
    if (std::find(std::begin(kBe), std::end(kBe), side.words[i].folded) != std::end(kBe) &&
        side.words[i + 1].folded.ends_with("ed"))
      return true;
  }
  return false;
}

// The key occurs once among the side's content words; its index, or nullopt.
std::optional<size_t> only(const BeadSide& side, std::string_view key) {
  std::optional<size_t> at;
  for (size_t i = 0; i < side.words.size(); ++i) {
    if (!side.words[i].content || side.words[i].key != key) continue;
    if (at) return std::nullopt;
    at = i;
  }
  return at;
}

// Verbs whose two roles are one: "Germany will face Spain" is "Spain will face Germany".
bool symmetric(const std::string& verb) {
  static constexpr std::string_view kSymmetric[] = {
      "meet",    "marry",    "talk",   "speak",     "face",    "play",    "draw",    "tie",
      "clash",   "fight",    "debate", "negotiate", "compete", "collide", "merge",   "trade",
      "agree",   "disagree", "differ", "resemble",  "match",   "equal",   "border",  "join",
      "partner", "ally",     "battle", "confront",  "embrace", "kiss",    "divorce", "date"};
  for (const std::string& base : WordNet::embedded().base_forms(verb, PartOfSpeech::verb))
    if (std::find(std::begin(kSymmetric), std::end(kSymmetric), base) != std::end(kSymmetric))
      return true;
  return std::find(std::begin(kSymmetric), std::end(kSymmetric), verb) != std::end(kSymmetric);
}

bool noun(const Word& w) {
  return WordNet::embedded().knows(w.folded, PartOfSpeech::noun) &&
         !WordNet::embedded().knows(w.folded, PartOfSpeech::adverb);
}

}  // namespace

void detect_roles(BeadView& view, std::vector<Finding>& out) {
  const std::optional<size_t> vo = main_verb(view, view.original);
  const std::optional<size_t> vr = main_verb(view, view.rendition);
  if (!vo || !vr || passive(view.original) || passive(view.rendition)) return;
  const Word& verb_o = view.original.words[*vo];
  const Word& verb_r = view.rendition.words[*vr];
  if (symmetric(verb_o.folded) || symmetric(verb_r.folded)) return;
  if (verb_o.key != verb_r.key) {
    const WordJudgement j = judge_words(view, verb_o, verb_r, false);
    if (!(j.link == WordLink::equivalent || (j.link == WordLink::near && !j.weak))) return;
  }
  // Nouns of the sentence's verb clause both sides have once, the nearest to the verb on each
  // side of it: "Police said the man attacked the woman" swaps the man and the woman.
  std::optional<std::pair<size_t, size_t>> went_after, went_before;  // (original, rendition)
  for (size_t i = 0; i < view.original.words.size(); ++i) {
    const Word& w = view.original.words[i];
    if (!w.content || w.sentence != verb_o.sentence || !noun(w) || !only(view.original, w.key))
      continue;
    const std::optional<size_t> k = only(view.rendition, w.key);
    if (!k || view.rendition.words[*k].sentence != verb_r.sentence) continue;
    if (i<*vo&& * k> * vr) went_after = std::pair{i, *k};
    if (i > *vo && *k < *vr && !went_before) went_before = std::pair{i, *k};
  }
  if (!went_after || !went_before) return;
  const auto [ao, ar] = *went_after;
  const auto [bo, br] = *went_before;
  view.original.claimed[ao] = view.original.claimed[bo] = true;
  view.rendition.claimed[ar] = view.rendition.claimed[br] = true;
  Finding f =
      make_finding(view, Category::substitution, Severity::major, std::min(ao, bo),
                   std::max(ao, bo) + 1, std::min(ar, br), std::max(ar, br) + 1,
                   quoted(view.original.words[ao].token->text) + " and " +
                       quoted(view.original.words[bo].token->text) + " changed places around " +
                       quoted(verb_o.token->text) + ": who does what to whom is reversed");
  f.evidence.emplace_back("verb", verb_o.folded + " / " + verb_r.folded);
  out.push_back(std::move(f));
}

}  // namespace driftcheck
