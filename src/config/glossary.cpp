#include "config/glossary.h"

#include <fmt/format.h>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "text/segment.h"

namespace driftcheck {
namespace {

// Hyphens and dashes join or separate a term's parts at will ("Shahed-136", "Shahed 136").
bool is_dash(const Token& token) {
  static constexpr std::array<std::string_view, 8> kDashes = {
      "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\u2043"};
  if (token.kind != TokenKind::punct && token.kind != TokenKind::symbol) return false;
  for (std::string_view d : kDashes)
    if (token.folded == d) return true;
  return false;
}

// A possessive after a term still names it: "Shahed-136's range".
bool is_possessive(std::string_view rest) {
  return rest == "'s" || rest == "\u2019s" || rest == "'" || rest == "\u2019";
}

std::string match_key(const std::string& phrase) {
  const Document doc = segment_text(phrase, SegmentOptions{});
  std::string key;
  for (const Sentence& s : doc.sentences)
    for (const Token& t : s.tokens)
      if (!is_dash(t)) key += t.folded;
  return key;
}

struct Mention {
  size_t first = 0;  // token indices, inclusive
  size_t last = 0;
};

// The first run of tokens in `s` whose folded forms, dashes skipped, spell `key`.
std::optional<Mention> find_in_sentence(const Sentence& s, std::string_view key) {
  const std::vector<Token>& tokens = s.tokens;
  for (size_t first = 0; first < tokens.size(); ++first) {
    if (is_dash(tokens[first])) continue;
    size_t matched = 0;
    for (size_t i = first; i < tokens.size(); ++i) {
      if (is_dash(tokens[i])) continue;
      const std::string_view piece = tokens[i].folded;
      const std::string_view rest = key.substr(matched);
      if (rest.substr(0, piece.size()) == piece) {
        matched += piece.size();
        if (matched == key.size()) return Mention{first, i};
        continue;
      }
      if (piece.substr(0, rest.size()) == rest && is_possessive(piece.substr(rest.size())))
        return Mention{first, i};
      break;
    }
  }
  return std::nullopt;
}

// The UTF-8 bytes of code points [from, to) of a sentence's text.
std::string sentence_slice(const Sentence& s, uint32_t from, uint32_t to) {
  size_t byte = 0;
  uint32_t cp = s.start;
  size_t begin = std::string::npos;
  while (byte < s.text.size()) {
    if (cp == from) begin = byte;
    if (cp == to) break;
    const auto lead = static_cast<unsigned char>(s.text[byte]);
    byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    ++cp;
  }
  if (begin == std::string::npos) return {};
  return s.text.substr(begin, std::min(byte, s.text.size()) - begin);
}

bool mentions_any(const Document& doc, const std::vector<std::string>& keys) {
  for (const Sentence& s : doc.sentences)
    for (const std::string& key : keys)
      if (find_in_sentence(s, key)) return true;
  return false;
}

std::string quoted_list(const std::vector<std::string>& forms) {
  std::string out;
  for (const std::string& f : forms) out += (out.empty() ? "'" : ", '") + f + "'";
  return out;
}

}  // namespace

GlossaryTerm make_glossary_term(std::string term, std::vector<std::string> forms) {
  GlossaryTerm t;
  t.key = match_key(term);
  for (const std::string& form : forms) {
    std::string key = match_key(form);
    if (!key.empty()) t.form_keys.push_back(std::move(key));
  }
  t.term = std::move(term);
  t.forms = std::move(forms);
  return t;
}

std::vector<Finding> check_glossary(const std::vector<GlossaryTerm>& glossary,
                                    const Document& original, const Document& rendition,
                                    const Alignment& alignment) {
  std::vector<Finding> findings;
  for (const GlossaryTerm& term : glossary) {
    if (term.key.empty() || term.form_keys.empty()) continue;
    const Sentence* where = nullptr;
    std::optional<Mention> mention;
    for (const Sentence& s : original.sentences) {
      if (s.zone != Zone::body) continue;
      if ((mention = find_in_sentence(s, term.key))) {
        where = &s;
        break;
      }
    }
    if (where == nullptr || mentions_any(rendition, term.form_keys)) continue;

    Finding f;
    f.category = Category::entity;
    f.severity = Severity::major;
    const uint32_t start = where->tokens[mention->first].start;
    const uint32_t end = where->tokens[mention->last].end;
    f.original = Span{where->id, start, end, sentence_slice(*where, start, end)};
    for (size_t b = 0; b < alignment.beads.size(); ++b) {
      const Bead& bead = alignment.beads[b];
      bool holds = false;
      for (int id : bead.original) holds = holds || id == where->id;
      if (!holds) continue;
      f.bead = static_cast<int>(b);
      if (!bead.rendition.empty()) {
        const Sentence& r = rendition.sentences[static_cast<size_t>(bead.rendition.front())];
        f.rendition = Span{r.id, r.start, r.end, r.text};
      }
      break;
    }
    f.message = fmt::format(
        "glossary term '{}' is missing from the rendition: expected {}; a name the glossary "
        "fixes was dropped or rendered another way",
        term.term, quoted_list(term.forms));
    f.evidence.emplace_back("glossary", term.term);
    findings.push_back(std::move(f));
  }
  return findings;
}

}  // namespace driftcheck
