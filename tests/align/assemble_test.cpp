// The last phase alone: beads in the rendition's reading order, in sentence ids, with zones;
// and the path for two languages.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "align/align_phases.h"
#include "align_test_util.h"
#include "text/segment.h"

namespace driftcheck {
namespace {

using namespace driftcheck::testing;

ArticleCore whole_article(const Candidates& c) {
  ArticleCore core;
  core.outside_o.assign(c.chrome_o.size(), false);
  core.outside_r.assign(c.chrome_r.size(), false);
  core.body_o.assign(c.ids_o.size(), true);
  core.body_r.assign(c.ids_r.size(), true);
  return core;
}

const Document kThree = doc("One is here.\nTwo is here.\nThree is here.\n");

}  // namespace

TEST_CASE("assemble: an omitted sentence follows the match before it, an added one its place",
          "[align][assemble]") {
  const Candidates c = all_candidates(3, 3);
  AlignmentParts parts;
  parts.matches = {{0, 1, 0, 1, 0.5}, {2, 3, 1, 2, 0.6}};
  parts.omitted = {1};
  parts.added = {2};
  const Alignment a = assemble(kThree, kThree, c, whole_article(c), parts);
  CHECK(beads(a) == std::vector<std::string>{"0>0", "1>", "2>1", ">2"});
  CHECK(a.beads[0].kind == BeadKind::match);
  CHECK(a.beads[1].kind == BeadKind::omitted);
  CHECK(a.beads[3].kind == BeadKind::added);
  CHECK(a.beads[2].score == 0.6);
}

TEST_CASE("assemble: a move out of order is moved, one found in order is a match",
          "[align][assemble][move]") {
  const Candidates c = all_candidates(3, 3);
  AlignmentParts out_of_order;
  out_of_order.matches = {{0, 1, 1, 2, 0.5}, {1, 2, 2, 3, 0.5}};
  out_of_order.moves = {{2, 3, 0, 1, 0.7}};
  CHECK(beads(assemble(kThree, kThree, c, whole_article(c), out_of_order)) ==
        std::vector<std::string>{"2~0", "0>1", "1>2"});
  AlignmentParts in_order;
  in_order.matches = {{0, 1, 0, 1, 0.5}, {2, 3, 2, 3, 0.5}};
  in_order.moves = {{1, 2, 1, 2, 0.7}};
  CHECK(beads(assemble(kThree, kThree, c, whole_article(c), in_order)) ==
        std::vector<std::string>{"0>0", "1>1", "2>2"});
}

TEST_CASE("assemble: page content is boilerplate and in no bead", "[align][assemble][zones]") {
  Candidates c = all_candidates(3, 3);
  c.chrome_r[2] = true;
  c.ids_r = {0, 1};
  ArticleCore core = whole_article(c);
  core.outside_r[2] = true;
  AlignmentParts parts;
  parts.matches = {{0, 1, 0, 1, 0.5}, {1, 2, 1, 2, 0.5}};
  parts.omitted = {2};
  const Alignment a = assemble(kThree, kThree, c, core, parts);
  CHECK(beads(a) == std::vector<std::string>{"0>0", "1>1", "2>"});
  CHECK(a.rendition_zones == std::vector<Zone>{Zone::body, Zone::body, Zone::boilerplate});
  CHECK(a.original_zones == std::vector<Zone>{Zone::body, Zone::body, Zone::body});
}

TEST_CASE("assemble: two languages align one to one on names and numbers",
          "[align][assemble][cross-language]") {
  const Document english =
      doc("The city council of Hamburg approved a budget of 4.2 million euros on Monday.\n"
          "Mayor Peter Tschentscher said the money would repair the Kohlbrand bridge.\n"
          "The bridge was built in 1974 and carries 35,000 cars every day.\n");
  const Document german =
      doc("Der Senat von Hamburg hat am Montag ein Budget von 4,2 Millionen Euro beschlossen.\n"
          "Bürgermeister Peter Tschentscher sagte, das Geld solle die Köhlbrandbrücke reparieren.\n"
          "Die Brücke wurde 1974 gebaut und trägt jeden Tag 35.000 Autos.\n",
          "de");
  AlignOptions options;
  options.cross.dictionary_dir.clear();
  const Alignment a =
      align_languages(english, german, select_candidates(english, german, options), options);
  CHECK(beads(a) == std::vector<std::string>{"0>0", "1>1", "2>2"});
}

}  // namespace driftcheck
