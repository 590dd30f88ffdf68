#include "config/review.h"

#include <catch2/catch.hpp>

#include "text/segment.h"

using namespace driftcheck;

namespace {

Document doc(const std::string& text) {
  Document d = segment_text(text, SegmentOptions{"en"});
  d.path = "x.txt";
  return d;
}

const char* kOriginal =
    "The plant employs 900 workers.\n\nCNN has been unable to independently verify this.\n\n"
    "Production began in March.\n";
const char* kRendition =
    "The plant employs 900 workers.\n\nProduction began in March.\n\n"
    "Moscow has deceived an ally.\n";

Config parsed(const std::string& toml) {
  Result<Config> c = parse_config(toml, "c.toml");
  REQUIRE(c.ok());
  return *c;
}

}  // namespace

TEST_CASE("review: without a configuration it is check_documents", "[config][review]") {
  const Review r = review_documents(doc(kOriginal), doc(kRendition), Config{}, Severity::major);
  const CheckResult plain = check_documents(doc(kOriginal), doc(kRendition), CheckOptions{});
  REQUIRE(r.result.findings.size() == plain.findings.size());
  for (size_t i = 0; i < plain.findings.size(); ++i) {
    CHECK(r.result.findings[i].category == plain.findings[i].category);
    CHECK(r.result.findings[i].severity == plain.findings[i].severity);
    CHECK(r.result.findings[i].id == "F" + std::to_string(i + 1));
    CHECK(plain.findings[i].id.empty());  // numbered once, by the review
  }
  CHECK(r.suppressed == 0);
}

TEST_CASE("review: [severity] overrides set the severity of every finding of a category",
          "[config][review]") {
  const Review r = review_documents(doc(kOriginal), doc(kRendition),
                                    parsed("[severity]\nomission = \"info\"\naddition = "
                                           "\"critical\"\n"),
                                    Severity::major);
  int omissions = 0;
  int additions = 0;
  for (const Finding& f : r.result.findings) {
    if (f.category == Category::omission) {
      CHECK(f.severity == Severity::info);
      ++omissions;
    }
    if (f.category == Category::addition) {
      CHECK(f.severity == Severity::critical);
      ++additions;
    }
  }
  CHECK(omissions >= 1);
  CHECK(additions >= 1);
  CHECK(r.summary.counts[static_cast<size_t>(Severity::critical)] >= additions);
}

TEST_CASE("review: ignored categories are gone and ids stay F1.. in order", "[config][review]") {
  const Review r = review_documents(doc(kOriginal), doc(kRendition),
                                    parsed("ignore = [\"omission\"]\n"), Severity::major);
  for (size_t i = 0; i < r.result.findings.size(); ++i) {
    CHECK(r.result.findings[i].category != Category::omission);
    CHECK(r.result.findings[i].id == "F" + std::to_string(i + 1));
  }
}

TEST_CASE("review: fail_on decides the verdict", "[config][review]") {
  CHECK(
      review_documents(doc(kOriginal), doc(kRendition), Config{}, Severity::minor).summary.failed);
  CHECK_FALSE(
      review_documents(doc(kOriginal), doc(kRendition), Config{}, std::nullopt).summary.failed);
}
