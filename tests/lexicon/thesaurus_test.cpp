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

TEST_CASE("thesaurus: words a translator puts into one German word are linked",
          "[lexicon][thesaurus]") {
  const Thesaurus& german = Thesaurus::through_german();
  CHECK(german.table_bytes() > 100000);
  auto [a, b, related] = GENERATE(table<const char*, const char*, bool>({
      // "den Vorsitz führen" and "durchführen": pairs neither WordNet nor Moby joins.
      {"chaired", "presided", true},
      {"conducted", "carry out", true},
      {"university", "college", true},
      // Opposites, converse actions and kinds of one thing share no specific German word.
      {"bought", "sold", false},
      {"killed", "injured", false},
      {"attacked", "defended", false},
      {"rose", "fell", false},
      {"cat", "dog", false},
      {"monday", "tuesday", false},
      {"arrested", "charged", false},
      {"won", "lost", false},
      {"hired", "fired", false},
  }));
  CAPTURE(a, b);
  CHECK(german.related(a, b) == related);
}
