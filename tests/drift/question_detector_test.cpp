#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("question: a statement turned into a question is major", "[drift][question]") {
  REQUIRE(check_pair("The library is open on Sundays.", "Is the library open on Sundays?")
              .max_severity(Category::modality) >= kMajor);
}

TEST_CASE("question: a question turned into a statement is major", "[drift][question]") {
  // Long enough not to be a headline, which a rendition may word freely.
  const Checked c = check_pair(
      "Will the city council really close the public library on Sundays and holidays next year?",
      "The city council will really close the public library on Sundays and holidays next year.");
  REQUIRE(c.max_severity(Category::modality) >= kMajor);
}

TEST_CASE("question: control, a question kept a question", "[drift][question]") {
  REQUIRE(check_pair("Is the library open on Sundays?", "Is the library open on Sunday?")
              .max_severity(Category::modality) < 0);
}
