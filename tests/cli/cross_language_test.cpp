// Across languages: an English news story and its German, Russian and French translations,
// written for these tests. A faithful translation gets no major finding; the same translation
// with one date, one number and one name changed, one negation dropped, one sentence dropped
// and one added gets each of them at major or above. The dropped and the added sentence have
// about the same length, so the aligner needs word evidence to tell them from a 1:1 pair: the
// FreeDict dictionaries `make deps` installs give it.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/process.h"

namespace {

using namespace cli_test;
using nlohmann::json;

const fs::path kData = fs::path(DRIFTCHECK_SOURCE_DIR) / "tests" / "cli" / "data" / "translations";

json check(const Scratch& s, const std::string& rendition, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"check", (kData / "original.en.txt").string(),
                                   (kData / rendition).string(), "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const Outcome o = run(args, s);
  INFO(o.err);
  REQUIRE(o.exit_code <= 1);
  return json::parse(o.out);
}

std::string describe(const json& findings) {
  std::string out;
  for (const json& f : findings)
    out += f["id"].get<std::string>() + " " + f["severity"].get<std::string>() + " " +
           f["category"].get<std::string>() + ": " + f["message"].get<std::string>() + "\n";
  return out;
}

bool serious(const json& f) { return f["severity"] == "major" || f["severity"] == "critical"; }

// A finding at major or above of `category` whose `side` text contains `words`.
bool flagged(const json& report, const std::string& category, const std::string& side,
             const std::string& words) {
  for (const json& f : report["findings"])
    if (serious(f) && f["category"] == category && f.contains(side) &&
        f[side]["text"].get<std::string>().find(words) != std::string::npos)
      return true;
  return false;
}

struct Translation {
  const char* language;
  const char* added_words;  // in the sentence the altered translation adds
};

}  // namespace

TEST_CASE("across languages: faithful translations pass, each planted change is caught",
          "[cli][cross-language]") {
  Scratch s;
  for (const Translation& t : {Translation{"de", "Tschistopol"}, Translation{"ru", "Чистопол"},
                               Translation{"fr", "Tchistopol"}}) {
    const std::string language = t.language;
    INFO("en -> " << language);
    const json faithful = check(s, "faithful." + language + ".txt");
    CHECK(faithful["original"]["language"] == "en");
    CHECK(faithful["rendition"]["language"] == language);
    // The report says once what could not be checked.
    CHECK(faithful["summary"]["note"].get<std::string>().find("across languages") == 0);
    json serious_findings = json::array();
    for (const json& f : faithful["findings"])
      if (serious(f)) serious_findings.push_back(f);
    INFO(describe(serious_findings));
    CHECK(serious_findings.empty());

    const json altered = check(s, "altered." + language + ".txt");
    INFO(describe(altered["findings"]));
    CHECK(flagged(altered, "date", "original", "March 14"));
    CHECK(flagged(altered, "number", "original", "850"));
    CHECK(flagged(altered, "entity", "original", "Irina"));
    CHECK(flagged(altered, "negation", "original", "not"));
    CHECK(flagged(altered, "omission", "original", "Engineers from Germany"));
    CHECK(flagged(altered, "addition", "rendition", t.added_words));
  }
}

TEST_CASE("across languages: each file's language can be named", "[cli][cross-language]") {
  Scratch s;
  const json named =
      check(s, "faithful.de.txt", {"--lang-original", "en", "--lang-rendition", "de"});
  CHECK(named["rendition"]["language"] == "de");
  // --lang names both; a side's own option wins over it.
  const json both = check(s, "faithful.de.txt", {"--lang", "de", "--lang-original", "en"});
  CHECK(both["original"]["language"] == "en");
  CHECK(both["rendition"]["language"] == "de");
  // One language named for both: a same-language check, with no cross-language note.
  const json same = check(s, "faithful.de.txt", {"--lang", "en"});
  CHECK(same["rendition"]["language"] == "en");
  CHECK_FALSE(same["summary"].contains("note"));
}
