// Attribution: who says it and how. A reporting verb dropped without a replacement turns a
// claim into the outlet's own statement (major); a neutral verb turned doubting ("argued" ->
// "claimed") or one source turned several ("a source says" -> "sources say") is minor.
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

std::vector<Report> reports(const BeadView& view, bool original_side) {
  const BeadSide& side = original_side ? view.original : view.rendition;
  const WordList& verbs = word_list(view.language, WordListKind::reporting_verbs);
  std::vector<Report> out;
  for (size_t i = 0; i < side.words.size();) {
    size_t length = 0;
    const WordListEntry* e = verbs.match(side.folded, i, &length);
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

}  // namespace

void detect_attribution(BeadView& view, std::vector<Finding>& out) {
  const std::vector<Report> o = reports(view, true);
  const std::vector<Report> r = reports(view, false);
  std::vector<const Report*> o_changed, r_changed;
  for (const Report& x : o)
    if (x.changed) o_changed.push_back(&x);
  for (const Report& x : r)
    if (x.changed) r_changed.push_back(&x);

  // Dropped: fewer reporting verbs in the rendition, and one of the original's was changed.
  const Hunk* dropped_in = r.size() < o.size() && !o_changed.empty()
                               ? hunk_of_original(view, o_changed.front()->at)
                               : nullptr;
  if (dropped_in && !replaced_by_verb(view, *dropped_in)) {
    const Report& x = *o_changed.front();
    const Hunk* h = dropped_in;
    size_t ob = h ? h->o_begin : x.at, oe = h ? h->o_end : x.at + x.length;
    for (size_t k = ob; k < oe; ++k) view.original.claimed[k] = true;
    Finding f = make_finding(view, Category::attribution, Severity::major, ob, oe, h ? h->r_end : 0,
                             h ? h->r_end : 0,
                             "attribution " + quoted(words_text(view.original, ob, oe)) +
                                 " dropped: a claim the original attributes to a source is now "
                                 "stated as fact");
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
  }
}

}  // namespace driftcheck
