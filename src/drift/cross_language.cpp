#include "drift/cross_language.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "drift/bead_view.h"
#include "drift/name_spelling.h"
#include "lexicon/exonyms.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"
#include "text/tokenize.h"
#include "values/date_value.h"
#include "values/quantity.h"

namespace driftcheck {
namespace {

// Lower-cased, so that a tag typed as "DE" is the same language as a detected "de".
std::string primary(std::string_view tag) {
  std::string out(primary_language(tag));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// One side of an aligned group: its tokens in order, each with the sentence that holds it.
struct Side {
  const Document* doc = nullptr;
  std::string language;
  std::vector<const Token*> tokens;
  std::vector<int> sentence_of;
};

Side side_of(const Document& doc, const std::vector<int>& ids) {
  Side side;
  side.doc = &doc;
  side.language = primary(doc.language);
  for (const int id : ids)
    for (const Token& t : doc.sentences[static_cast<size_t>(id)].tokens) {
      side.tokens.push_back(&t);
      side.sentence_of.push_back(id);
    }
  return side;
}

// Code points [start, end) of the document, cut from the sentence that holds them.
std::string sentence_slice(const Sentence& s, uint32_t start, uint32_t end) {
  const auto n = static_cast<int32_t>(s.text.size());
  int32_t i = 0;
  uint32_t cp = s.start;
  for (; cp < start && i < n; ++cp) U8_FWD_1(s.text.data(), i, n);
  const int32_t from = i;
  for (; cp < end && i < n; ++cp) U8_FWD_1(s.text.data(), i, n);
  return s.text.substr(static_cast<size_t>(from), static_cast<size_t>(i - from));
}

// Tokens [first, last] of a side, cut at the end of the first one's sentence.
Span span_of(const Side& side, size_t first, size_t last) {
  const int sentence = side.sentence_of[first];
  while (last > first && side.sentence_of[last] != sentence) --last;
  const Sentence& s = side.doc->sentences[static_cast<size_t>(sentence)];
  Span span{sentence, side.tokens[first]->start, side.tokens[last]->end, {}};
  span.text = sentence_slice(s, span.start, span.end);
  return span;
}

// Where a side's group begins: the other end of a finding about something it lacks.
Span point_of(const Side& side) {
  if (side.tokens.empty()) return {};
  return Span{side.sentence_of.front(), side.tokens.front()->start, side.tokens.front()->start, {}};
}

Finding finding(Category category, Severity severity, std::optional<Span> original,
                std::optional<Span> rendition, std::string message, int bead,
                const CrossLanguage& across) {
  Finding f;
  f.category = category;
  f.severity = severity;
  f.original = std::move(original);
  f.rendition = std::move(rendition);
  f.message = std::move(message);
  f.bead = bead;
  f.evidence.emplace_back("languages", primary(across.original().language) + " -> " +
                                           primary(across.rendition().language));
  return f;
}

// Tokens [first, last] belong to a value, so none of them is taken for a name.
void mark(std::vector<bool>& taken, size_t first, size_t last) {
  for (size_t i = first; i <= last && i < taken.size(); ++i) taken[i] = true;
}

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// --- values -----------------------------------------------------------------------------

void compare_values(const Side& o, const Side& r, int bead, const CrossLanguage& across,
                    std::vector<bool>& o_value, std::vector<bool>& r_value,
                    std::vector<Finding>& out) {
  const std::vector<DateValue> da = extract_dates(o.tokens, o.language);
  const std::vector<DateValue> db = extract_dates(r.tokens, r.language);
  for (const DateValue& d : da) mark(o_value, d.first_token, d.last_token);
  for (const DateValue& d : db) mark(r_value, d.first_token, d.last_token);
  for (const DateMatch& m : compare_dates(da, db)) {
    const DateValue* a = m.original >= 0 ? &da[static_cast<size_t>(m.original)] : nullptr;
    const DateValue* b = m.rendition >= 0 ? &db[static_cast<size_t>(m.rendition)] : nullptr;
    std::optional<Span> os = a ? span_of(o, a->first_token, a->last_token) : point_of(o);
    std::optional<Span> rs = b ? span_of(r, b->first_token, b->last_token) : point_of(r);
    switch (m.relation) {
      case DateRelation::same:
      case DateRelation::same_other_form:
        break;
      case DateRelation::changed:
        out.push_back(finding(Category::date, Severity::critical, os, rs,
                              m.explanation + ": a different date or time", bead, across));
        break;
      // A date read on one side only may be a form the other language's reader does not
      // know: worth a look, not a verdict.
      case DateRelation::only_original:
        out.push_back(finding(Category::date, Severity::minor, os, rs,
                              "date " + quoted(a->text) + " not found in the rendition", bead,
                              across));
        break;
      case DateRelation::only_rendition:
        out.push_back(finding(Category::date, Severity::minor, os, rs,
                              "date " + quoted(b->text) + " is not in the original", bead, across));
        break;
    }
  }
  const std::vector<Quantity> qa = extract_quantities(o.tokens, o.language);
  const std::vector<Quantity> qb = extract_quantities(r.tokens, r.language);
  for (const Quantity& q : qa) mark(o_value, q.first_token, q.last_token);
  for (const Quantity& q : qb) mark(r_value, q.first_token, q.last_token);
  // A figure on each side that neither reader could pair (a unit word only one language's
  // reader knows: "850 metres" / "650 mètres") is most likely the same figure, changed.
  std::vector<const Quantity*> lone_a, lone_b;
  for (const QuantityMatch& m : compare_quantities(qa, qb)) {
    if (m.relation == QuantityRelation::only_original) {
      const Quantity& q = qa[static_cast<size_t>(m.original)];
      if (!q.incidental && has_digit(q.text)) lone_a.push_back(&q);
    } else if (m.relation == QuantityRelation::only_rendition) {
      const Quantity& q = qb[static_cast<size_t>(m.rendition)];
      if (!q.incidental && has_digit(q.text)) lone_b.push_back(&q);
    }
  }
  const size_t paired = std::min(lone_a.size(), lone_b.size());
  for (size_t k = 0; k < paired; ++k)
    out.push_back(finding(Category::number, Severity::major,
                          span_of(o, lone_a[k]->first_token, lone_a[k]->last_token),
                          span_of(r, lone_b[k]->first_token, lone_b[k]->last_token),
                          quoted(lone_a[k]->text) +
                              " has no counterpart in the rendition, which "
                              "gives " +
                              quoted(lone_b[k]->text) + " instead",
                          bead, across));
  auto paired_away = [&](const Quantity* q) {
    return std::find(lone_a.begin(), lone_a.begin() + static_cast<long>(paired), q) !=
               lone_a.begin() + static_cast<long>(paired) ||
           std::find(lone_b.begin(), lone_b.begin() + static_cast<long>(paired), q) !=
               lone_b.begin() + static_cast<long>(paired);
  };
  for (const QuantityMatch& m : compare_quantities(qa, qb)) {
    const Quantity* a = m.original >= 0 ? &qa[static_cast<size_t>(m.original)] : nullptr;
    const Quantity* b = m.rendition >= 0 ? &qb[static_cast<size_t>(m.rendition)] : nullptr;
    std::optional<Span> os = a ? span_of(o, a->first_token, a->last_token) : point_of(o);
    std::optional<Span> rs = b ? span_of(r, b->first_token, b->last_token) : point_of(r);
    switch (m.relation) {
      case QuantityRelation::same:
      case QuantityRelation::same_other_form:
      case QuantityRelation::converted:
        break;
      case QuantityRelation::unit_changed:
        // A unit word the other language's reader does not know ("Tonnen") is no unit.
        if (a->unit.empty() || b->unit.empty()) break;
        [[fallthrough]];
      case QuantityRelation::value_changed:
        out.push_back(
            finding(Category::number, Severity::critical, os, rs, m.explanation, bead, across));
        break;
      case QuantityRelation::approx_changed:
        out.push_back(
            finding(Category::approximator, Severity::minor, os, rs, m.explanation, bead, across));
        break;
      // Spelled-out numbers ("first", "dozens") are often read on one side only.
      case QuantityRelation::only_original:
        if (a->incidental || !has_digit(a->text) || paired_away(a)) break;
        out.push_back(finding(Category::number, Severity::minor, os, rs,
                              "number " + quoted(a->text) +
                                  " not found in the rendition (it may be written out there)",
                              bead, across));
        break;
      case QuantityRelation::only_rendition:
        if (b->incidental || !has_digit(b->text) || paired_away(b)) break;
        out.push_back(finding(Category::number, Severity::minor, os, rs,
                              "number " + quoted(b->text) + " is not in the original", bead,
                              across));
        break;
    }
  }
}

// --- names ------------------------------------------------------------------------------

bool capitalised(const Token& t) {
  const UChar32 c = first_code_point(t.text);
  return c > 0 && (u_isupper(c) || u_istitle(c));
}

// German capitalises every noun, so a capital there says nothing about a name.
bool capitalises_nouns(std::string_view language) { return language == "de" || language == "lb"; }

// The first word of a sentence, or of a quotation or a clause after a colon.
bool starts_clause(const Side& side, size_t i) {
  if (i == 0 || side.sentence_of[i - 1] != side.sentence_of[i]) return true;
  const Token& before = *side.tokens[i - 1];
  if (before.kind != TokenKind::punct) return false;
  static constexpr std::string_view kOpeners[] = {"\"", "“", "„", "«", "(", ":", "—", "–", "-"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), before.text) != std::end(kOpeners);
}

struct Name {
  size_t token;
  std::string key;
};

std::vector<Name> names_of(CrossLanguage& across, const Side& side,
                           const std::vector<bool>& in_value) {
  std::vector<Name> names;
  if (capitalises_nouns(side.language)) return names;
  const WordNet& wordnet = WordNet::embedded();
  for (size_t i = 0; i < side.tokens.size(); ++i) {
    const Token& t = *side.tokens[i];
    if (t.kind != TokenKind::word || in_value[i] || !capitalised(t) || starts_clause(side, i))
      continue;
    if (is_function_word(t.folded, side.language)) continue;
    std::string key = across.romanized(t.folded);
    if (key.size() < 2) continue;
    // An English capital on a dictionary word ("Western sources", "the President") is a
    // name only when it is a known place or people.
    if (side.language == "en" && exonym_group(key) < 0 && wordnet.is_lemma(t.folded)) continue;
    names.push_back({i, std::move(key)});
  }
  return names;
}

bool named_on(CrossLanguage& across, const Name& name, const Side& other) {
  for (const Token* t : other.tokens)
    if (t->kind == TokenKind::word && same_name(name.key, across.romanized(t->folded))) return true;
  return false;
}

void compare_names(CrossLanguage& across, const Side& o, const Side& r,
                   const std::vector<bool>& o_value, const std::vector<bool>& r_value, int bead,
                   std::vector<Finding>& out) {
  std::vector<Name> missing, added;
  for (const Name& n : names_of(across, o, o_value))
    if (!named_on(across, n, r)) missing.push_back(n);
  for (const Name& n : names_of(across, r, r_value))
    if (!named_on(across, n, o)) added.push_back(n);
  for (size_t k = 0; k < missing.size(); ++k) {
    const Name& n = missing[k];
    const Token& t = *o.tokens[n.token];
    if (k < added.size()) {
      const Token& u = *r.tokens[added[k].token];
      out.push_back(finding(Category::entity, Severity::major, span_of(o, n.token, n.token),
                            span_of(r, added[k].token, added[k].token),
                            "name " + quoted(t.text) + " became " + quoted(u.text) +
                                ": not the same name in either language's spelling",
                            bead, across));
    } else {
      out.push_back(
          finding(Category::entity, Severity::major, span_of(o, n.token, n.token), point_of(r),
                  "name " + quoted(t.text) + " not found in the rendition, in any spelling of it",
                  bead, across));
    }
  }
  for (size_t k = missing.size(); k < added.size(); ++k) {
    const Token& u = *r.tokens[added[k].token];
    out.push_back(finding(Category::entity, Severity::minor, point_of(o),
                          span_of(r, added[k].token, added[k].token),
                          "name " + quoted(u.text) + " is not in the original", bead, across));
  }
}

// --- negators, hedges, quotations, questions --------------------------------------------

// Tokens that start an entry of `kind`; for hedges only those of medium or strong doubt.
std::vector<size_t> marked(const Side& side, WordListKind kind) {
  std::vector<size_t> at;
  const WordList& list = word_list(side.language, kind);
  std::vector<std::string_view> folded;
  folded.reserve(side.tokens.size());
  for (const Token* t : side.tokens) folded.push_back(t->folded);
  for (size_t i = 0; i < folded.size();) {
    size_t length = 0;
    const WordListEntry* e = list.match(folded, i, &length);
    if (e == nullptr || length == 0) {
      ++i;
      continue;
    }
    if (kind != WordListKind::hedges || e->attribute != "weak") at.push_back(i);
    i += length;
  }
  return at;
}

// A marker on one side only: `what` names the kind for the message.
void compare_markers(const Side& o, const Side& r, WordListKind kind, Category category,
                     Severity severity, std::string_view what, int bead,
                     const CrossLanguage& across, std::vector<Finding>& out) {
  // A language without a list cannot say it has none.
  if (word_list(o.language, kind).empty() || word_list(r.language, kind).empty()) return;
  const std::vector<size_t> a = marked(o, kind);
  const std::vector<size_t> b = marked(r, kind);
  if (!a.empty() && b.empty()) {
    const Token& t = *o.tokens[a.front()];
    out.push_back(finding(category, severity, span_of(o, a.front(), a.front()), point_of(r),
                          std::string(what) + " " + quoted(t.text) +
                              " dropped: the rendition has no " + std::string(what) + " here",
                          bead, across));
  } else if (a.empty() && !b.empty()) {
    const Token& t = *r.tokens[b.front()];
    out.push_back(finding(category, severity, point_of(o), span_of(r, b.front(), b.front()),
                          std::string(what) + " " + quoted(t.text) +
                              " added: the original has no " + std::string(what) + " here",
                          bead, across));
  }
}

size_t quotation_marks(const Side& side) {
  static constexpr std::string_view kMarks[] = {"\"", "“", "”", "„", "«", "»", "‹", "›"};
  size_t n = 0;
  for (const Token* t : side.tokens)
    if (t->kind == TokenKind::punct &&
        std::find(std::begin(kMarks), std::end(kMarks), t->text) != std::end(kMarks))
      ++n;
  return n;
}

bool asks(const Side& side) {
  for (auto it = side.tokens.rbegin(); it != side.tokens.rend(); ++it) {
    if ((*it)->kind != TokenKind::punct) return false;
    if ((*it)->text == "?" || (*it)->text == "？") return true;
  }
  return false;
}

}  // namespace

bool different_languages(const Document& original, const Document& rendition) {
  return primary(original.language) != primary(rendition.language);
}

void detect_across_languages(CrossLanguage& across, const Bead& bead, int index,
                             std::vector<Finding>& out) {
  const Side o = side_of(across.original(), bead.original);
  const Side r = side_of(across.rendition(), bead.rendition);
  if (o.tokens.empty() || r.tokens.empty()) return;
  std::vector<bool> o_value(o.tokens.size()), r_value(r.tokens.size());
  compare_values(o, r, index, across, o_value, r_value, out);
  compare_names(across, o, r, o_value, r_value, index, out);
  compare_markers(o, r, WordListKind::negators, Category::negation, Severity::major, "negator",
                  index, across, out);
  compare_markers(o, r, WordListKind::hedges, Category::modality, Severity::minor, "hedge", index,
                  across, out);
  const size_t oq = quotation_marks(o), rq = quotation_marks(r);
  if ((oq == 0) != (rq == 0))
    out.push_back(finding(Category::quote, Severity::minor, point_of(o), point_of(r),
                          oq > 0 ? "quotation marks dropped: the rendition no longer quotes"
                                 : "quotation marks added: the original does not quote",
                          index, across));
  if (asks(o) != asks(r))
    out.push_back(finding(Category::modality, Severity::major, point_of(o), point_of(r),
                          asks(o) ? "the original asks, the rendition states"
                                  : "the original states, the rendition asks",
                          index, across));
}

}  // namespace driftcheck
