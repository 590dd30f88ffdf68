// Attribution: who says it and how. A reporting verb dropped without a replacement turns a
// claim into the outlet's own statement (major); a neutral verb turned doubting ("argued" ->
// "claimed") or one source turned several ("a source says" -> "sources say") is minor.
#include "drift/attribution_detector.h"

#include <algorithm>

#include "drift/detector.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

struct Report {
  size_t at = 0, length = 0;
  std::string stance;
  bool changed = false;
};

// "key state officials", "the report", "a note": a reporting verb's form used as a noun.
bool noun_use(const BeadSide& side, size_t at, size_t length) {
  if (length != 1 || at == 0) return false;
  const std::string& w = side.words[at].folded;
  if (w.ends_with("ed") || w == "said" || w == "told" || w == "wrote") return false;
  const Word& before = side.words[at - 1];
  static constexpr std::string_view kDeterminers[] = {"the",   "a",   "an",  "this", "that", "its",
                                                      "their", "his", "her", "our",  "no"};
  if (std::find(std::begin(kDeterminers), std::end(kDeterminers), before.folded) !=
      std::end(kDeterminers))
    return true;
  return before.content && !before.capitalized;  // "key state", "news report"
}

// The rendition's hunk holds another verb where the reporting verb was ("promised" ->
// "pledged", "say" -> "call"): reworded, not dropped.
bool replaced_by_verb(const BeadView& view, const Hunk& h) {
  for (size_t r = h.r_begin; r < h.r_end; ++r)
    if (view.rendition.words[r].content &&
        WordNet::embedded().knows(view.rendition.words[r].folded, PartOfSpeech::verb))
      return true;
  return false;
}

// The reporting verb starting at each word of a side, {nullptr, 0} where none. Matched once
// per side: reports() and source_verbs() both ask at every word, and the list match was most
// of this detector's cost.
struct VerbMatch {
  const WordListEntry* entry = nullptr;
  size_t length = 0;
};

std::vector<VerbMatch> match_verbs(const BeadView& view, const BeadSide& side) {
  const WordList& verbs = word_list(view.language, WordListKind::reporting_verbs);
  std::vector<VerbMatch> out(side.words.size());
  for (size_t i = 0; i < out.size(); ++i)
    out[i].entry = verbs.match(side.folded, i, &out[i].length);
  return out;
}

std::vector<Report> reports(const BeadView& view, bool original_side,
                            const std::vector<VerbMatch>& matches) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  std::vector<Report> out;
  for (size_t i = 0; i < side.words.size();) {
    const size_t length = matches[i].length;
    const WordListEntry* e = matches[i].entry;
    if (!e || side.claimed[i] || noun_use(side, i, length)) {
      ++i;
      continue;
    }
    const bool changed =
        (original_side ? hunk_of_original(view, i) : hunk_of_rendition(view, i)) != nullptr;
    out.push_back({i, length, e->attribute, changed});
    i += length;
  }
  return out;
}

bool is_plural_of(std::string_view plural, std::string_view singular) {
  return plural.size() == singular.size() + 1 && plural.starts_with(singular) &&
         plural.back() == 's';
}

// Verbs of opinion that attribute a view as a reporting verb does ("analysts believe").
bool opinion_verb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"believe",  "believes",  "believed",
                                                "estimate", "estimates", "estimated"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

bool after_determiner(const BeadSide& side, size_t i) {
  static constexpr std::string_view kDeterminers[] = {"the",   "a",   "an",  "this", "that", "its",
                                                      "their", "his", "her", "our",  "no",   "to"};
  return std::find(std::begin(kDeterminers), std::end(kDeterminers), side.words[i - 1].folded) !=
         std::end(kDeterminers);
}

// Reporting and opinion verbs of a side, reworded or not, in order.
std::vector<size_t> source_verbs(const BeadSide& side, const std::vector<VerbMatch>& matches) {
  std::vector<size_t> out;
  for (size_t i = 0; i < side.words.size(); ++i) {
    const bool reporting =
        matches[i].entry != nullptr && matches[i].length == 1 && i > 0 &&
        !after_determiner(side, i) &&
        (is_finite_verb(side, i) ||
         (i > 0 && (side.words[i - 1].folded == "are" || side.words[i - 1].folded == "is")));
    if (reporting || opinion_verb(side.words[i].folded)) out.push_back(i);
  }
  return out;
}

// The source of the verb at `at`: the noun or pronoun right before it in the same sentence,
// past auxiliaries and adverbs ("sources are reporting", "officials now say"). npos if none.
size_t source_head(const BeadView& view, const BeadSide& side, size_t at) {
  static constexpr std::string_view kSkip[] = {"are",  "is",  "was",  "were", "have",
                                               "has",  "had", "also", "now",  "still",
                                               "been", "do",  "does", "did"};
  const WordList& pronouns = word_list(view.language, WordListKind::pronouns);
  for (size_t k = at, steps = 0; k > 0 && steps < 3; ++steps) {
    --k;
    const Word& w = side.words[k];
    if (w.sentence != side.words[at].sentence) return std::string::npos;
    if (std::find(std::begin(kSkip), std::end(kSkip), w.folded) != std::end(kSkip)) continue;
    if (pronouns.find(w.folded)) return k;
    // "the man behind the site believes": the noun of a prepositional phrase is not the source.
    static constexpr std::string_view kPrepositions[] = {"of",  "behind", "at",   "in", "from",
                                                         "for", "with",   "near", "on", "by"};
    auto preposition = [&](size_t at) {
      return std::find(std::begin(kPrepositions), std::end(kPrepositions), side.words[at].folded) !=
             std::end(kPrepositions);
    };
    if (k >= 1 && preposition(k - 1)) return std::string::npos;
    if (k >= 2 && preposition(k - 2) &&
        (side.words[k - 1].folded == "the" || side.words[k - 1].folded == "a"))
      return std::string::npos;
    if (w.content && !w.token->text.empty() &&
        WordNet::embedded().knows(w.folded, PartOfSpeech::noun) && !w.folded.ends_with("ly"))
      return k;
    return std::string::npos;
  }
  return std::string::npos;
}

}  // namespace

// Scare quotes: a word or two the original puts in quotation marks ("called the plan a
// 'reform'") and the rendition does not, or the other way round. The marks say the reporter
// does not vouch for the word; without them it is the reporter's own.
void scare_quotes(BeadView& view, std::vector<Finding>& out) {
  constexpr size_t kScareWords = 3;
  // The quoted run of side words around k: [b, e).
  auto run = [](const BeadSide& side, size_t k, size_t& b, size_t& e) {
    b = e = k;
    while (b > 0 && side.words[b - 1].in_quote &&
           side.words[b - 1].sentence == side.words[k].sentence)
      --b;
    while (e < side.words.size() && side.words[e].in_quote &&
           side.words[e].sentence == side.words[k].sentence)
      ++e;
  };
  for (auto [o, r] : view.common) {
    const Word& a = view.original.words[o];
    const Word& c = view.rendition.words[r];
    if (a.in_quote == c.in_quote) continue;
    const bool removed = a.in_quote;
    const BeadSide& side = removed ? view.original : view.rendition;
    size_t b = 0, e = 0;
    run(side, removed ? o : r, b, e);
    // Quoted words that open their sentence are speech, said or reported.
    if (e - b > kScareWords || b == 0 || side.words[b - 1].sentence != side.words[b].sentence)
      continue;
    const std::string words = quoted(words_text(side, b, e));
    Finding f = make_finding(
        view, Category::quote, Severity::minor, removed ? b : o, removed ? e : o + 1,
        removed ? r : b, removed ? r + 1 : e,
        removed ? "quotation marks around " + words +
                      " dropped: the original keeps its distance from the word, the rendition "
                      "uses it as its own"
                : "quotation marks around " + words +
                      " added: the rendition distances itself from a word the original uses "
                      "as its own");
    out.push_back(std::move(f));
    return;
  }
}

void detect_attribution(BeadView& view, std::vector<Finding>& out) {
  scare_quotes(view, out);
  const std::vector<VerbMatch> o_matches = match_verbs(view, view.original);
  const std::vector<VerbMatch> r_matches = match_verbs(view, view.rendition);
  const std::vector<Report> o = reports(view, true, o_matches);
  const std::vector<Report> r = reports(view, false, r_matches);
  std::vector<const Report*> o_changed, r_changed;
  for (const Report& x : o)
    if (x.changed) o_changed.push_back(&x);
  for (const Report& x : r)
    if (x.changed) r_changed.push_back(&x);

  // Dropped: fewer reporting verbs in the rendition, and one of the original's was changed.
  const Hunk* dropped_in = r.size() < o.size() && !o_changed.empty()
                               ? hunk_of_original(view, o_changed.front()->at)
                               : nullptr;
  // "According to a Reuters report" / "Reuters reported": the rendition keeps one of the
  // original's reporting words in another form, so the source is still named.
  const bool same_word_kept = std::any_of(o.begin(), o.end(), [&](const Report& x) {
    return std::any_of(r.begin(), r.end(), [&](const Report& y) {
      const Word& a = view.original.words[x.at];
      const Word& b = view.rendition.words[y.at];
      return a.key == b.key && a.folded != b.folded;
    });
  });
  if (dropped_in && !replaced_by_verb(view, *dropped_in) && !same_word_kept) {
    const Report& x = *o_changed.front();
    const Hunk* h = dropped_in;
    size_t ob = h ? h->o_begin : x.at, oe = h ? h->o_end : x.at + x.length;
    for (size_t k = ob; k < oe; ++k) view.original.claimed[k] = true;
    // "..., he added" dropped while the rendition still attributes the passage to a speaker
    // it names: the same source, said once instead of twice.
    // A tag after a quotation ("'...,' he added") whose words stay in quotation marks: the
    // quote marks still say someone else said it.
    const bool quote_kept = x.at >= 2 && view.original.words[x.at - 2].in_quote &&
                            !view.original.words[x.at - 1].in_quote &&
                            std::any_of(view.rendition.words.begin(), view.rendition.words.end(),
                                        [](const Word& w) { return w.in_quote; });
    // "RIA Novosti quotes him as saying" / "RIA Novosti quotes him": a reporting verb of the
    // same sentence is kept unchanged, so the source still stands. Only where the hunk held
    // nothing but the reporting words; a dropped "says ..." clause took a claim with it.
    size_t content_dropped = 0;
    for (size_t k = ob; k < oe; ++k)
      content_dropped += view.original.words[k].content && (k < x.at || k >= x.at + x.length);
    bool still_attributed =
        content_dropped == 0 && std::any_of(o.begin(), o.end(), [&](const Report& y) {
          return !y.changed &&
                 view.original.words[y.at].sentence == view.original.words[x.at].sentence;
        });
    // "It is reported that" / "reportedly": hearsay still, said by an adverb.
    const bool hearsay_kept =
        std::any_of(view.rendition.words.begin(), view.rendition.words.end(), [&](const Word& w) {
          return is_hearsay_adverb_of(w.folded, view.original.words[x.at].folded);
        });
    still_attributed = still_attributed || hearsay_kept;
    if (!still_attributed && (!r.empty() || quote_kept)) {
      const size_t head = source_head(view, view.original, x.at);
      if (head != std::string::npos && head + 1 == x.at) {
        const Word& s = view.original.words[head];
        const WordListEntry* p = word_list(view.language, WordListKind::pronouns).find(s.folded);
        // Only a pronoun ("he", "she", "they") points back to a speaker already named.
        still_attributed = p && p->attribute != "neuter" && x.stance == "neutral";
      }
    }
    Finding f = make_finding(
        view, Category::attribution, still_attributed ? Severity::minor : Severity::major, ob, oe,
        h ? h->r_end : 0, h ? h->r_end : 0,
        "attribution " + quoted(words_text(view.original, ob, oe)) +
            (hearsay_kept       ? " dropped: the rendition still presents it as hearsay"
             : still_attributed ? " dropped: the text still names its source"
                                : " dropped: a claim the original attributes to a source "
                                  "is now stated as fact"));
    f.evidence.emplace_back("reporting verbs",
                            std::to_string(o.size()) + " -> " + std::to_string(r.size()));
    out.push_back(std::move(f));
  } else if (!o_changed.empty() && !r_changed.empty()) {
    const Report& a = *o_changed.front();
    const Report& b = *r_changed.front();
    view.original.claimed[a.at] = view.rendition.claimed[b.at] = true;
    if (a.stance != b.stance && (a.stance == "doubting" || b.stance == "doubting")) {
      Finding f = make_finding(
          view, Category::attribution, Severity::minor, a.at, a.at + a.length, b.at,
          b.at + b.length,
          quoted(words_text(view.original, a.at, a.at + a.length)) + " became " +
              quoted(words_text(view.rendition, b.at, b.at + b.length)) + ": the reporter's " +
              "stance changed (" + a.stance + " -> " + b.stance + ")");
      out.push_back(std::move(f));
    }
  } else if (r.size() > o.size() && !r_changed.empty()) {
    const Report& x = *r_changed.front();
    view.rendition.claimed[x.at] = true;
    const Hunk* h = hunk_of_rendition(view, x.at);
    out.push_back(make_finding(view, Category::attribution, Severity::minor, h ? h->o_begin : 0,
                               h ? h->o_begin : 0, x.at, x.at + x.length,
                               "attribution " +
                                   quoted(words_text(view.rendition, x.at, x.at + x.length)) +
                                   " added: the rendition attributes what the original states"));
  }

  // One source became several (or back): a noun's number changed next to a reporting verb.
  std::vector<size_t> flagged_heads;
  for (auto [oi, ri] : view.common) {
    const Word& a = view.original.words[oi];
    const Word& b = view.rendition.words[ri];
    if (!a.content || a.folded == b.folded) continue;
    const bool plural_now = is_plural_of(b.folded, a.folded);
    if (!plural_now && !is_plural_of(a.folded, b.folded)) continue;
    auto near_verb = [](const std::vector<Report>& rs, size_t at) {
      return std::any_of(rs.begin(), rs.end(),
                         [&](const Report& x) { return x.at + 4 >= at && x.at <= at + 4; });
    };
    if (!near_verb(o, oi) || !near_verb(r, ri)) continue;
    const WordList& verbs = word_list(view.language, WordListKind::reporting_verbs);
    if (verbs.find(a.folded) || verbs.find(b.folded)) continue;
    Finding f =
        make_finding(view, Category::attribution, Severity::minor, oi, oi + 1, ri, ri + 1,
                     quoted(a.token->text) + " became " + quoted(b.token->text) + ": " +
                         (plural_now ? "one source became several" : "several sources became one"));
    out.push_back(std::move(f));
    flagged_heads.push_back(oi);
  }

  // The source itself changed: the noun before a reporting verb is another noun ("the official
  // says" -> "sources say", "they said" -> "the experts said") or lost a co-source.
  const std::vector<size_t> ov = source_verbs(view.original, o_matches);
  const std::vector<size_t> rv = source_verbs(view.rendition, r_matches);
  const WordList& pronouns = word_list(view.language, WordListKind::pronouns);
  std::vector<bool> r_used(rv.size());
  for (size_t i = 0; i < ov.size(); ++i) {
    // The two verbs must stand for each other: kept, or replaced within one hunk.
    const Hunk* ho = hunk_of_original(view, ov[i]);
    size_t k = rv.size();
    for (size_t j = 0; j < rv.size() && k == rv.size(); ++j) {
      if (r_used[j]) continue;
      const bool kept = std::find(view.common.begin(), view.common.end(),
                                  std::make_pair(ov[i], rv[j])) != view.common.end();
      if (kept || (ho != nullptr && ho == hunk_of_rendition(view, rv[j]))) k = j;
    }
    if (k == rv.size()) continue;
    r_used[k] = true;
    const size_t oh = source_head(view, view.original, ov[i]);
    const size_t rh = source_head(view, view.rendition, rv[k]);
    if (oh == std::string::npos || rh == std::string::npos) continue;
    const Word& a = view.original.words[oh];
    const Word& b = view.rendition.words[rh];
    if (a.folded == b.folded) continue;
    if (std::find(flagged_heads.begin(), flagged_heads.end(), oh) != flagged_heads.end()) continue;
    const bool number = a.key == b.key;  // "source" -> "sources"
    if (!number && (view.original.claimed[oh] || view.rendition.claimed[rh])) continue;
    // "he said" -> "Smith said": the pronoun resolved to its name, not a new source.
    const WordListEntry* pa = pronouns.find(a.folded);
    const WordListEntry* pb = pronouns.find(b.folded);
    if ((pa && b.capitalized && !b.sentence_initial) ||
        (pb && a.capitalized && !a.sentence_initial))
      continue;
    if (pa && pb) continue;  // pronoun changes are the entity detector's
    const int rel = cached_relate_common(view.lexicon, a.folded, b.folded);
    if (!number && rel == static_cast<int>(WordRelation::synonym)) continue;
    view.original.claimed[oh] = view.rendition.claimed[rh] = true;
    Finding f = make_finding(view, Category::attribution, Severity::minor, oh, oh + 1, rh, rh + 1,
                             quoted(a.token->text) + " became " + quoted(b.token->text) +
                                 (number ? ": one source became several, or back"
                                         : ": the claim is attributed to another source"));
    f.evidence.emplace_back("source", a.folded + " -> " + b.folded);
    out.push_back(std::move(f));
  }
}

}  // namespace driftcheck
