#pragma once
// What the detectors report: one changed meaning (or harmless change, at info) each.
//
//   for (const Finding& f : findings)
//     if (f.severity >= Severity::major) show(f.message, f.original, f.rendition);
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace driftcheck {

enum class Severity { info = 0, minor = 1, major = 2, critical = 3 };

enum class Category {
  number,
  date,
  entity,
  negation,
  antonym,
  substitution,
  modality,
  attribution,
  quote,
  approximator,
  quantifier,
  omission,
  addition,
  rewrite,
  moved,
  format
};

// A span on one side: the sentence that holds it and code point offsets into the document.
struct Span {
  int sentence = -1;
  uint32_t start = 0;
  uint32_t end = 0;  // == start for a point (where an omitted span would have been)
  std::string text;
};

struct Finding {
  std::string id;  // "F1", "F2", ... in report order
  Category category = Category::format;
  Severity severity = Severity::info;
  std::optional<Span> original;
  std::optional<Span> rendition;
  std::string message;  // for an editor: what changed and why it matters
  std::vector<std::pair<std::string, std::string>>
      evidence;   // e.g. {"wordnet", "no shared synset"}
  int bead = -1;  // index into Alignment::beads
};

const char* to_string(Severity severity);
const char* to_string(Category category);
std::optional<Severity> parse_severity(std::string_view name);
std::optional<Category> parse_category(std::string_view name);

// A finding about a line of page chrome the zoning left in the text (a menu item, a share
// button) carries this evidence, so that reports can fold it away with the boilerplate.
inline constexpr std::string_view kZoneEvidence = "zone";
inline constexpr std::string_view kPageChrome = "page chrome";
bool is_page_chrome(const Finding& finding);

}  // namespace driftcheck
