#include "lexicon/thesaurus.h"

#include <catch2/catch.hpp>
#include <tuple>

using driftcheck::Thesaurus;

TEST_CASE("thesaurus: the embedded table is there", "[lexicon][thesaurus]") {
  const Thesaurus& moby = Thesaurus::embedded();
  CHECK(moby.table_bytes() > 100000);
  CHECK(moby.knows("perform"));
  CHECK(!moby.knows("xqzv"));
}

TEST_CASE("thesaurus: paraphrase words share a meaning group, inflected or not",
          "[lexicon][thesaurus]") {
  auto [a, b, related] = GENERATE(table<const char*, const char*, bool>({
      {"perform", "demonstrate", true},
      {"offers", "presents", true},
      {"asked", "called", true},
      {"severe", "harsh", true},
      {"town", "city", true},
      {"cat", "dog", false},
      {"rise", "fall", false},
      {"bought", "sold", false},
      {"perform", "perform", false},
      {"perform", "", false},
      {"xqzv", "perform", false},
  }));
  CAPTURE(a, b);
  CHECK(Thesaurus::embedded().related(a, b) == related);
}
