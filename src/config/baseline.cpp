#include "config/baseline.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>

namespace driftcheck {
namespace {

// FNV-1a, 64 bits: stable across platforms and releases, which std::hash is not.
class Fnv1a {
 public:
  void add(std::string_view text) {
    for (const char c : text) {
      hash_ ^= static_cast<unsigned char>(c);
      hash_ *= 0x100000001b3ULL;
    }
    hash_ ^= 0x1f;  // a field separator, so ("ab", "c") and ("a", "bc") differ
    hash_ *= 0x100000001b3ULL;
  }
  uint64_t value() const { return hash_; }

 private:
  uint64_t hash_ = 0xcbf29ce484222325ULL;
};

// The sentence as its folded tokens, one space apart: case, spacing and offsets do not count.
std::string normalized_sentence(const Document& doc, int id) {
  if (id < 0 || static_cast<size_t>(id) >= doc.sentences.size()) return {};
  std::string out;
  for (const Token& t : doc.sentences[static_cast<size_t>(id)].tokens) {
    if (!out.empty()) out += ' ';
    out += t.folded;
  }
  return out;
}

Error baseline_error(const std::string& path, std::string_view text, size_t byte,
                     std::string cause) {
  Error e;
  e.file = path;
  e.cause = std::move(cause);
  e.hint = "regenerate it with 'driftcheck baseline'";
  if (byte != std::string::npos) {
    byte = std::min(byte, text.size());
    e.byte = static_cast<int64_t>(byte);
    e.line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(byte), '\n');
    const size_t line_start = text.rfind('\n', byte == 0 ? 0 : byte - 1);
    e.column =
        static_cast<int64_t>(
            byte - (line_start == std::string_view::npos || byte == 0 ? 0 : line_start + 1)) +
        1;
  }
  return e;
}

std::string string_field(const nlohmann::json& entry, const char* key) {
  const auto it = entry.find(key);
  return it != entry.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::string fingerprint(const Finding& finding, const CheckResult& result) {
  Fnv1a h;
  h.add(to_string(finding.category));
  h.add(finding.original ? finding.original->text : std::string_view("-"));
  h.add(finding.rendition ? finding.rendition->text : std::string_view("-"));
  h.add(finding.original ? normalized_sentence(result.original, finding.original->sentence)
                         : std::string());
  h.add(finding.rendition ? normalized_sentence(result.rendition, finding.rendition->sentence)
                          : std::string());
  return fmt::format("{:016x}", h.value());
}

Result<Baseline> parse_baseline(std::string_view text, const std::string& path) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    std::string cause = e.what();
    if (const size_t at = cause.find("parse error"); at != std::string::npos)
      cause = cause.substr(at);
    return baseline_error(path, text, e.byte > 0 ? e.byte - 1 : 0, "not valid JSON: " + cause);
  }
  if (!j.is_object() || j.value("schema", "") != kBaselineSchema)
    return baseline_error(
        path, text, std::string::npos,
        fmt::format("not a driftcheck baseline (no \"schema\": \"{}\")", kBaselineSchema));
  const auto accepted = j.find("accepted");
  if (accepted == j.end() || !accepted->is_array())
    return baseline_error(path, text, std::string::npos, "no \"accepted\" array");
  Baseline baseline;
  for (size_t i = 0; i < accepted->size(); ++i) {
    const nlohmann::json& entry = (*accepted)[i];
    BaselineEntry e;
    if (entry.is_object()) e.fingerprint = string_field(entry, "fingerprint");
    if (e.fingerprint.empty())
      return baseline_error(path, text, std::string::npos,
                            fmt::format("accepted entry {} has no \"fingerprint\"", i + 1));
    e.reason = string_field(entry, "reason");
    e.pair = string_field(entry, "pair");
    e.category = string_field(entry, "category");
    e.severity = string_field(entry, "severity");
    e.original = string_field(entry, "original");
    e.rendition = string_field(entry, "rendition");
    e.message = string_field(entry, "message");
    if (baseline.fingerprints.insert(e.fingerprint).second)
      baseline.entries.push_back(std::move(e));
  }
  return baseline;
}

std::string render_baseline(const Baseline& baseline) {
  nlohmann::ordered_json j;
  j["schema"] = kBaselineSchema;
  auto& accepted = j["accepted"] = nlohmann::ordered_json::array();
  for (const BaselineEntry& e : baseline.entries) {
    nlohmann::ordered_json entry;
    entry["fingerprint"] = e.fingerprint;
    entry["reason"] = e.reason;
    entry["pair"] = e.pair;
    entry["category"] = e.category;
    entry["severity"] = e.severity;
    entry["original"] = e.original;
    entry["rendition"] = e.rendition;
    entry["message"] = e.message;
    accepted.push_back(std::move(entry));
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

int suppress_baselined(CheckResult& result, const Baseline& baseline) {
  if (baseline.fingerprints.empty()) return 0;
  const size_t before = result.findings.size();
  std::vector<Finding> kept;
  kept.reserve(before);
  for (Finding& f : result.findings)
    if (!baseline.accepts(fingerprint(f, result))) kept.push_back(std::move(f));
  result.findings = std::move(kept);
  return static_cast<int>(before - result.findings.size());
}

void add_to_baseline(Baseline& baseline, const CheckResult& result, const std::string& pair,
                     Severity at_least, const std::string& reason, const Baseline& previous) {
  for (const Finding& f : result.findings) {
    if (f.severity < at_least) continue;
    BaselineEntry e;
    e.fingerprint = fingerprint(f, result);
    if (!baseline.fingerprints.insert(e.fingerprint).second) continue;
    e.reason = reason;
    for (const BaselineEntry& old : previous.entries)
      if (old.fingerprint == e.fingerprint && !old.reason.empty()) e.reason = old.reason;
    e.pair = pair;
    e.category = to_string(f.category);
    e.severity = to_string(f.severity);
    if (f.original) e.original = f.original->text;
    if (f.rendition) e.rendition = f.rendition->text;
    e.message = f.message;
    baseline.entries.push_back(std::move(e));
  }
}

}  // namespace driftcheck
