#include "config/baseline.h"

#include <catch2/catch.hpp>

#include "text/segment.h"

using namespace driftcheck;

namespace {

CheckResult checked(const std::string& original, const std::string& rendition) {
  return check_documents(segment_text(original, SegmentOptions{"en"}),
                         segment_text(rendition, SegmentOptions{"en"}), CheckOptions{});
}

const Finding* find(const CheckResult& r, Category c) {
  for (const Finding& f : r.findings)
    if (f.category == c) return &f;
  return nullptr;
}

const char* kCaveat = "CNN has been unable to independently verify this.\n\n";

}  // namespace

TEST_CASE("baseline: a fingerprint survives unrelated text moving", "[config][baseline]") {
  const CheckResult a = checked(
      std::string("The plant employs 900 workers.\n\n") + kCaveat + "Production began in March.\n",
      "The plant employs 900 workers.\n\nProduction began in March.\n");
  const CheckResult b = checked(std::string("An introduction came first.\n\nThe plant employs "
                                            "900 workers.\n\nProduction began in March.\n\n") +
                                    kCaveat,
                                "An introduction came first.\n\nThe plant employs 900 "
                                "workers.\n\nProduction began in March.\n");
  const Finding* fa = find(a, Category::omission);
  const Finding* fb = find(b, Category::omission);
  REQUIRE(fa != nullptr);
  REQUIRE(fb != nullptr);
  CHECK(fa->original->start != fb->original->start);
  CHECK(fingerprint(*fa, a) == fingerprint(*fb, b));
  CHECK(fingerprint(*fa, a).size() == 16);
}

TEST_CASE("baseline: a fingerprint changes with the finding's text", "[config][baseline]") {
  const CheckResult a = checked(std::string("Production began in March.\n\n") + kCaveat,
                                "Production began in March.\n");
  const CheckResult b =
      checked("Production began in March.\n\nReuters has been unable to verify this.\n\n",
              "Production began in March.\n");
  const Finding* fa = find(a, Category::omission);
  const Finding* fb = find(b, Category::omission);
  REQUIRE(fa != nullptr);
  REQUIRE(fb != nullptr);
  CHECK(fingerprint(*fa, a) != fingerprint(*fb, b));
}

TEST_CASE("baseline: suppresses exactly the accepted findings", "[config][baseline]") {
  CheckResult r = checked(
      std::string("The plant employs 900 workers.\n\n") + kCaveat + "Production began in March.\n",
      "The plant employs 900 workers.\n\nProduction began in March.\n\n"
      "Moscow has deceived an ally.\n");
  REQUIRE(r.findings.size() >= 2);
  Baseline all;
  add_to_baseline(all, r, "pair", Severity::info, "reviewed", Baseline{});
  REQUIRE(all.entries.size() >= 2);

  // Accept all but the first finding.
  Baseline some;
  for (size_t i = 1; i < all.entries.size(); ++i) {
    some.entries.push_back(all.entries[i]);
    some.fingerprints.insert(all.entries[i].fingerprint);
  }
  const std::string first = fingerprint(r.findings[0], r);
  CheckResult copy = r;
  CHECK(suppress_baselined(copy, some) == static_cast<int>(r.findings.size()) - 1);
  REQUIRE(copy.findings.size() == 1);
  CHECK(fingerprint(copy.findings[0], copy) == first);

  CHECK(suppress_baselined(r, all) == static_cast<int>(all.entries.size()));
  CHECK(r.findings.empty());
}

TEST_CASE("baseline: the file round-trips and keeps earlier reasons", "[config][baseline]") {
  const CheckResult r = checked(std::string("Production began in March.\n\n") + kCaveat,
                                "Production began in March.\n");
  Baseline previous;
  add_to_baseline(previous, r, "p1", Severity::info, "the caveat is in a footnote", Baseline{});
  Baseline next;
  add_to_baseline(next, r, "p1", Severity::info, "accepted", previous);
  REQUIRE(next.entries.size() == 1);
  CHECK(next.entries[0].reason == "the caveat is in a footnote");

  const std::string text = render_baseline(next);
  CHECK(text.find("\"schema\": \"driftcheck.baseline/1\"") != std::string::npos);
  const Result<Baseline> parsed = parse_baseline(text, "b.json");
  REQUIRE(parsed.ok());
  REQUIRE(parsed->entries.size() == 1);
  CHECK(parsed->entries[0].fingerprint == next.entries[0].fingerprint);
  CHECK(parsed->entries[0].category == "omission");
  CHECK(parsed->accepts(next.entries[0].fingerprint));
  CHECK(render_baseline(*parsed) == text);
}

TEST_CASE("baseline: findings below the threshold are not accepted", "[config][baseline]") {
  const CheckResult r = checked(std::string("Production began in March.\n\n") + kCaveat,
                                "Production began in March.\n");
  Baseline b;
  add_to_baseline(b, r, "p", Severity::critical, "x", Baseline{});
  for (const Finding& f : r.findings)
    CHECK(b.accepts(fingerprint(f, r)) == (f.severity == Severity::critical));
}

TEST_CASE("baseline: a broken file is an error naming the place", "[config][baseline]") {
  const Result<Baseline> bad = parse_baseline(
      "{\n  \"schema\": \"driftcheck.baseline/1\",\n  "
      "\"accepted\": [,]\n}\n",
      "b.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().line == 3);
  CHECK(bad.error().to_string().rfind("b.json:3:", 0) == 0);

  const Result<Baseline> other = parse_baseline("{\"accepted\": []}", "b.json");
  REQUIRE_FALSE(other.ok());
  CHECK(other.error().to_string() ==
        "b.json: not a driftcheck baseline (no \"schema\": \"driftcheck.baseline/1\") "
        "(regenerate it with 'driftcheck baseline')");

  const Result<Baseline> entry = parse_baseline(
      "{\"schema\": \"driftcheck.baseline/1\", \"accepted\": [{\"reason\": \"x\"}]}", "b.json");
  REQUIRE_FALSE(entry.ok());
  CHECK(entry.error().cause == "accepted entry 1 has no \"fingerprint\"");
}
