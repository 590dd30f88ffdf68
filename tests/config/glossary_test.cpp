#include "config/glossary.h"

#include <catch2/catch.hpp>

#include "drift/check.h"
#include "text/segment.h"

using namespace driftcheck;

namespace {

std::vector<Finding> misses(const std::string& original, const std::string& rendition) {
  const CheckResult r =
      check_documents(segment_text(original, SegmentOptions{"en"}),
                      segment_text(rendition, SegmentOptions{"en"}), CheckOptions{});
  const GlossaryTerm term = make_glossary_term("Shahed-136", {"Shahed-136", "Geran-2"});
  return check_glossary({term}, r.original, r.rendition, r.alignment);
}

}  // namespace

TEST_CASE("glossary: keys fold case and drop hyphens and spaces", "[config][glossary]") {
  CHECK(make_glossary_term("Shahed-136", {}).key == "shahed136");
  CHECK(make_glossary_term("shahed 136", {}).key == "shahed136");
  CHECK(make_glossary_term("SHAHED\u2011136", {}).key == "shahed136");
  CHECK(make_glossary_term("Defense Intelligence", {}).key == "defenseintelligence");
}

TEST_CASE("glossary: an accepted form in any spelling satisfies the term", "[config][glossary]") {
  const std::string original = "Russia launched 40 Shahed-136 drones overnight.\n";
  const auto rendition =
      GENERATE(as<std::string>{}, "Russia launched 40 Shahed-136 drones overnight.\n",
               "Russia launched 40 shahed 136 drones overnight.\n",
               "Russia launched 40 Shahed136 drones overnight.\n",
               "Russia launched 40 Geran-2 drones overnight.\n",
               "Russia launched 40 GERAN 2 drones overnight.\n",
               "The Geran-2's range is long. Russia launched 40 drones.\n");
  CAPTURE(rendition);
  CHECK(misses(original, rendition).empty());
}

TEST_CASE("glossary: a term the original never names asks nothing", "[config][glossary]") {
  CHECK(
      misses("Russia launched 40 drones overnight.\n", "Russia launched forty drones.\n").empty());
  // "Shahed-1360" is another name, not the term.
  CHECK(misses("Russia launched 40 Shahed-1360 drones.\n", "Russia launched 40 drones.\n").empty());
}

TEST_CASE("glossary: a missed term is one major entity finding naming it", "[config][glossary]") {
  const std::vector<Finding> found =
      misses("Russia launched 40 Shahed 136 drones overnight. Shahed-136 drones are cheap.\n",
             "Russia launched 40 kamikaze drones overnight. Such drones are cheap.\n");
  REQUIRE(found.size() == 1);
  const Finding& f = found[0];
  CHECK(f.category == Category::entity);
  CHECK(f.severity == Severity::major);
  REQUIRE(f.original.has_value());
  CHECK(f.original->text == "Shahed 136");
  CHECK(f.original->start == 19);
  CHECK(f.original->end == 29);
  REQUIRE(f.rendition.has_value());
  CHECK(f.rendition->text == "Russia launched 40 kamikaze drones overnight.");
  CHECK(f.message.find("'Shahed-136'") != std::string::npos);
  CHECK(f.message.find("'Geran-2'") != std::string::npos);
  CHECK(f.evidence == std::vector<std::pair<std::string, std::string>>{{"glossary", "Shahed-136"}});
}
