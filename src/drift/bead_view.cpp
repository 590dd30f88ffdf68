#include "drift/bead_view.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <dtl/dtl.hpp>
#include <unordered_map>
#include <unordered_set>

#include "drift/detector.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"
#include "text/tokenize.h"

namespace driftcheck {
namespace {

// Tight: the two sides differ in at most this many content words and share at least this
// share of them. A minimal edit ("high" -> "low" in an otherwise copied sentence) is
// deliberate, so it is judged at full severity; free translations are judged more leniently.
constexpr size_t kTightMaxChangedContent = 2;
constexpr double kTightMinOverlap = 0.8;
// How many earlier sentences of its paragraph may hold the opening mark of a quotation that
// is still open where a sentence starts.
constexpr size_t kMaxQuotedSentences = 50;
// From this many letters a misspelling may hold two slips ("relitavely" for "relatively");
// shorter words two letters apart are more often two different words.
constexpr size_t kLongWordForTwoSlips = 8;
// ... and only if they keep this many last letters of the word.
constexpr size_t kKeptEnding = 3;

std::string normalize_quotes(const std::string& s) {
  // U+2019 (right single quote) and U+2018 are apostrophes inside words. Copied in one pass:
  // replacing in place moves the rest of a long token once per quote.
  if (s.find('\xE2') == std::string::npos) return s;  // most words: one byte search, a copy
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' &&
        (s[i + 2] == '\x99' || s[i + 2] == '\x98')) {
      out += '\'';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool has_letter(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c > 0 && u_isalpha(c)) return true;
  }
  return false;
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c > 0 && (u_isupper(c) || u_istitle(c));
}

// Numbers compare by value: "6,000" = "6000"; "1.75" stays "1.75".
std::string number_key(std::string_view folded) {
  std::string out;
  for (char c : folded) {
    if (c == ',' || c == ' ' || c == '\'') continue;
    out += c;
  }
  return out.empty() ? std::string(folded) : out;
}

enum class QuoteMark { none, open, close, toggle };

QuoteMark quote_mark(std::string_view t) {
  if (t == "\"" || t == "'") return QuoteMark::toggle;
  if (t == "\xE2\x80\x9C" || t == "\xC2\xAB" || t == "\xE2\x80\x98" || t == "\xE2\x80\x9E")
    return QuoteMark::open;  // “ « ‘ „
  if (t == "\xE2\x80\x9D" || t == "\xC2\xBB" || t == "\xE2\x80\x99") return QuoteMark::close;
  return QuoteMark::none;
}

// Quote state after `mark` given the state before it.
bool after_mark(bool quoted, QuoteMark mark) {
  switch (mark) {
    case QuoteMark::open:
      return true;
    case QuoteMark::close:
      return false;
    case QuoteMark::toggle:
      return !quoted;
    case QuoteMark::none:
      break;
  }
  return quoted;
}

// Whether a quotation opened earlier in the paragraph is still open where sentence `id`
// starts: a quote of several sentences puts its opening mark in the first of them only.
bool quote_open_before(const Document& doc, int id) {
  const size_t k = static_cast<size_t>(id);
  size_t first = k;
  // Looking back at most kMaxQuotedSentences keeps a bead's cost bounded: a paragraph of
  // 20,000 sentences on one line was rescanned for each of them (10 s). No quotation runs
  // that long; an unbalanced mark that far back is noise.
  while (first > 0 && k - first < kMaxQuotedSentences &&
         doc.sentences[first - 1].paragraph == doc.sentences[k].paragraph)
    --first;
  bool quoted = false;
  for (size_t i = first; i < k; ++i)
    for (const Token& t : doc.sentences[i].tokens)
      if (t.kind == TokenKind::punct) quoted = after_mark(quoted, quote_mark(t.text));
  return quoted;
}

void fill_side(const Document& doc, const std::vector<int>& ids, std::string_view language,
               BeadSide& side) {
  side.doc = &doc;
  side.sentences = ids;
  bool quoted = !ids.empty() && quote_open_before(doc, ids.front());
  for (int id : ids) {
    const Sentence& s = doc.sentences[static_cast<size_t>(id)];
    bool initial = true;
    for (const Token& t : s.tokens) {
      side.tokens.push_back(&t);
      side.word_at_token.push_back(
          t.kind == TokenKind::punct ? -1 : static_cast<int>(side.words.size()));
      if (t.kind == TokenKind::punct) {
        quoted = after_mark(quoted, quote_mark(t.text));
        if (t.text == ":" || quote_mark(t.text) != QuoteMark::none) initial = true;
        continue;
      }
      Word w;
      w.token = &t;
      w.sentence = id;
      w.folded = normalize_quotes(t.folded);
      w.key = t.kind == TokenKind::number ? number_key(w.folded) : normalize_quotes(t.stem);
      w.opaque = is_opaque(t);
      w.capitalized = starts_upper(t.text);
      w.sentence_initial = initial;
      w.in_quote = quoted;
      w.content = t.kind == TokenKind::word && has_letter(w.folded) &&
                  (w.opaque || !is_function_word(w.folded, language));
      w.repeat =
          !side.words.empty() && side.words.back().key == w.key && side.words.back().sentence == id;
      if (w.content && !w.repeat) ++side.content_words;
      initial = false;
      side.words.push_back(std::move(w));
    }
    // Questions: the sentence's last punctuation is '?'.
    for (auto it = s.tokens.rbegin(); it != s.tokens.rend(); ++it) {
      if (it->kind != TokenKind::punct) break;
      if (it->text == "?" || it->text == "\xEF\xBC\x9F") side.question = true;
    }
  }
  // Phrasal verbs: "turned down" is "turn_down" (reject), not "turn".
  static constexpr std::string_view kParticles[] = {"down", "up", "off", "out", "back", "over"};
  const WordNet& wn = WordNet::embedded();
  for (size_t i = 0; i + 1 < side.words.size(); ++i) {
    Word& w = side.words[i];
    const std::string& next = side.words[i + 1].folded;
    if (!w.content || w.opaque ||
        std::find(std::begin(kParticles), std::end(kParticles), next) == std::end(kParticles))
      continue;
    for (const std::string& base : wn.base_forms(w.folded, PartOfSpeech::verb)) {
      std::string lemma = base + "_" + next;
      if (wn.knows(lemma, PartOfSpeech::verb)) {
        w.phrasal = std::move(lemma);
        break;
      }
    }
  }
  for (const Word& w : side.words) side.folded.push_back(w.folded);
  side.claimed.assign(side.words.size(), false);
  // A repeated word is a slip of the keyboard, never a change of meaning.
  for (size_t i = 0; i < side.words.size(); ++i) side.claimed[i] = side.words[i].repeat;
}

// A word that can be a slip of the keyboard: lower-case ASCII letters (a capital inside a
// sentence starts a name, and "Smyth" is not "Smith" misspelt), not a word WordNet or the
// function-word lists know.
bool may_be_misspelt(const Word& w, std::string_view language) {
  if (w.opaque || w.folded.size() < 3 || (w.capitalized && !w.sentence_initial)) return false;
  if (!std::all_of(w.folded.begin(), w.folded.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  return !is_function_word(w.folded, language) && !WordNet::embedded().is_lemma(w.folded);
}

// One slip from `right`: two letters swapped ("yuo", "becuase"), or one letter dropped, added
// or changed (two inside words of eight letters or more: "relitavely").
bool slip_of(std::string_view slip, std::string_view right) {
  if (slip.size() == right.size()) {
    size_t i = 0;
    while (i < slip.size() && slip[i] == right[i]) ++i;
    if (i + 1 < slip.size() && slip[i] == right[i + 1] && slip[i + 1] == right[i] &&
        slip.substr(i + 2) == right.substr(i + 2))
      return true;
  }
  const size_t shorter = std::min(slip.size(), right.size());
  if (shorter < 4) return false;
  if (edit_distance_at_most(slip, right, 1) <= 1) return true;
  // Two slips only inside the word: a changed ending is another language's form of it
  // ("investigadores", "statistiky"), not a typing error.
  return shorter >= kLongWordForTwoSlips && slip.front() == right.front() &&
         slip.substr(slip.size() - kKeptEnding) == right.substr(right.size() - kKeptEnding) &&
         edit_distance_at_most(slip, right, 2) <= 2;
}

// Misspellings compared as the word they misspell: a word of one side that is no word, one
// slip from a word of the other side that has no counterpart there, takes that word's diff
// key, so "is aslo the base" keeps "also" and no detector reads "aslo" as a new word.
void mend_misspellings(BeadView& view) {
  auto keys_of = [](const BeadSide& side) {
    std::unordered_set<std::string_view> keys;
    for (const Word& w : side.words) keys.insert(w.key);
    return keys;
  };
  const auto o_keys = keys_of(view.original), r_keys = keys_of(view.rendition);
  auto mend = [&](BeadSide& side, const std::unordered_set<std::string_view>& other_keys,
                  const BeadSide& other, const std::unordered_set<std::string_view>& own_keys,
                  bool rendition_side) {
    for (size_t i = 0; i < side.words.size(); ++i) {
      Word& w = side.words[i];
      if (other_keys.count(w.key) > 0 || !may_be_misspelt(w, view.language)) continue;
      for (size_t k = 0; k < other.words.size(); ++k) {
        const Word& x = other.words[k];
        if (x.opaque || own_keys.count(x.key) > 0 || !slip_of(w.folded, x.folded)) continue;
        w.key = x.key;
        view.misspellings.emplace_back(rendition_side ? k : i, rendition_side ? i : k);
        break;
      }
    }
  };
  mend(view.rendition, o_keys, view.original, r_keys, true);
  mend(view.original, r_keys, view.rendition, o_keys, false);
}

void diff_words(BeadView& view) {
  std::unordered_map<std::string_view, int> ids;
  auto encode = [&ids](const BeadSide& side) {
    std::vector<int> seq;
    seq.reserve(side.words.size());
    for (const Word& w : side.words) {
      auto [it, inserted] = ids.emplace(w.key, static_cast<int>(ids.size()));
      seq.push_back(it->second);
    }
    return seq;
  };
  std::vector<int> a = encode(view.original);
  std::vector<int> b = encode(view.rendition);
  dtl::Diff<int, std::vector<int>> diff(a, b);
  diff.compose();

  size_t o_pos = 0, r_pos = 0;
  bool in_run = false;
  Hunk run;
  for (const auto& [elem, info] : diff.getSes().getSequence()) {
    (void)elem;
    if (info.type == dtl::SES_COMMON) {
      if (in_run) {
        run.o_end = o_pos;
        run.r_end = r_pos;
        view.hunks.push_back(run);
        in_run = false;
      }
      view.common.emplace_back(o_pos, r_pos);
      ++o_pos;
      ++r_pos;
      continue;
    }
    if (!in_run) {
      run = Hunk{o_pos, o_pos, r_pos, r_pos};
      in_run = true;
    }
    if (info.type == dtl::SES_DELETE) ++o_pos;
    if (info.type == dtl::SES_ADD) ++r_pos;
  }
  if (in_run) {
    run.o_end = o_pos;
    run.r_end = r_pos;
    view.hunks.push_back(run);
  }

  // Merge two hunks separated by one common function word ("fired a lot" / "produced a lot"
  // stays two; "the X of the Y" edits around "of" become one change).
  std::vector<Hunk> merged;
  for (const Hunk& h : view.hunks) {
    if (!merged.empty()) {
      Hunk& last = merged.back();
      if (h.o_begin == last.o_end + 1 && h.r_begin == last.r_end + 1 &&
          !view.original.words[last.o_end].content) {
        last.o_end = h.o_end;
        last.r_end = h.r_end;
        continue;
      }
    }
    merged.push_back(h);
  }
  view.hunks = std::move(merged);

  size_t common_content = 0;
  for (auto [o, r] : view.common) common_content += view.original.words[o].content ? 1 : 0;
  const size_t total = view.original.content_words + view.rendition.content_words;
  view.changed_content = total - 2 * common_content;
  view.overlap = total == 0 ? 1.0 : 2.0 * static_cast<double>(common_content) / total;
  view.tight =
      total - 2 * common_content <= kTightMaxChangedContent && view.overlap >= kTightMinOverlap;
}

// The letters and digits of words [b, e) run together: "one-hundred" and "one hundred",
// "p. 109" and "p109", "do n't" and "don't", "U.S." and "US" all come out the same.
std::string joined(const BeadSide& side, size_t b, size_t e) {
  std::string out;
  for (size_t k = b; k < e; ++k)
    for (char c : side.words[k].folded)
      if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)))
        out += c;
  return out;
}

constexpr size_t kMaxRespacedRun = 3;

// joined(side, k, k + n) for each word k of [b, e) and n = 1 .. kMaxRespacedRun (empty past
// e): built once per hunk, not once per pair of words, which on a hunk of long tokens
// copied each one hundreds of times.
std::vector<std::array<std::string, kMaxRespacedRun>> joined_runs(const BeadSide& side, size_t b,
                                                                  size_t e) {
  std::vector<std::array<std::string, kMaxRespacedRun>> out(e - b);
  for (size_t k = b; k < e; ++k)
    for (size_t n = 1; n <= kMaxRespacedRun && k + n <= e; ++n)
      out[k - b][n - 1] = joined(side, k, k + n);
  return out;
}

// Words split, joined, hyphenated or punctuated differently are the same words: inside each
// hunk, a run of up to three words on one side that spells a run on the other is claimed as
// a tokenization difference, and a hunk left with nothing else is dropped.
void claim_respaced(BeadView& view) {
  constexpr size_t kMaxRun = kMaxRespacedRun;
  BeadSide& o_side = view.original;
  BeadSide& r_side = view.rendition;
  for (const Hunk& h : view.hunks) {
    const auto o_runs = joined_runs(o_side, h.o_begin, h.o_end);
    const auto r_runs = joined_runs(r_side, h.r_begin, h.r_end);
    for (size_t i = h.o_begin; i < h.o_end; ++i) {
      if (o_side.claimed[i]) continue;
      bool found = false;
      for (size_t lo = 1; lo <= kMaxRun && i + lo <= h.o_end && !found; ++lo) {
        const std::string& a = o_runs[i - h.o_begin][lo - 1];
        if (a.empty()) break;
        for (size_t j = h.r_begin; j < h.r_end && !found; ++j) {
          if (r_side.claimed[j]) continue;
          for (size_t lr = 1; lr <= kMaxRun && j + lr <= h.r_end; ++lr) {
            if (lo > 1 && lr > 1) break;  // one side is a single word
            const std::string& b = r_runs[j - h.r_begin][lr - 1];
            if (b.size() > a.size()) break;
            if (b != a) continue;
            for (size_t k = i; k < i + lo; ++k) o_side.claimed[k] = true;
            for (size_t k = j; k < j + lr; ++k) r_side.claimed[k] = true;
            found = true;
            break;
          }
        }
      }
    }
  }
  std::erase_if(view.hunks, [&](const Hunk& h) {
    for (size_t k = h.o_begin; k < h.o_end; ++k)
      if (!o_side.claimed[k]) return false;
    for (size_t k = h.r_begin; k < h.r_end; ++k)
      if (!r_side.claimed[k]) return false;
    return true;
  });
}

// Byte offset of code point `cp` within `text`.
size_t byte_at(std::string_view text, uint32_t cp) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(text.size());
  for (uint32_t k = 0; k < cp && i < n; ++k) U8_FWD_1(text.data(), i, n);
  return static_cast<size_t>(i);
}

}  // namespace

bool document_has_pair(const BeadView& view, bool original, const std::string& first,
                       const std::string& second) {
  const Document* doc = original ? view.original.doc : view.rendition.doc;
  if (doc == nullptr) return false;
  const std::string wanted = first + '\x1f' + second;
  auto for_each_pair = [&](auto&& visit) {
    for (const Sentence& s : doc->sentences) {
      const Token* previous = nullptr;
      for (const Token& t : s.tokens) {
        if (t.kind != TokenKind::word) continue;
        if (previous != nullptr &&
            visit(normalize_quotes(previous->stem) + '\x1f' + normalize_quotes(t.stem)))
          return true;
        previous = &t;
      }
    }
    return false;
  };
  if (view.lexicon == nullptr)
    return for_each_pair([&](const std::string& pair) { return pair == wanted; });
  const int side = original ? 0 : 1;
  std::unordered_set<std::string>& pairs = view.lexicon->pairs[side];
  if (!view.lexicon->pairs_filled[side]) {
    for_each_pair([&](std::string pair) {
      pairs.insert(std::move(pair));
      return false;
    });
    view.lexicon->pairs_filled[side] = true;
  }
  return pairs.count(wanted) > 0;
}

bool cached_is_lemma(const BeadView& view, std::string_view word) {
  if (word.size() > kMaxWordBytes) return false;
  if (view.lexicon == nullptr) return WordNet::embedded().is_lemma(word);
  auto& memo = view.lexicon->lemma;
  if (auto it = memo.find(std::string(word)); it != memo.end()) return it->second;
  const bool known = WordNet::embedded().is_lemma(word);
  memo.emplace(std::string(word), known);
  return known;
}

int cached_relate_common(LexiconCache* lexicon, const std::string& a, const std::string& b) {
  const WordNet& wn = WordNet::embedded();
  // Opaque tokens: WordNet knows no word that long; a memo key would copy both.
  if (a.size() > kMaxWordBytes || b.size() > kMaxWordBytes)
    return static_cast<int>(WordRelation::unknown);
  if (lexicon == nullptr) return static_cast<int>(wn.relate_common(a, b));
  std::string key;
  key.reserve(a.size() + b.size() + 1);
  key += a;
  key += '\x1f';
  key += b;
  if (auto it = lexicon->related.find(key); it != lexicon->related.end()) return it->second;
  const int r = static_cast<int>(wn.relate_common(a, b));
  lexicon->related.emplace(std::move(key), r);
  return r;
}

bool is_function_word(std::string_view folded, std::string_view language) {
  if (word_list(language, WordListKind::stopwords).find(folded)) return true;
  if (word_list(language, WordListKind::pronouns).find(folded)) return true;
  if (word_list(language, WordListKind::negators).find(folded)) return true;
  // Contractions of function words: "it's", "they've", "i'm", "that's".
  if (auto at = folded.find('\''); at != std::string_view::npos && at > 0) {
    std::string_view head = folded.substr(0, at);
    if (word_list(language, WordListKind::stopwords).find(head) ||
        word_list(language, WordListKind::pronouns).find(head))
      return true;
  }
  return false;
}

BeadView make_bead_view(const Document& original, const Document& rendition, const Bead& bead,
                        int bead_index) {
  BeadView view;
  view.bead = bead_index;
  view.language = original.language.empty() ? "en" : original.language;
  fill_side(original, bead.original, view.language, view.original);
  fill_side(rendition, bead.rendition, view.language, view.rendition);
  mend_misspellings(view);
  diff_words(view);
  claim_respaced(view);
  return view;
}

Span span_of(const BeadSide& side, size_t begin, size_t end) {
  Span span;
  const Document& doc = *side.doc;
  if (side.words.empty()) {
    const Sentence& s = doc.sentences[static_cast<size_t>(side.sentences.front())];
    span.sentence = s.id;
    span.start = span.end = s.start;
    return span;
  }
  if (begin >= end) {
    if (begin < side.words.size()) {
      span.sentence = side.words[begin].sentence;
      span.start = span.end = side.words[begin].token->start;
    } else {
      span.sentence = side.words.back().sentence;
      span.start = span.end = side.words.back().token->end;
    }
    return span;
  }
  const Word& first = side.words[begin];
  const Word& last = side.words[end - 1];
  span.sentence = first.sentence;
  span.start = first.token->start;
  span.end = last.token->end;
  if (first.sentence == last.sentence) {
    const Sentence& s = doc.sentences[static_cast<size_t>(first.sentence)];
    const size_t b = byte_at(s.text, span.start - s.start);
    const size_t e = byte_at(s.text, span.end - s.start);
    span.text = s.text.substr(b, e - b);
  } else {
    // Words of a 1:2 or 2:1 group that run across a sentence break: the span names the first
    // sentence and quotes the file between them, break included, so that text == slice.
    span.text = text_between(doc, span.start, span.end);
  }
  return span;
}

std::string words_text(const BeadSide& side, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < side.words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += side.words[i].token->text;
  }
  return out;
}

}  // namespace driftcheck
