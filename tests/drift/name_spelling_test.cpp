#include "drift/name_spelling.h"

#include <catch2/catch.hpp>

using namespace driftcheck;

TEST_CASE("name spelling: one name in two spellings", "[drift][across]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"moscow", "moskva"},           // exonym
      {"moskau", "moskve"},           // exonym, inflected
      {"putin", "putina"},            // inflected
      {"wladimir", "vladimir"},       // a letter apart
      {"tschentscher", "chencher"},   // two transliteration systems
      {"minnikhanov", "minikhanov"},  // a doubled letter
  }));
  CAPTURE(a, b);
  CHECK(same_name(a, b));
}

TEST_CASE("name spelling: control, two names", "[drift][across]") {
  CHECK_FALSE(same_name("moscow", "kyiv"));
  CHECK_FALSE(same_name("putin", "biden"));
}
