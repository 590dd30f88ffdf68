#include "drift/bead_view.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "drift/word_diff.h"
#include "lexicon/word_lists.h"
#include "lexicon/wordnet.h"
#include "text/tokenize.h"

namespace driftcheck {
namespace {

// How many earlier sentences of its paragraph may hold the opening mark of a quotation that
// is still open where a sentence starts.
constexpr size_t kMaxQuotedSentences = 50;

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

constexpr uint64_t kFnvBasis = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

// FNV-1a over the bytes normalize_quotes(s) spells, continuing from `h`, without the copy.
uint64_t hash_normalized(uint64_t h, std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (s[i] == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' &&
        (s[i + 2] == '\x99' || s[i + 2] == '\x98')) {
      c = '\'';
      i += 2;
    }
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

uint32_t fold_hash(uint64_t h) { return static_cast<uint32_t>(h ^ (h >> 32)); }

// The bucket of `hash` among `buckets`, by its high bits.
size_t bucket_of(uint32_t hash, size_t buckets) {
  return static_cast<size_t>((uint64_t{hash} * buckets) >> 32);
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
  const FunctionWords function_words(language);
  side.doc = &doc;
  side.sentences = ids;
  // Sized once: grown a push at a time, the vectors of a bead were copied about twice over,
  // each Word with its three strings. Words are at most the tokens.
  size_t token_count = 0;
  for (int id : ids) token_count += doc.sentences[static_cast<size_t>(id)].tokens.size();
  side.tokens.reserve(token_count);
  side.word_at_token.reserve(token_count);
  side.words.reserve(token_count);
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
                  (w.opaque || !function_words.contains(w.folded));
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
  side.folded.reserve(side.words.size());
  for (const Word& w : side.words) side.folded.push_back(w.folded);
  side.claimed.assign(side.words.size(), false);
  // A repeated word is a slip of the keyboard, never a change of meaning.
  for (size_t i = 0; i < side.words.size(); ++i) side.claimed[i] = side.words[i].repeat;
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
  const auto pair_text = [](const Token& a, const Token& b) {
    return normalize_quotes(a.stem) + '\x1f' + normalize_quotes(b.stem);
  };
  // Calls visit(sentence, first, second) for each two word tokens in a row in a sentence.
  auto for_each_pair = [&](auto&& visit) {
    for (size_t k = 0; k < doc->sentences.size(); ++k) {
      const std::vector<Token>& tokens = doc->sentences[k].tokens;
      size_t previous = tokens.size();
      for (size_t t = 0; t < tokens.size(); ++t) {
        if (tokens[t].kind != TokenKind::word) continue;
        if (previous != tokens.size() && visit(k, previous, t)) return true;
        previous = t;
      }
    }
    return false;
  };
  if (view.lexicon == nullptr) {
    return for_each_pair([&](size_t k, size_t a, size_t b) {
      const std::vector<Token>& tokens = doc->sentences[k].tokens;
      return pair_text(tokens[a], tokens[b]) == wanted;
    });
  }
  const int side = original ? 0 : 1;
  PairIndex& pairs = view.lexicon->pairs[side];
  if (!view.lexicon->pairs_filled[side]) {
    std::vector<PairIndex::Site> sites;
    for_each_pair([&](size_t k, size_t a, size_t b) {
      const std::vector<Token>& tokens = doc->sentences[k].tokens;
      uint64_t h = hash_normalized(kFnvBasis, tokens[a].stem);
      h = hash_normalized(h, "\x1f");
      h = hash_normalized(h, tokens[b].stem);
      sites.push_back({fold_hash(h), static_cast<uint32_t>(k), static_cast<uint32_t>(a),
                       static_cast<uint32_t>(b)});
      return false;
    });
    // About four sites a bucket, placed by a counting sort.
    const size_t buckets = sites.size() / 4 + 1;
    pairs.starts.assign(buckets + 1, 0);
    for (const PairIndex::Site& x : sites) ++pairs.starts[bucket_of(x.hash, buckets) + 1];
    for (size_t k = 0; k < buckets; ++k) pairs.starts[k + 1] += pairs.starts[k];
    pairs.sites.resize(sites.size());
    std::vector<uint32_t> fill(pairs.starts.begin(), pairs.starts.end() - 1);
    for (const PairIndex::Site& x : sites) pairs.sites[fill[bucket_of(x.hash, buckets)]++] = x;
    view.lexicon->pairs_filled[side] = true;
  }
  // A site's hash is FNV-1a over its pair's text, so a site whose text is `wanted` has this
  // hash; each site with it is then compared as text, as the set of strings compared it.
  // `wanted` is made of diff keys, whose quotes are normalized already.
  const uint32_t h = fold_hash(hash_normalized(kFnvBasis, wanted));
  const size_t b = bucket_of(h, pairs.starts.size() - 1);
  for (uint32_t k = pairs.starts[b]; k < pairs.starts[b + 1]; ++k) {
    const PairIndex::Site& x = pairs.sites[k];
    if (x.hash != h) continue;
    const std::vector<Token>& tokens = doc->sentences[x.sentence].tokens;
    if (pair_text(tokens[x.first], tokens[x.second]) == wanted) return true;
  }
  return false;
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
  const int r = static_cast<int>(wn.relate_common(a, b, lexicon->senses));
  lexicon->related.emplace(std::move(key), r);
  return r;
}

FunctionWords::FunctionWords(std::string_view language)
    : stopwords_(word_list(language, WordListKind::stopwords)),
      pronouns_(word_list(language, WordListKind::pronouns)),
      negators_(word_list(language, WordListKind::negators)) {}

bool FunctionWords::contains(std::string_view folded) const {
  if (stopwords_.find(folded) || pronouns_.find(folded)) return true;
  if (negators_.find(folded)) return true;
  // Contractions of function words: "it's", "they've", "i'm", "that's".
  if (auto at = folded.find('\''); at != std::string_view::npos && at > 0) {
    std::string_view head = folded.substr(0, at);
    if (stopwords_.find(head) || pronouns_.find(head)) return true;
  }
  return false;
}

bool is_function_word(std::string_view folded, std::string_view language) {
  return FunctionWords(language).contains(folded);
}

BeadView make_bead_view(const Document& original, const Document& rendition, const Bead& bead,
                        int bead_index, LexiconCache* lexicon) {
  BeadView view;
  view.lexicon = lexicon;
  view.bead = bead_index;
  view.moved = bead.kind == BeadKind::moved;
  view.language = original.language.empty() ? "en" : original.language;
  fill_side(original, bead.original, view.language, view.original);
  fill_side(rendition, bead.rendition, view.language, view.rendition);
  diff_bead(view);
  return view;
}

void respell(BeadSide& side, size_t i, std::string folded, std::string key, bool content) {
  Word& w = side.words[i];
  if (w.content != content && !w.repeat) {
    if (content)
      ++side.content_words;
    else
      --side.content_words;
  }
  w.content = content;
  const size_t t = token_index(side, i);
  auto copy = std::make_unique<Token>(*w.token);
  copy->folded = folded;
  copy->stem = key;
  w.token = copy.get();
  if (t < side.tokens.size()) side.tokens[t] = copy.get();
  side.respelled.push_back(std::move(copy));
  w.folded = std::move(folded);
  w.key = std::move(key);
  side.folded[i] = w.folded;
}

size_t token_index(const BeadSide& side, size_t word) {
  size_t t = 0;
  while (t < side.tokens.size() && side.word_at_token[t] != static_cast<int>(word)) ++t;
  return t;
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
