#include "drift/slip_repair.h"

#include <algorithm>
#include <array>

#include "lexicon/thesaurus.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

// Shorter words are one keystroke from too many others ("sat", "set", "sit", "sad") for a
// guess at the one meant.
constexpr size_t kMinSlipLetters = 4;
// Longer tokens are no typing errors, and the search grows with the square of the length.
constexpr size_t kMaxSlipLetters = 24;
// A tail of this many letters that is a word makes a prefixed compound ("cyberattacks").
constexpr size_t kLongTail = 7;

bool run_together(const std::string& w, const WordNet& wn) {
  for (size_t cut = 3; cut + 3 <= w.size(); ++cut) {
    const std::string tail = w.substr(cut);
    if (!wn.is_lemma(tail)) continue;
    if (tail.size() >= kLongTail || wn.is_lemma(w.substr(0, cut))) return true;
  }
  return false;
}

// How likely a candidate is meant: lower is likelier; -1 for no English word.
int standing(const std::string& candidate, const FunctionWords& function_words) {
  if (function_words.contains(candidate)) return 0;
  const WordNet& wn = WordNet::embedded();
  if (!wn.is_lemma(candidate)) return -1;
  return Thesaurus::embedded().knows(candidate) ? 1 : 2;
}

}  // namespace

std::string repair_slip(const std::string& slip, const FunctionWords& function_words) {
  if (slip.size() < kMinSlipLetters || slip.size() > kMaxSlipLetters) return {};
  const WordNet& wn = WordNet::embedded();
  if (run_together(slip, wn)) return {};
  // The edits that undo a slip, in the order a typist makes them: two letters swapped, a
  // letter typed twice, an extra letter, a letter left out, a wrong letter; last, any edit of
  // the first letter, which typists rarely get wrong ("lsot" is "lost", not "slot").
  std::array<std::vector<std::string>, 6> edits;
  constexpr size_t kFirstLetter = 5;
  auto add = [&](size_t kind, size_t at, std::string t) {
    edits[at == 0 ? kFirstLetter : kind].push_back(std::move(t));
  };
  for (size_t i = 0; i + 1 < slip.size(); ++i) {
    if (slip[i] == slip[i + 1]) continue;
    std::string t = slip;
    std::swap(t[i], t[i + 1]);
    add(0, i, std::move(t));
  }
  for (size_t i = 0; i < slip.size(); ++i) {
    std::string t = slip;
    t.erase(i, 1);
    add(i > 0 && slip[i] == slip[i - 1] ? 1 : 2, i, std::move(t));
  }
  for (size_t i = 0; i <= slip.size(); ++i)
    for (char c = 'a'; c <= 'z'; ++c) {
      std::string t = slip;
      t.insert(t.begin() + static_cast<std::ptrdiff_t>(i), c);
      add(3, i, std::move(t));
    }
  for (size_t i = 0; i < slip.size(); ++i)
    for (char c = 'a'; c <= 'z'; ++c) {
      if (c == slip[i]) continue;
      std::string t = slip;
      t[i] = c;
      add(4, i, std::move(t));
    }
  std::string best;
  int best_standing = 3;
  for (const auto& kind : edits)
    for (const std::string& candidate : kind) {
      const int s = standing(candidate, function_words);
      if (s >= 0 && s < best_standing) {
        best = candidate;
        best_standing = s;
      }
    }
  return best;
}

}  // namespace driftcheck
