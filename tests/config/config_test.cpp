#include "config/config.h"

#include <catch2/catch.hpp>

using namespace driftcheck;

TEST_CASE("config: every key is read", "[config]") {
  const Result<Config> c = parse_config(
      "fail_on = \"minor\"\n"
      "ignore = [\"format\", \"moved\"]\n"
      "baseline = \"accepted.json\"\n"
      "[severity]\n"
      "modality = \"minor\"\n"
      "omission = \"critical\"\n"
      "[glossary]\n"
      "\"Shahed-136\" = [\"Shahed-136\", \"Geran-2\"]\n"
      "\"Alabuga\" = \"Alabuga\"\n",
      "project/.driftcheck.toml");
  REQUIRE(c.ok());
  CHECK(c->fail_on == Severity::minor);
  CHECK(c->fail_on_set);
  CHECK(c->policy.ignored_categories == std::vector<Category>{Category::format, Category::moved});
  CHECK(c->policy.severity_overrides ==
        std::vector<std::pair<Category, Severity>>{{Category::modality, Severity::minor},
                                                   {Category::omission, Severity::critical}});
  CHECK(c->baseline_path == "project/accepted.json");
  REQUIRE(c->glossary.size() == 2);  // in key order, as toml++ keeps tables
  CHECK(c->glossary[0].term == "Alabuga");
  CHECK(c->glossary[0].forms == std::vector<std::string>{"Alabuga"});
  CHECK(c->glossary[1].term == "Shahed-136");
  CHECK(c->glossary[1].key == "shahed136");
  CHECK(c->glossary[1].form_keys == std::vector<std::string>{"shahed136", "geran2"});
}

TEST_CASE("config: an empty file is the defaults", "[config]") {
  const Result<Config> c = parse_config("# nothing yet\n", ".driftcheck.toml");
  REQUIRE(c.ok());
  CHECK(c->fail_on == Severity::major);
  CHECK_FALSE(c->fail_on_set);
  CHECK(c->glossary.empty());
  CHECK(c->baseline_path.empty());
}

TEST_CASE("config: [align] sets the alignment thresholds a user may tune", "[config]") {
  const Result<Config> c = parse_config(
      "[align]\n"
      "match_threshold = 0.12\n"
      "move_threshold = 0\n"
      "cross_language_shared_words = 0.25\n",
      "c.toml");
  REQUIRE(c.ok());
  CHECK(c->align.match_threshold == 0.12);
  CHECK(c->align.move_threshold == 0.0);
  CHECK(c->align.cross.shared_words == 0.25);
  // The rest keeps its defaults.
  CHECK(c->align.mutual_move_threshold == AlignOptions{}.mutual_move_threshold);
}

TEST_CASE("config: without [align] the alignment keeps its defaults", "[config]") {
  const Result<Config> c = parse_config("fail_on = \"minor\"\n", "c.toml");
  REQUIRE(c.ok());
  CHECK(c->align.match_threshold == AlignOptions{}.match_threshold);
  CHECK(c->align.move_threshold == AlignOptions{}.move_threshold);
  CHECK(c->align.cross.shared_words == AlignOptions{}.cross.shared_words);
}

TEST_CASE("config: fail_on never means no level", "[config]") {
  const Result<Config> c = parse_config("fail_on = \"never\"\n", "c.toml");
  REQUIRE(c.ok());
  CHECK_FALSE(c->fail_on.has_value());
  CHECK(c->fail_on_set);
}

TEST_CASE("config: errors name the file, line and column", "[config]") {
  using Row = std::tuple<std::string, std::string>;
  const auto [toml, message] = GENERATE(table<std::string, std::string>({
      Row{"[severity]\nnumber = 3\n", "c.toml:2:10: 'number' must be a string"},
      Row{"severity = \"major\"\n",
          "c.toml:1:12: 'severity' must be a table (write [severity] and one 'category = "
          "\"level\"' per line)"},
      Row{"[glossary]\n\"X-1\" = 5\n",
          "c.toml:2:9: glossary term 'X-1' must list its accepted forms (e.g. \"X-1\" = "
          "[\"X-1\"])"},
      Row{"[glossary]\n\"X-1\" = [\"--\"]\n",
          "c.toml:2:9: glossary term 'X-1' lists no usable form (give at least one form with "
          "letters or digits)"},
      Row{"baseline = \"\"\n", "c.toml:1:12: 'baseline' is empty"},
      Row{"[input]\nlang = \"en\"\n",
          "c.toml:1:2: unknown key 'input' (known keys: fail_on, ignore, baseline, [severity], "
          "[glossary], [align])"},
      Row{"align = 0.1\n",
          "c.toml:1:9: 'align' must be a table (write [align] and one 'key = number' per line)"},
      Row{"[align]\nmatch_threshold = 1.5\n",
          "c.toml:2:19: 'align.match_threshold' must be a number from 0 to 1"},
      Row{"[align]\nmove_threshold = \"high\"\n",
          "c.toml:2:18: 'align.move_threshold' must be a number from 0 to 1"},
      Row{"[align]\ncross_language_shared_words = true\n",
          "c.toml:2:31: 'align.cross_language_shared_words' must be a number from 0 to 1"},
      Row{"[align]\nband_margin = 3\n",
          "c.toml:2:1: unknown key 'align.band_margin' (known keys of [align]: match_threshold, "
          "move_threshold, cross_language_shared_words)"},
  }));
  const Result<Config> c = parse_config(toml, "c.toml");
  REQUIRE_FALSE(c.ok());
  CHECK(c.error().to_string() == message);
}

TEST_CASE("config: a TOML syntax error carries its line", "[config]") {
  const Result<Config> c =
      parse_config("fail_on = \"major\"\nignore = [\"format\"\nbaseline = \"b.json\"\n", "c.toml");
  REQUIRE_FALSE(c.ok());
  CHECK(c.error().file == "c.toml");
  CHECK(c.error().line == 3);
  CHECK(c.error().to_string().rfind("c.toml:3:", 0) == 0);
}
