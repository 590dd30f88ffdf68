#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("role: the doer and the done-to changed places is major", "[drift][role]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The police fined the driver for speeding.", "The driver fined the police for speeding."},
      {"Police said the man attacked the woman outside a bar.",
       "The woman attacked the man outside a bar, police said."},
      {"Germany will host Spain in the quarter-final on Friday.",
       "On Friday Spain will host Germany in the quarter-final."},
      {"Demand for housing in the capital continues to outstrip supply.",
       "In the capital, the supply of housing continues to exceed demand."},
  }));
  CAPTURE(a, b);
  const Checked c = check_pair(a, b);
  CHECK(c.max_severity(Category::substitution) >= kMajor);
}

TEST_CASE("role: a passive, a symmetric verb or a moved phrase keeps the roles", "[drift][role]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The council approved the plan on Monday.",
       "The plan was approved by the council on Monday."},
      {"In the morning, the army shelled the town for three hours.",
       "The town was shelled by the army for three hours in the morning."},
      {"Germany will face Spain in the quarter-final on Friday.",
       "On Friday Spain will face Germany in the quarter-final."},
      {"The prime minister met the president in Paris on Tuesday.",
       "On Tuesday the president met the prime minister in Paris."},
      {"Exports rose in March and imports fell.", "Imports fell in March and exports rose."},
      // "offer" heads the compound "takeover offer"; the verb is "rejected" / "turned down".
      {"The board rejected the takeover offer on Friday.",
       "On Friday the board turned down the takeover offer."},
  }));
  CAPTURE(a, b);
  CHECK(check_pair(a, b).max_severity() < kMajor);
}
