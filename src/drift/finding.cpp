#include "drift/finding.h"

#include <array>

namespace driftcheck {
namespace {

constexpr std::array<const char*, 4> kSeverityNames = {"info", "minor", "major", "critical"};
constexpr std::array<const char*, 16> kCategoryNames = {
    "number",   "date",        "entity", "negation",     "antonym",    "substitution",
    "modality", "attribution", "quote",  "approximator", "quantifier", "omission",
    "addition", "rewrite",     "moved",  "format"};

}  // namespace

const char* to_string(Severity severity) { return kSeverityNames[static_cast<int>(severity)]; }
const char* to_string(Category category) { return kCategoryNames[static_cast<int>(category)]; }

std::optional<Severity> parse_severity(std::string_view name) {
  for (size_t i = 0; i < kSeverityNames.size(); ++i)
    if (name == kSeverityNames[i]) return static_cast<Severity>(i);
  return std::nullopt;
}

bool is_page_chrome(const Finding& finding) {
  for (const auto& [key, value] : finding.evidence)
    if (key == kZoneEvidence && value == kPageChrome) return true;
  return false;
}

std::optional<Category> parse_category(std::string_view name) {
  for (size_t i = 0; i < kCategoryNames.size(); ++i)
    if (name == kCategoryNames[i]) return static_cast<Category>(i);
  return std::nullopt;
}

}  // namespace driftcheck
