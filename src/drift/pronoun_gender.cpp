// Gendered pronouns: one that flips where the diff pairs it ("he" -> "she", critical), a
// thing that became a person (minor), and a group whose two sides speak of different genders
// only (major).
#include "drift/pronoun_gender.h"

#include <string>

#include "drift/detector.h"
#include "lexicon/word_lists.h"

namespace driftcheck {
namespace {

std::string gender_of(const WordList& pronouns, const Word& w) {
  if (const WordListEntry* e = pronouns.find(w.folded)) return e->attribute;
  return {};
}

}  // namespace

void detect_gender(BeadView& view, std::vector<Finding>& out) {
  const WordList& pronouns = word_list(view.language, WordListKind::pronouns);
  for (const Hunk& h : view.hunks) {
    for (size_t o = h.o_begin; o < h.o_end; ++o) {
      const std::string go = gender_of(pronouns, view.original.words[o]);
      const bool o_gendered = go == "m" || go == "f";
      if (!o_gendered && go != "neuter") continue;
      for (size_t r = h.r_begin; r < h.r_end; ++r) {
        const std::string gr = gender_of(pronouns, view.rendition.words[r]);
        const bool r_gendered = gr == "m" || gr == "f";
        if ((!r_gendered && gr != "neuter") || gr == go || view.rendition.claimed[r]) continue;
        view.original.claimed[o] = view.rendition.claimed[r] = true;
        // A thing became a person or back ("its" -> "his"): the referent may have changed.
        const bool class_change = o_gendered != r_gendered;
        Finding f =
            make_finding(view, Category::entity,
                         class_change ? Severity::minor : Severity::critical, o, o + 1, r, r + 1,
                         quoted(view.original.words[o].token->text) + " became " +
                             quoted(view.rendition.words[r].token->text) +
                             (class_change ? ": the pronoun now points to a person rather than a "
                                             "thing, or back"
                                           : ": the pronoun now points to a person of another "
                                             "gender"));
        f.evidence.emplace_back("gender", go + " -> " + gr);
        out.push_back(std::move(f));
        break;
      }
    }
  }
  // Paraphrases move pronouns about, so the diff rarely pairs them ("his race" / "her
  // suspension"). A group whose original speaks of one gender only, and whose rendition only
  // of the other, has changed who it is about.
  auto genders = [&](const BeadSide& side, std::string& first_seen, size_t& at) {
    std::string seen;
    for (size_t k = 0; k < side.words.size(); ++k) {
      const std::string g = gender_of(pronouns, side.words[k]);
      if (g != "m" && g != "f") continue;
      if (seen.empty()) first_seen = g, at = k;
      if (seen.find(g) == std::string::npos) seen += g;
    }
    return seen;
  };
  std::string og, rg;
  size_t o_at = 0, r_at = 0;
  const std::string o_seen = genders(view.original, og, o_at);
  const std::string r_seen = genders(view.rendition, rg, r_at);
  if (o_seen.size() != 1 || r_seen.size() != 1 || o_seen == r_seen || view.rendition.claimed[r_at])
    return;
  view.rendition.claimed[r_at] = true;
  Finding f =
      make_finding(view, Category::entity, Severity::major, o_at, o_at + 1, r_at, r_at + 1,
                   quoted(view.rendition.words[r_at].token->text) +
                       ": the rendition speaks of a person of another gender than the original's " +
                       quoted(view.original.words[o_at].token->text));
  f.evidence.emplace_back("gender", og + " -> " + rg);
  out.push_back(std::move(f));
}

}  // namespace driftcheck
