#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("broken sentence: a head word cut out of the middle of a clause is major",
          "[drift][omission][broken]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The names of the suspects are listed in the file.",
       "The names of the are listed in the file."},
      {"Visitors to a new city have to adjust quickly.",
       "Visitors to a new have to adjust quickly."},
      {"But there are many birds that still look like dinosaurs.",
       "But there many birds that still look like dinosaurs."},
      // An adjective between an article and an adverb lost its noun.
      {"Pupils who move to a new school often need months to settle in.",
       "Pupils who move to a new often need months to settle in."},
      // A subject pronoun opening the sentence with an -ing form lost its verb.
      {"The van has racing stripes along both sides.", "It racing stripes along both sides."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::omission) >= kMajor);
}

TEST_CASE("broken sentence: control, the same words in a whole clause", "[drift][broken]") {
  REQUIRE(check_pair("The names of the suspects are listed in the file.",
                     "The suspects' names are listed in the file.")
              .max_severity() < kMajor);
  REQUIRE(check_pair("But there are many birds that still look like dinosaurs.",
                     "But many birds still look like dinosaurs.")
              .max_severity() < kMajor);
  REQUIRE(check_pair("Pupils who move to a new school often need months to settle in.",
                     "Pupils who change to a new school often take months to settle in.")
              .max_severity() < kMajor);
  REQUIRE(check_pair("The van has racing stripes along both sides.",
                     "It has racing stripes along both sides.")
              .max_severity() < kMajor);
}
