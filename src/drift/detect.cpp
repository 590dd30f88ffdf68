// The drift stage: every match and moved bead is diffed word by word and passed through the
// detector table (detectors.h); omitted and added sentences become omission and addition
// findings, judged by what they say.
#include "drift/detect.h"

#include <algorithm>
#include <string>

#include "align/zones.h"
#include "drift/bead_view.h"
#include "drift/cross_language.h"
#include "drift/detectors.h"
#include "drift/word_diff.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

// An omission of a headline's one verb ("Strengthen restrictions on exports" / "Restrictions
// on exports"): the headline no longer says anything is done. A word WordNet knows only as a
// verb, so "increase" or "plan", also nouns, are left to the leniency. WordNet folds the
// capital of a headline's first word itself.
bool drops_the_action(const Finding& f) {
  if (f.category != Category::omission || !f.original || f.original->text.empty() ||
      f.original->text.find(' ') != std::string::npos)
    return false;
  const std::string& word = f.original->text;
  const WordNet& wn = WordNet::embedded();
  return wn.knows(word, PartOfSpeech::verb) && !wn.knows(word, PartOfSpeech::noun) &&
         !wn.knows(word, PartOfSpeech::adjective);
}

// A standalone line of at most this many words is a heading, byline or teaser.
constexpr size_t kHeadingWords = 12;
// A dropped or added sentence with at least this many content words makes a claim.
constexpr size_t kClaimContentWords = 3;

bool is_caveat(const Sentence& s, std::string_view language) {
  // "CNN has been unable to independently verify this", "has not been confirmed".
  bool doubt = false, check = false;
  const WordList& negators = word_list(language, WordListKind::negators);
  const WordList& hedges = word_list(language, WordListKind::hedges);
  for (const Token& t : s.tokens) {
    if (negators.find(t.folded)) doubt = true;
    if (const WordListEntry* e = hedges.find(t.folded); e && e->attribute == "strong") doubt = true;
    if (t.stem == "verifi" || t.stem == "confirm" || t.stem == "independ" || t.stem == "corrobor")
      check = true;
  }
  return doubt && check;
}

bool negative(const Sentence& s, std::string_view language) {
  const WordList& negators = word_list(language, WordListKind::negators);
  return std::any_of(s.tokens.begin(), s.tokens.end(),
                     [&](const Token& t) { return negators.find(t.folded) != nullptr; });
}

// A short line without a full stop that ends its paragraph: a heading, or the last line of a
// headline block ("Russia built a drone factory. Now it's leaving Tehran out in the cold").
bool is_heading(const Document& doc, const Sentence& s) {
  size_t words = 0;
  for (const Token& t : s.tokens) words += t.kind != TokenKind::punct;
  const size_t next = static_cast<size_t>(s.id) + 1;
  const bool ends_paragraph =
      next >= doc.sentences.size() || doc.sentences[next].paragraph != s.paragraph;
  return (s.standalone || ends_paragraph) && words <= kHeadingWords && !ends_with_full_stop(s);
}

Finding sentence_finding(const Document& doc, const Sentence& s, bool omitted, int bead) {
  size_t words = 0, content = 0;
  for (const Token& t : s.tokens) {
    if (t.kind == TokenKind::punct) continue;
    ++words;
    if (t.kind == TokenKind::word && !is_function_word(t.folded, doc.language)) ++content;
  }
  Finding f;
  f.category = omitted ? Category::omission : Category::addition;
  f.bead = bead;
  Span span{s.id, s.start, s.end, s.text};
  (omitted ? f.original : f.rendition) = span;
  const char* what = omitted ? "dropped" : "added";
  if (is_caveat(s, doc.language)) {
    f.severity = Severity::major;
    f.message = std::string("caveat ") + what + ": " +
                (omitted ? "the rendition no longer says the claim is unverified"
                         : "the rendition doubts what the original states");
  } else if (is_heading(doc, s)) {
    f.severity = Severity::minor;
    f.message = std::string("heading or short line ") + what;
  } else if (content >= kClaimContentWords ||
             (content > 0 && negative(s, doc.language) && ends_with_full_stop(s))) {
    // "No one was injured.": short, but a negative statement is a claim of its own.
    f.severity = Severity::major;
    f.message = omitted ? "sentence dropped: the rendition no longer says this"
                        : "sentence added: the original does not say this";
  } else {
    f.severity = Severity::minor;
    f.message = std::string("short sentence ") + what;
  }
  f.evidence.emplace_back("content words", std::to_string(content));
  return f;
}

// The word diff costs O((N+M)·D) and the rewrite and lexical detectors compare words across
// the sides, so a group past this many tokens on a side is not diffed: it becomes one rewrite
// finding for a person to read. News sentences stay far below it; a 5 MB line without a full
// stop, or a 100,000-word sentence, would otherwise take minutes.
constexpr size_t kMaxTokensToDiff = 400;

size_t token_count(const Document& doc, const std::vector<int>& ids) {
  size_t n = 0;
  for (int id : ids) n += doc.sentences[static_cast<size_t>(id)].tokens.size();
  return n;
}

Span group_span(const Document& doc, const std::vector<int>& ids) {
  const Sentence& first = doc.sentences[static_cast<size_t>(ids.front())];
  const Sentence& last = doc.sentences[static_cast<size_t>(ids.back())];
  // The whole group, as the document has it between its first and last sentence.
  return Span{first.id, first.start, last.end, text_between(doc, first.start, last.end)};
}

Finding oversized_group_finding(const Document& original, const Document& rendition,
                                const Bead& bead, int index, size_t tokens) {
  Finding f;
  f.category = Category::rewrite;
  f.severity = Severity::major;
  f.bead = index;
  f.original = group_span(original, bead.original);
  f.rendition = group_span(rendition, bead.rendition);
  f.message = "aligned passage too long to compare word by word (" + std::to_string(tokens) +
              " tokens): read both sides";
  f.evidence.emplace_back("limit", std::to_string(kMaxTokensToDiff) + " tokens a side");
  return f;
}

void detect_bead(const Document& original, const Document& rendition, const Bead& bead, int index,
                 LexiconCache& lexicon, CrossLanguage& across, std::vector<Finding>& out,
                 BeadChanges& changes) {
  const size_t tokens =
      std::max(token_count(original, bead.original), token_count(rendition, bead.rendition));
  if (tokens > kMaxTokensToDiff) {
    out.push_back(oversized_group_finding(original, rendition, bead, index, tokens));
    return;
  }
  if (across.active()) {
    if (bead.kind == BeadKind::moved) {
      Finding f;
      f.category = Category::moved;
      f.bead = index;
      f.original = group_span(original, bead.original);
      f.rendition = group_span(rendition, bead.rendition);
      f.message = "sentence moved: it appears elsewhere in the rendition";
      out.push_back(std::move(f));
    }
    detect_across_languages(across, bead, index, out);
    return;
  }
  BeadView view = make_bead_view(original, rendition, bead, index, &lexicon);
  changes = changed_ranges(view);
  run_detectors(view, out);
}

bool boilerplate(const Document& doc, const std::vector<int>& ids) {
  return !ids.empty() && std::all_of(ids.begin(), ids.end(), [&](int id) {
    return doc.sentences[static_cast<size_t>(id)].zone == Zone::boilerplate;
  });
}

}  // namespace

Drift detect_drift(const Document& original, const Document& rendition, const Alignment& alignment,
                   const CheckOptions& options) {
  Drift drift;
  drift.changes.resize(alignment.beads.size());
  std::vector<Finding>& findings = drift.findings;
  LexiconCache lexicon;
  lexicon.shared_judgements = options.judgement_memo;
  if (options.wordnet_senses != nullptr) lexicon.senses = WordNetMemo(options.wordnet_senses);
  CrossLanguage across(original, rendition);
  // Page chrome the zoning left in the body, as zones decided it (align/zones.h).
  const ChromeLines& chrome = alignment.unmatched_chrome;
  auto is_chrome = [](const std::vector<bool>& lines, int id) {
    return static_cast<size_t>(id) < lines.size() && lines[static_cast<size_t>(id)];
  };
  for (size_t i = 0; i < alignment.beads.size(); ++i) {
    options.deadline.check();
    const Bead& bead = alignment.beads[i];
    const int index = static_cast<int>(i);
    const size_t before = findings.size();
    if (bead.kind == BeadKind::omitted || bead.kind == BeadKind::added) {
      const bool omitted = bead.kind == BeadKind::omitted;
      const Document& doc = omitted ? original : rendition;
      for (int id : omitted ? bead.original : bead.rendition) {
        const Sentence& s = doc.sentences[static_cast<size_t>(id)];
        if (s.zone == Zone::boilerplate) continue;
        findings.push_back(sentence_finding(doc, s, omitted, index));
        if (is_chrome(omitted ? chrome.original : chrome.rendition, id)) {
          findings.back().severity = Severity::info;
          findings.back().message +=
              " (a short line among other unmatched short lines: page chrome)";
          findings.back().evidence.emplace_back(kZoneEvidence, kPageChrome);
        }
      }
      continue;
    }
    if (bead.original.empty() || bead.rendition.empty()) continue;
    if (boilerplate(original, bead.original) && boilerplate(rendition, bead.rendition)) continue;
    detect_bead(original, rendition, bead, index, lexicon, across, findings, drift.changes[i]);
    // A headline is worded freely ("leaving Tehran out in the cold" -> "left Tehran without
    // control"); the body carries its claims and is checked sentence by sentence. Figures,
    // dates and names in it still count in full, and so does a word traded for its opposite:
    // "Prices rise" -> "Prices fall" is no freer in a headline than in the body. (A negator
    // is: "out in the cold" -> "without control".)
    if (std::all_of(bead.original.begin(), bead.original.end(), [&](int id) {
          return is_heading(original, original.sentences[static_cast<size_t>(id)]);
        }))
      for (size_t k = before; k < findings.size(); ++k) {
        Finding& f = findings[k];
        if (f.category == Category::number || f.category == Category::date ||
            f.category == Category::entity || f.category == Category::antonym ||
            f.severity <= Severity::minor || drops_the_action(f))
          continue;
        f.severity = Severity::minor;
        f.message += " (in a headline, which a rendition may word freely)";
      }
    // Boilerplate is never flagged above info.
    if (boilerplate(original, bead.original) || boilerplate(rendition, bead.rendition))
      for (size_t k = before; k < findings.size(); ++k) findings[k].severity = Severity::info;
  }

  // Rendition reading order: beads are in that order already; within a bead, by position.
  auto position = [](const std::optional<Span>& s) { return s ? s->start : 0u; };
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
    if (a.bead != b.bead) return a.bead < b.bead;
    if (position(a.rendition) != position(b.rendition))
      return position(a.rendition) < position(b.rendition);
    return position(a.original) < position(b.original);
  });
  return drift;
}

}  // namespace driftcheck
