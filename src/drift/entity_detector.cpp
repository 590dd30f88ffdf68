// Entities: names (capitalised words that do not open a sentence, acronyms, designations such
// as S-400 or Il-76) changed, dropped or added, compared with tolerance for case, hyphens,
// abbreviation (Ilyushin-76 ~ Il-76), demonyms (Ukraine ~ Ukrainian) and spelling variants,
// romanizations of one place (Kyiv ~ Kiev); pronouns of another gender (pronoun_gender.h).
#include "drift/entity_detector.h"

#include <algorithm>
#include <cctype>

#include "drift/detector.h"
#include "drift/pronoun_gender.h"
#include "lexicon/exonyms.h"
#include "lexicon/spelling.h"
#include "lexicon/thesaurus.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

std::string bare(std::string_view folded) {
  std::string out;
  for (char c : folded)
    if (c != '-' && c != '.' && c != '\'' && static_cast<unsigned char>(c) < 0x80) out += c;
  if (out.size() > 2 && out.ends_with("s") && folded.ends_with("'s")) out.pop_back();
  return out;
}

// A name: capitalised and not at the start of a sentence, or at the start but unknown to
// WordNet as a common word ("Abbas, 84, ...") or the adjective of a people the exonym table
// knows ("American officials" / "French officials"); never a function word.
bool is_entity(const Word& w) {
  if (!w.capitalized || !w.content) return false;
  if (!w.sentence_initial) return true;
  const WordNet& wn = WordNet::embedded();
  return !wn.is_lemma(w.folded) ||
         (exonym_group(bare(w.folded)) >= 0 && wn.knows(w.folded, PartOfSpeech::adjective));
}

enum class NameMatch { same, respelled, different };

// "russel" / "russell": one drops a letter the other doubles.
bool undoubled(std::string_view shorter, std::string_view longer) {
  if (longer.size() != shorter.size() + 1) return false;
  for (size_t i = 1; i < longer.size(); ++i)
    if (longer[i] == longer[i - 1] &&
        std::string(longer.substr(0, i)) + std::string(longer.substr(i + 1)) == shorter)
      return true;
  return false;
}

// "pennyslvania" / "pennsylvania": two adjacent letters swapped.
bool swapped(std::string_view x, std::string_view y) {
  if (x.size() != y.size()) return false;
  size_t i = 0;
  while (i < x.size() && x[i] == y[i]) ++i;
  return i + 1 < x.size() && x[i] == y[i + 1] && x[i + 1] == y[i] &&
         x.substr(i + 2) == y.substr(i + 2);
}

// Two names WordNet knows apart ("slovakia" / "slovenia", "austria" / "australia"): both are
// its lemmas and no synonym, similar-to or derivation link (a demonym) joins them.
bool known_apart(const std::string& x, const std::string& y) {
  const WordNet& wn = WordNet::embedded();
  if (!wn.is_lemma(x) || !wn.is_lemma(y)) return false;
  const WordRelation r = wn.relate(x, y);
  return r != WordRelation::same_lemma && r != WordRelation::synonym &&
         r != WordRelation::similar && r != WordRelation::derivation;
}

// Two spellings of one name: equal without case and hyphens, one abbreviates the other
// (il ~ ilyushin, ukraine ~ ukrainian), or British/American spelling: same. Two letters
// apart otherwise ("Smith" / "Smyth"): respelled, which may be another person. Names WordNet
// knows as two ("Slovakia" / "Slovenia") are different however close their letters.
NameMatch match_name(std::string_view a, std::string_view b) {
  const std::string x = bare(a), y = bare(b);
  if (x == y) return NameMatch::same;
  if (spelling_variant(x, y)) return NameMatch::same;
  // One place in two romanizations ("Kyiv" / "Kiev"), which WordNet may know only one of.
  if (const int g = exonym_group(x); g >= 0 && g == exonym_group(y)) return NameMatch::same;
  const NameMatch by_letters = [&] {
    const std::string& shorter = x.size() < y.size() ? x : y;
    const std::string& longer = x.size() < y.size() ? y : x;
    if (shorter.size() >= 2 && longer.starts_with(shorter)) return NameMatch::same;
    // Shared stem of a demonym: "ukraine" / "ukrainian", "iran" / "iranian".
    size_t common = 0;
    while (common < shorter.size() && shorter[common] == longer[common]) ++common;
    if (common >= 4 && common + 2 >= shorter.size()) return NameMatch::same;
    if (shorter.size() < 5 || edit_distance_at_most(x, y, 2) > 2) return NameMatch::different;
    // Transliteration and accents: "Medecins" / "Médecins", "Russel" / "Russell"; and two
    // letters swapped, a slip of the keyboard ("Pennyslvania").
    const bool accents = x.size() != a.size() || y.size() != b.size();
    return accents || undoubled(shorter, longer) || swapped(x, y) ? NameMatch::same
                                                                  : NameMatch::respelled;
  }();
  // WordNet can only overrule letters that look alike; asking it about every pair of unlike
  // names in a bead was a third of a check's time.
  if (by_letters != NameMatch::different && known_apart(x, y)) return NameMatch::different;
  return by_letters;
}

bool same_name(std::string_view a, std::string_view b) {
  return match_name(a, b) != NameMatch::different;
}

// The word of `side` that spells `w` only approximately ("Smyth" for "Smith"), if `w` has no
// exact or variant spelling there; npos otherwise.
size_t respelling_of(const BeadSide& side, const Word& w) {
  if (w.opaque) return std::string::npos;
  size_t found = std::string::npos;
  for (size_t k = 0; k < side.words.size(); ++k) {
    const Word& o = side.words[k];
    if (o.key == w.key || o.opaque) return std::string::npos;
    const NameMatch m = match_name(o.folded, w.folded);
    if (m == NameMatch::same) return std::string::npos;
    if (m == NameMatch::respelled && found == std::string::npos) found = k;
  }
  return found;
}

// Two common words of one sense: WordNet synonyms, similar or one a kind of the other ("hall"
// / "room"), or grouped by the thesaurus.
bool synonym_words(const std::string& a, const std::string& b) {
  const WordNet& wn = WordNet::embedded();
  if (!wn.is_lemma(a) || !wn.is_lemma(b)) return false;
  const WordRelation r = wn.relate_common(a, b);
  return r == WordRelation::synonym || r == WordRelation::similar ||
         r == WordRelation::same_lemma || r == WordRelation::hypernym ||
         r == WordRelation::hyponym || Thesaurus::embedded().related(a, b);
}

bool found_anywhere(const BeadSide& side, const Word& w) {
  return std::any_of(side.words.begin(), side.words.end(), [&](const Word& o) {
    // An opaque token is compared only as written: its key is its folded text.
    return o.key == w.key || (!o.opaque && !w.opaque && same_name(o.folded, w.folded));
  });
}

// A name rendered as a common word it looks like ("Geran" -> "Geraniums"): the name is
// unknown to WordNet, the other word is a known common word that shares its start but is not
// the name itself. Returns the rendition word, or npos.
size_t common_word_for_name(const BeadView& view, const Word& w) {
  const WordNet& wn = WordNet::embedded();
  if (w.sentence_initial || w.opaque || wn.is_lemma(w.folded)) return std::string::npos;
  const std::string x = bare(w.folded);
  if (x.size() < 4) return std::string::npos;
  for (size_t r = 0; r < view.rendition.words.size(); ++r) {
    const Word& o = view.rendition.words[r];
    if (o.key == w.key || !o.content) continue;
    const std::string y = bare(o.folded);
    if (y == x || y.size() < x.size() + 3 || !y.starts_with(x)) continue;
    std::string lemma = o.folded;
    if (!wn.is_lemma(lemma) && lemma.ends_with("s")) lemma.pop_back();
    // "Iran" -> "Iranian" is a demonym, not a common word.
    if (wn.is_lemma(lemma) && wn.knows(lemma, PartOfSpeech::noun) &&
        !wn.knows(lemma, PartOfSpeech::adjective))
      return r;
  }
  return std::string::npos;
}

// The document names `w` somewhere, in any spelling same_name() accepts (exact for short names).
bool document_names(const Document* doc, const Word& w) {
  if (doc == nullptr) return false;
  const std::string x = bare(w.folded);
  if (x.size() < 3) return false;
  for (const Sentence& s : doc->sentences)
    for (const Token& t : s.tokens)
      if (t.kind == TokenKind::word && !t.text.empty() &&
          std::isupper(static_cast<unsigned char>(t.text.front())) && bare(t.folded) == x)
        return true;
  return false;
}

// "TV", "UN": every letter a capital.
bool is_acronym(const Word& w) {
  const std::string& t = w.token->text;
  return t.size() >= 2 && std::all_of(t.begin(), t.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c)) != 0;
         });
}

// The name after original word k is capitalised and kept in the rendition.
bool surname_kept(const BeadView& view, size_t k) {
  if (k + 1 >= view.original.words.size() || !view.original.words[k + 1].capitalized) return false;
  return std::any_of(view.common.begin(), view.common.end(),
                     [&](const auto& c) { return c.first == k + 1; });
}

// Original word k is an abbreviation (two or three letters) that starts a longer word the
// rendition adds: "ID" / "identification".
bool spelled_out(const BeadView& view, size_t k) {
  const std::string x = bare(view.original.words[k].folded);
  constexpr size_t kMaxAbbreviation = 3;
  if (x.size() < 2 || x.size() > kMaxAbbreviation) return false;
  return std::any_of(view.rendition.words.begin(), view.rendition.words.end(), [&](const Word& w) {
    return w.content && w.folded.size() > x.size() + 2 && w.folded.starts_with(x);
  });
}

// The word after `k` on its side, if adjacent in the same sentence.
const Word* neighbour(const BeadSide& side, size_t k, int step) {
  const size_t n = k + static_cast<size_t>(step);
  if (n >= side.words.size() || side.words[n].sentence != side.words[k].sentence) return nullptr;
  return &side.words[n];
}

// A one-word name the rendition says another way around what stays: a unit or currency
// beside a figure the rendition keeps with another word ("Nu 150" / "150 ngultrums"), or the
// head of a name whose other word the rendition keeps as a description ("the Communist Party
// leaders" / "communist leaders").
bool named_another_way(const BeadView& view, size_t k) {
  const BeadSide& side = view.original;
  const BeadSide& other = view.rendition;
  for (int step : {-1, 1}) {
    const Word* n = neighbour(side, k, step);
    if (n == nullptr) continue;
    const bool figure = n->token->kind == TokenKind::number;
    for (size_t r = 0; r < other.words.size(); ++r) {
      if (other.words[r].key != n->key) continue;
      if (figure) {
        for (int around : {-1, 1})
          if (const Word* u = neighbour(other, r, around);
              u && u->content && !u->capitalized && u->token->kind == TokenKind::word &&
              std::none_of(side.words.begin(), side.words.end(),
                           [&](const Word& w) { return w.key == u->key; }))
            return true;
      } else if (step == -1 && n->capitalized && !n->sentence_initial &&
                 !other.words[r].capitalized) {
        return true;
      }
    }
  }
  return false;
}

// A word of a name traded for another beside a name word both sides keep ("the Liberty Times"
// / "the Free Times", "Lake Ontario" / "Lake Erie"): another newspaper, lake or person, however
// free the rest of the translation. The kept word may have moved, and the two words may sit
// in different hunks.
void detect_swapped_name_words(BeadView& view, std::vector<Finding>& out) {
  for (size_t o = 0; o < view.original.words.size(); ++o) {
    if (!view.original.words[o].capitalized || !is_entity(view.original.words[o])) continue;
    for (size_t r = 0; r < view.rendition.words.size(); ++r) {
      if (view.rendition.words[r].key != view.original.words[o].key) continue;
      for (int step : {-1, 1}) {
        const Word* a = neighbour(view.original, o, step);
        const Word* b = neighbour(view.rendition, r, step);
        if (a == nullptr || b == nullptr) continue;
        const size_t ao = o + static_cast<size_t>(step), br = r + static_cast<size_t>(step);
        if (view.original.claimed[ao] || view.rendition.claimed[br] || !a->capitalized ||
            !b->capitalized || !is_entity(*a) || !is_entity(*b) ||
            same_name(a->folded, b->folded) || found_anywhere(view.rendition, *a) ||
            found_anywhere(view.original, *b) || synonym_words(a->folded, b->folded))
          continue;
        view.original.claimed[ao] = view.rendition.claimed[br] = true;
        Finding f = make_finding(view, Category::entity, Severity::major, ao, ao + 1, br, br + 1,
                                 quoted(a->token->text) + " became " + quoted(b->token->text) +
                                     ": a different name, so a different person, place or body");
        f.evidence.emplace_back("names", "beside the name word " +
                                             quoted(view.original.words[o].token->text) +
                                             " that both texts keep");
        out.push_back(std::move(f));
      }
    }
  }
}

}  // namespace

void detect_entities(BeadView& view, std::vector<Finding>& out) {
  detect_gender(view, out);
  detect_swapped_name_words(view, out);
  for (const Hunk& h : view.hunks) {
    std::vector<size_t> gone, fresh;
    for (size_t o = h.o_begin; o < h.o_end; ++o) {
      const Word& w = view.original.words[o];
      if (view.original.claimed[o] || !is_entity(w)) continue;
      if (const size_t r = common_word_for_name(view, w);
          r != std::string::npos && !view.rendition.claimed[r]) {
        view.original.claimed[o] = view.rendition.claimed[r] = true;
        Finding f = make_finding(view, Category::entity, Severity::minor, o, o + 1, r, r + 1,
                                 quoted(w.token->text) + " became " +
                                     quoted(view.rendition.words[r].token->text) +
                                     ": a name rendered as the common word it resembles");
        out.push_back(std::move(f));
        continue;
      }
      if (const size_t r = respelling_of(view.rendition, w);
          r != std::string::npos && !view.rendition.claimed[r]) {
        view.original.claimed[o] = view.rendition.claimed[r] = true;
        // In a sentence otherwise kept, a respelled name is as likely another person.
        out.push_back(make_finding(
            view, Category::entity, view.tight ? Severity::major : Severity::minor, o, o + 1, r,
            r + 1,
            quoted(w.token->text) + " became " + quoted(view.rendition.words[r].token->text) +
                ": the name is spelled differently; check that it names "
                "the same person or place"));
        continue;
      }
      if (found_anywhere(view.rendition, w)) {
        view.original.claimed[o] = true;  // moved or respelled elsewhere in the bead
        // The rendition's spelling of it in this hunk ("American" / "U.S."), which WordNet may
        // know as a common word, is the same name, not a word added.
        for (size_t r = h.r_begin; r < h.r_end; ++r)
          if (!view.rendition.claimed[r] && view.rendition.words[r].capitalized &&
              !view.rendition.words[r].opaque &&
              same_name(w.folded, view.rendition.words[r].folded))
            view.rendition.claimed[r] = true;
        continue;
      }
      gone.push_back(o);
    }
    for (size_t r = h.r_begin; r < h.r_end; ++r) {
      const Word& w = view.rendition.words[r];
      if (view.rendition.claimed[r] || !is_entity(w)) continue;
      if (found_anywhere(view.original, w)) {
        view.rendition.claimed[r] = true;
        continue;
      }
      fresh.push_back(r);
    }
    // The other side's unknown words in the hunk ("Sochi" for "Asunción", a name in another
    // script) count as the replacement of a dropped name.
    if (!gone.empty() && fresh.empty()) {
      for (size_t r = h.r_begin; r < h.r_end; ++r) {
        const Word& w = view.rendition.words[r];
        if (!view.rendition.claimed[r] && w.content && !WordNet::embedded().is_lemma(w.folded))
          fresh.push_back(r);
      }
    }
    if (gone.empty() && fresh.empty()) continue;
    const bool replaced = !gone.empty() && !fresh.empty();
    if (replaced) {
      const size_t ob = gone.front(), oe = gone.back() + 1, rb = fresh.front(),
                   re = fresh.back() + 1;
      for (size_t k = ob; k < oe; ++k) view.original.claimed[k] = true;
      for (size_t k = rb; k < re; ++k) view.rendition.claimed[k] = true;
      // Names for names that both texts already use ("Moscow" -> "Russia's", a capital for
      // its country): names the reader knows from the story, not a new actor.
      auto known_to = [&](const BeadSide& side, const std::vector<size_t>& idx,
                          const Document* other) {
        return std::all_of(idx.begin(), idx.end(), [&](size_t k) {
          return !WordNet::embedded().knows(side.words[k].folded, PartOfSpeech::adjective) &&
                 document_names(other, side.words[k]);
        });
      };
      if (!view.tight && known_to(view.original, gone, view.rendition.doc) &&
          known_to(view.rendition, fresh, view.original.doc)) {
        Finding f = make_finding(view, Category::entity, Severity::minor, ob, oe, rb, re,
                                 quoted(words_text(view.original, ob, oe)) + " became " +
                                     quoted(words_text(view.rendition, rb, re)) +
                                     ": another name both texts use, standing in for it");
        out.push_back(std::move(f));
        continue;
      }
      // Common words of a name translated by their synonyms ("the Room of the Three Windows"
      // / "the Hall of Three Windows"): the same name in other words.
      const bool same_words = std::all_of(gone.begin(), gone.end(), [&](size_t k) {
        return std::any_of(fresh.begin(), fresh.end(), [&](size_t j) {
          return synonym_words(view.original.words[k].folded, view.rendition.words[j].folded);
        });
      });
      if (same_words) {
        out.push_back(make_finding(view, Category::entity, Severity::minor, ob, oe, rb, re,
                                   quoted(words_text(view.original, ob, oe)) + " became " +
                                       quoted(words_text(view.rendition, rb, re)) +
                                       ": a name's common words translated by their synonyms"));
        continue;
      }
      Finding f = make_finding(view, Category::entity, Severity::major, ob, oe, rb, re,
                               quoted(words_text(view.original, ob, oe)) + " became " +
                                   quoted(words_text(view.rendition, rb, re)) +
                                   ": a different name, so a different person, place or body");
      f.evidence.emplace_back("names", "no spelling, abbreviation or case variant links them");
      out.push_back(std::move(f));
      continue;
    }
    if (!gone.empty()) {
      const size_t ob = gone.front(), oe = gone.back() + 1;
      for (size_t k = ob; k < oe; ++k) view.original.claimed[k] = true;
      // A capitalised common word ("the Earth", "the Senate") dropped in a free translation is
      // usually reworded ("the planet"); a proper name is not.
      bool common_word = !view.tight && oe - ob == 1;
      // A common word is in the thesaurus too, which lists few proper names: "Earth" and
      // "Senate" are there, "Chongqing" and "Shikoku" (WordNet lemmas) are not. Acronyms
      // WordNet knows ("TV") are judged as before, by WordNet alone.
      for (size_t k = ob; k < oe; ++k) {
        const Word& w = view.original.words[k];
        if (!WordNet::embedded().is_lemma(w.folded) ||
            (!is_acronym(w) && !Thesaurus::embedded().knows(w.folded)))
          common_word = false;
      }
      // Names the rendition uses elsewhere ("Moscow and Tehran" -> "the parties"): a free
      // translation does not repeat what the reader already knows from the story.
      const bool known = !view.tight && std::all_of(gone.begin(), gone.end(), [&](size_t k) {
        return document_names(view.rendition.doc, view.original.words[k]);
      });
      // A given name before a surname the rendition keeps ("Antony Blinken" -> "Blinken"), or an
      // abbreviation the rendition spells out ("photo ID" -> "photo identification"): the
      // same person or thing, named more briefly or more fully.
      // In a kept sentence the shorter name is a deliberate edit.
      const bool still_named =
          !view.tight && oe - ob == 1 && (surname_kept(view, ob) || spelled_out(view, ob));
      // Said another way around the words that stay: the same thing even in a kept sentence.
      const bool reworded = oe - ob == 1 && named_another_way(view, ob);
      out.push_back(make_finding(
          view, Category::entity,
          common_word || known || still_named || reworded ? Severity::minor : Severity::major, ob,
          oe, h.r_end, h.r_end,
          "name " + quoted(words_text(view.original, ob, oe)) +
              (known      ? " dropped here: the rendition names it elsewhere in the story"
               : reworded ? " dropped: the rendition says it another way around the words it "
                            "keeps (a unit beside the same figure, or the name as a description)"
                          : " dropped: the rendition no longer says who or what")));
    } else {
      const size_t rb = fresh.front(), re = fresh.back() + 1;
      for (size_t k = rb; k < re; ++k) view.rendition.claimed[k] = true;
      out.push_back(make_finding(view, Category::entity,
                                 view.tight ? Severity::major : Severity::info, h.o_begin, h.o_end,
                                 rb, re,
                                 "name " + quoted(words_text(view.rendition, rb, re)) +
                                     " added: the original does not mention it"));
    }
  }
}

}  // namespace driftcheck
