// Page chrome by what a line looks like, and the article's core by where the strong matches lie.
#include "align/zones.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace driftcheck {
namespace {

// A stretch of this many unmatched, chrome-free sentences between strong matches is text of
// its own (another article, a teaser block), not a paragraph the rendition dropped.
constexpr int kForeignStretch = 5;

}  // namespace

bool ends_like_a_sentence(const Sentence& s) {
  for (auto t = s.tokens.rbegin(); t != s.tokens.rend(); ++t) {
    if (t->kind == TokenKind::word || t->kind == TokenKind::number) return false;
    static constexpr std::string_view kEnds[] = {
        ".", "!", "?", ",", ";", ":", "\u2026", "\"", "'", "\u201d", "\u2019", "\u00bb", ")"};
    if (std::find(std::begin(kEnds), std::end(kEnds), t->text) != std::end(kEnds)) return true;
  }
  return false;
}

namespace {

bool looks_like_link(std::string_view text) {
  return text.find("http://") != std::string_view::npos ||
         text.find("https://") != std::string_view::npos ||
         text.find("www.") != std::string_view::npos;
}

// A word that starts with a lower-case letter ("budget" in "Harbour budget passes").
bool has_lowercase_word(const Sentence& s) {
  for (const Token& t : s.tokens) {
    if (t.kind != TokenKind::word || t.text.empty()) continue;
    const unsigned char c = static_cast<unsigned char>(t.text[0]);
    if (c >= 'a' && c <= 'z') return true;
    if (c >= 0x80 && t.folded == t.text) return true;  // non-ASCII: folding changed nothing
  }
  return false;
}

// Words of page furniture: buttons, widgets and menus of news sites.
bool has_ui_word(const Sentence& s) {
  static constexpr std::string_view kUi[] = {
      "share", "follow", "comments", "comment", "download",      "subscribe",  "related",
      "login", "log",    "sign",     "menu",    "advertisement", "newsletter", "print",
      "email", "tweet",  "facebook", "twitter", "whatsapp",      "copy",       "link",
      "close", "search", "more",     "next",    "previous",      "home",       "app"};
  for (const Token& t : s.tokens)
    if (t.kind == TokenKind::word &&
        std::find(std::begin(kUi), std::end(kUi), std::string_view(t.folded)) != std::end(kUi))
      return true;
  return false;
}

// A copyright notice: "© 2024 Daily Gazette.", "Copyright 2023 AP.", "All rights reserved."
bool copyright_notice(const Sentence& s) {
  if (s.text.find("\u00A9") != std::string::npos) return true;
  std::vector<std::string_view> words;
  for (const Token& t : s.tokens)
    if (t.kind == TokenKind::word) words.emplace_back(t.folded);
  if (!words.empty() && words.front() == "copyright") return true;
  for (size_t i = 0; i + 2 < words.size(); ++i)
    if (words[i] == "all" && words[i + 1] == "rights" && words[i + 2] == "reserved") return true;
  return false;
}

// True when sentence k repeats, word for word, one of the `window` sentences before it.
bool echoes_recent_sentence(const Document& doc, size_t k, int window) {
  const Sentence& s = doc.sentences[k];
  for (size_t back = 1; back <= static_cast<size_t>(window) && back <= k; ++back)
    if (doc.sentences[k - back].text == s.text) return true;
  return false;
}

// "10 20 30 40 50", "1.5, 2.3, 4.1": a row of figures is content (scores, a table row) that a
// rendition may change. Not a page number, a pager ("1 2 3 4 5", consecutive) or a time
// stamp ("10.08.2025, 8:45"), which have too few figures or other marks between them.
bool row_of_figures(const Sentence& s) {
  constexpr size_t kMinFigures = 3;
  std::vector<long> whole;  // each figure's integer value, -1 if it has a fraction
  for (const Token& t : s.tokens) {
    if (t.kind != TokenKind::number) {
      if (t.text == "," || t.text == ";" || t.text == "|") continue;
      return false;
    }
    long v = 0;
    size_t marks = 0;
    for (char c : t.folded) {
      if (c == '.' || c == ',') {
        ++marks;
        v = -1;
      } else if (c < '0' || c > '9') {
        return false;
      } else if (v >= 0) {
        v = v * 10 + (c - '0');
      }
    }
    if (marks > 1) return false;
    whole.push_back(v);
  }
  if (whole.size() < kMinFigures) return false;
  for (size_t k = 1; k < whole.size(); ++k)
    if (whole[k - 1] < 0 || whole[k] != whole[k - 1] + 1) return true;
  return false;
}

}  // namespace

std::vector<bool> chrome_sentences(const Document& doc, const AlignOptions& options) {
  std::vector<bool> chrome(doc.sentences.size(), false);
  std::set<std::string> labels_seen;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    int words = 0, letters_words = 0;
    for (const Token& t : s.tokens) {
      if (t.kind == TokenKind::word) ++letters_words;
      if (t.kind == TokenKind::word || t.kind == TokenKind::number) ++words;
    }
    const bool punctuated = ends_like_a_sentence(s);
    bool is_chrome = (letters_words == 0 && !row_of_figures(s)) || looks_like_link(s.text) ||
                     copyright_notice(s);
    if (s.standalone && !punctuated) {
      // A short line is a label only if it looks like one: a heading such as "Harbour budget
      // passes" has lower-case words and stays body; a single word, "Related Articles" and lines
      // holding a user-interface word are chrome.
      if (words <= options.chrome_max_words &&
          (words <= 1 || !has_lowercase_word(s) || has_ui_word(s)))
        is_chrome = true;
      // A label line seen before (a teaser title repeated by the page, "The Hill" twice).
      if (!labels_seen.insert(s.text).second) is_chrome = true;
    }
    if (words >= options.echo_min_words && echoes_recent_sentence(doc, k, options.echo_window))
      is_chrome = true;
    chrome[k] = is_chrome;
  }
  // Chrome is the page around a text. A file of nothing but label-like lines (a headline, a
  // string of a user interface, one line of a translation memory) is the text itself, and
  // each of its lines is checked.
  if (std::all_of(chrome.begin(), chrome.end(), [](bool c) { return c; }))
    chrome.assign(chrome.size(), false);
  return chrome;
}

std::vector<bool> outside_core(const std::vector<bool>& chrome, const std::vector<double>& strength,
                               const AlignOptions& options) {
  const int n = static_cast<int>(chrome.size());
  std::vector<bool> outside = chrome;
  std::vector<int> strong;
  for (int k = 0; k < n; ++k)
    if (strength[static_cast<size_t>(k)] >= options.core_threshold) strong.push_back(k);
  if (strong.empty()) return outside;

  // A gap between two strong matches breaks the core when it holds chrome and a stretch
  // of unmatched text of its own.
  auto breaks = [&](int from, int to) {  // exclusive range (from, to)
    bool saw_chrome = false;
    int run = 0, longest = 0;
    for (int k = from + 1; k < to; ++k) {
      if (chrome[static_cast<size_t>(k)]) {
        saw_chrome = true;
        run = 0;
      } else if (strength[static_cast<size_t>(k)] <= 0.0) {
        longest = std::max(longest, ++run);
      } else {
        run = 0;
      }
    }
    return saw_chrome && longest >= kForeignStretch;
  };
  // The cluster with the most strong matches (the first such, for determinism).
  size_t best_begin = 0, best_end = 0, begin = 0;
  for (size_t k = 1; k <= strong.size(); ++k) {
    if (k == strong.size() || breaks(strong[k - 1], strong[k])) {
      if (k - begin > best_end - best_begin) best_begin = begin, best_end = k;
      begin = k;
    }
  }
  const int first = strong[best_begin];
  const int last = strong[best_end - 1];

  // After the core: from the first chrome sentence on, the page goes on with other things.
  for (int k = last + 1; k < n; ++k) {
    if (chrome[static_cast<size_t>(k)]) {
      for (int x = k; x < n; ++x) outside[static_cast<size_t>(x)] = true;
      break;
    }
  }
  // Before the core: blocks of unmatched text with chrome on both sides (teasers, another
  // article), and everything before such a block.
  int run = 0;
  bool closed = false;  // a chrome line lies between the run and the core
  for (int k = first - 1; k >= 0; --k) {
    if (chrome[static_cast<size_t>(k)]) {
      if (closed && run >= kForeignStretch) {
        for (int x = 0; x <= k + run; ++x) outside[static_cast<size_t>(x)] = true;
        break;
      }
      closed = true;
      run = 0;
    } else if (strength[static_cast<size_t>(k)] <= 0.0) {
      ++run;
    } else {
      run = 0;
      closed = false;
    }
  }
  return outside;
}

bool ends_with_full_stop(const Sentence& s) {
  for (auto it = s.tokens.rbegin(); it != s.tokens.rend(); ++it) {
    if (it->kind != TokenKind::punct) return false;
    if (it->text == "." || it->text == "!") return true;
  }
  return false;
}

namespace {

// A menu line: see mark_unmatched_chrome.
bool menu_line(const Sentence& s) {
  if (!s.standalone || ends_with_full_stop(s)) return false;
  size_t words = 0;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (t.kind != TokenKind::punct) {
      ++words;
      continue;
    }
    if (t.text == "," || t.text == ";" || t.text == "?") return false;
    // "Source: Headline" is a title; a closing colon introduces a list of links.
    if (t.text == ":" && i + 1 < s.tokens.size()) return false;
  }
  return words > 0 && words <= kMenuLineMaxWords;
}

// Sentences of one side that are chrome-like and sit next to another chrome-like sentence that
// is also unaligned: a run of menu items or links, not a heading over a paragraph.
std::vector<bool> chrome_runs(const Document& doc, const std::vector<Zone>& zones,
                              const std::vector<bool>& unaligned) {
  const size_t n = doc.sentences.size();
  std::vector<bool> like(n), out(n);
  for (size_t i = 0; i < n; ++i) like[i] = unaligned[i] && menu_line(doc.sentences[i]);
  auto boilerplate = [&](size_t k) { return k < zones.size() && zones[k] == Zone::boilerplate; };
  // A neighbour zoned as boilerplate is chrome as well.
  auto chrome_at = [&](size_t k) { return like[k] || boilerplate(k); };
  // A short line right before a sentence both sides share heads that paragraph.
  auto heads_text = [&](size_t i) { return i + 1 < n && !unaligned[i + 1] && !boilerplate(i + 1); };
  for (size_t i = 0; i < n; ++i)
    out[i] = like[i] && !heads_text(i) &&
             ((i > 0 && chrome_at(i - 1)) || (i + 1 < n && chrome_at(i + 1)));
  return out;
}

}  // namespace

void mark_unmatched_chrome(const Document& original, const Document& rendition,
                           Alignment& alignment) {
  std::vector<bool> o_unaligned(original.sentences.size()), r_unaligned(rendition.sentences.size());
  for (const Bead& bead : alignment.beads) {
    if (bead.kind == BeadKind::omitted)
      for (int id : bead.original) o_unaligned[static_cast<size_t>(id)] = true;
    if (bead.kind == BeadKind::added)
      for (int id : bead.rendition) r_unaligned[static_cast<size_t>(id)] = true;
  }
  alignment.unmatched_chrome.original =
      chrome_runs(original, alignment.original_zones, o_unaligned);
  alignment.unmatched_chrome.rendition =
      chrome_runs(rendition, alignment.rendition_zones, r_unaligned);
}

}  // namespace driftcheck
