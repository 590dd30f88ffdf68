#include "report/stable_names.h"

#include <map>

#include "report/source_map.h"

namespace driftcheck {
namespace {

// Appends " (n)" to the second and later copies of a name, in order.
void number_repeats(std::vector<std::string>& names) {
  std::map<std::string, int> seen;
  for (std::string& name : names) {
    const int n = ++seen[name];
    if (n > 1) name += " (" + std::to_string(n) + ")";
  }
}

std::string sentences_text(const Document& doc, const std::vector<int>& ids) {
  std::string out;
  for (const int id : ids) {
    if (id < 0 || static_cast<size_t>(id) >= doc.sentences.size()) continue;
    if (!out.empty()) out += ' ';
    out += doc.sentences[static_cast<size_t>(id)].text;
  }
  return normalized_text(out);
}

std::string folded(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

std::string sentence_of(const Document& doc, const std::optional<Span>& span) {
  if (!span) return "";
  return sentences_text(doc, {span->sentence});
}

}  // namespace

std::string normalized_text(std::string_view text) {
  static constexpr std::pair<std::string_view, char> kTypographic[] = {
      {"\u2018", '\''}, {"\u2019", '\''}, {"\u201C", '"'}, {"\u201D", '"'},
      {"\u2013", '-'},  {"\u2014", '-'},  {"\u00A0", ' '}};
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    size_t used = 1;
    for (const auto& [from, to] : kTypographic) {
      if (text.substr(i, from.size()) == from) {
        c = to;
        used = from.size();
        break;
      }
    }
    i += used;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> aligned_group_names(const CheckResult& result, size_t max_code_points) {
  std::vector<std::string> names;
  names.reserve(result.alignment.beads.size());
  for (const Bead& bead : result.alignment.beads) {
    names.push_back(
        bead.original.empty()
            ? "added: " +
                  truncate_text(sentences_text(result.rendition, bead.rendition), max_code_points)
            : truncate_text(sentences_text(result.original, bead.original), max_code_points));
  }
  number_repeats(names);
  return names;
}

std::vector<std::string> finding_keys(const CheckResult& result) {
  std::vector<std::string> keys;
  keys.reserve(result.findings.size());
  for (const Finding& f : result.findings) {
    std::string key = to_string(f.category);
    key += '\x1f' + sentence_of(result.original, f.original);
    key += '\x1f' + sentence_of(result.rendition, f.rendition);
    key += '\x1f' + (f.original ? normalized_text(f.original->text) : std::string());
    key += '\x1f' + (f.rendition ? normalized_text(f.rendition->text) : std::string());
    keys.push_back(folded(std::move(key)));
  }
  number_repeats(keys);
  return keys;
}

}  // namespace driftcheck
