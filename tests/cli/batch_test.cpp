// `driftcheck batch` and `driftcheck baseline`, run as a user runs them: the built binary
// on generated files in a scratch folder.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "config/article_generator.h"
#include "report/render.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void spit(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A fresh folder under the system's temporary folder, removed at the end of the test.
class Scratch {
 public:
  Scratch() {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("driftcheck-batch-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~Scratch() { fs::remove_all(dir_); }
  const fs::path& dir() const { return dir_; }
  fs::path operator/(const std::string& name) const { return dir_ / name; }

  // Runs `driftcheck ARGS` in this folder (so no .driftcheck.toml above it is found
  // unless the test wrote one here).
  Run run(const std::string& args) const {
    const fs::path out = dir_ / ".stdout";
    const fs::path err = dir_ / ".stderr";
    const std::string command = "cd '" + dir_.string() + "' && '" + DRIFTCHECK_BINARY + "' " +
                                args + " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int raw = std::system(command.c_str());
    Run r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

 private:
  fs::path dir_;
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

// `count` generated pairs under pairs/, and a manifest naming them: pairs/NNN.orig.txt ...
void write_pairs(const Scratch& s, int count, size_t sentences = 12) {
  std::string manifest = "# original\trendition\tid\n";
  for (int i = 0; i < count; ++i) {
    const auto pair = driftcheck::testing::generate_pair(static_cast<unsigned>(i), sentences);
    const std::string name = "pairs/" + std::to_string(1000 + i);
    spit(s / (name + ".orig.txt"), pair.original);
    spit(s / (name + ".trans.txt"), pair.rendition);
    manifest += name + ".orig.txt\t" + name + ".trans.txt\tp" + std::to_string(i) + "\n";
  }
  spit(s / "manifest.tsv", manifest);
}

std::string finding_key(const json& f) {
  return f["category"].get<std::string>() + "|" +
         (f.contains("original") ? f["original"]["text"].get<std::string>() : "") + "|" +
         (f.contains("rendition") ? f["rendition"]["text"].get<std::string>() : "");
}

std::multiset<std::string> finding_keys(const json& report) {
  std::multiset<std::string> keys;
  for (const json& f : report["findings"]) keys.insert(finding_key(f));
  return keys;
}

}  // namespace

TEST_CASE("batch: 200 pairs with 3 unreadable give 197 reports, 3 error records, exit 2",
          "[cli][batch]") {
  Scratch s;
  write_pairs(s, 200);
  fs::remove(s / "pairs/1017.trans.txt");  // missing
  fs::remove(s / "pairs/1090.orig.txt");
  fs::create_directories(s / "pairs/1090.orig.txt");                // a folder
  spit(s / "pairs/1151.orig.txt", std::string("bin\0ary\xff", 8));  // not text

  const Run r = s.run("batch manifest.tsv --jobs 2");
  CHECK(r.status == 2);
  const std::vector<std::string> lines = lines_of(r.out);
  REQUIRE(lines.size() == 200);
  int reports = 0;
  std::vector<int> errors;
  for (size_t i = 0; i < lines.size(); ++i) {
    const json record = json::parse(lines[i]);
    CHECK(record["pair"]["index"] == i);  // manifest order
    CHECK(record["pair"]["id"] == "p" + std::to_string(i));
    if (record.contains("error")) {
      errors.push_back(static_cast<int>(i));
      CHECK(record.size() == 2);  // {"pair", "error"}
      CHECK(record["error"].get<std::string>().find('\n') == std::string::npos);
    } else {
      ++reports;
      CHECK(record["schema"] == "driftcheck.report/1");
      CHECK_FALSE(record["findings"].empty());
    }
  }
  CHECK(reports == 197);
  CHECK(errors == std::vector<int>{17, 90, 151});
  CHECK(json::parse(lines[17])["error"].get<std::string>().find("1017.trans.txt: no such file") !=
        std::string::npos);
}

TEST_CASE("batch: the union of the shards is the unsharded run, record for record",
          "[cli][batch][shard]") {
  Scratch s;
  write_pairs(s, 40);
  fs::remove(s / "pairs/1005.orig.txt");
  const Run full = s.run("batch manifest.tsv --jobs 2");
  REQUIRE(full.status == 2);
  const std::vector<std::string> expected = lines_of(full.out);
  REQUIRE(expected.size() == 40);

  for (const int n : {1, 3, 7}) {
    std::map<size_t, std::string> merged;
    size_t total = 0;
    for (int k = 1; k <= n; ++k) {
      const Run shard = s.run("batch manifest.tsv --jobs 2 --shard " + std::to_string(k) + "/" +
                              std::to_string(n));
      for (const std::string& line : lines_of(shard.out)) {
        const size_t index = json::parse(line)["pair"]["index"];
        CHECK(index % static_cast<size_t>(n) == static_cast<size_t>(k - 1));
        merged[index] = line;
        ++total;
      }
    }
    CHECK(total == expected.size());  // disjoint
    std::vector<std::string> joined;
    for (auto& [index, line] : merged) joined.push_back(line);
    CHECK(joined == expected);
  }
}

TEST_CASE("batch: --shard must be K/N with 1 <= K <= N", "[cli][batch][shard]") {
  Scratch s;
  write_pairs(s, 2);
  const std::string hint =
      "(write K/N with 1 <= K <= N, e.g. --shard 2/4 for the second of four)\n";
  CHECK(s.run("batch manifest.tsv --shard 0/3").err ==
        "driftcheck: error: --shard: shard 0 of 3 does not exist (K is 1-based) " + hint);
  CHECK(s.run("batch manifest.tsv --shard 4/3").err ==
        "driftcheck: error: --shard: shard 4 of 3 does not exist (K is 1-based) " + hint);
  const Run bad = s.run("batch manifest.tsv --shard 2-of-3");
  CHECK(bad.status == 2);
  CHECK(bad.err == "driftcheck: error: --shard: '2-of-3' is not K/N " + hint);
  CHECK(bad.out.empty());
}

TEST_CASE("batch: --pairs finds pairs by convention, sorted by name", "[cli][batch]") {
  Scratch s;
  const auto a = driftcheck::testing::generate_pair(1, 6);
  spit(s / "in/zeta/original.txt", a.original);
  spit(s / "in/zeta/rendition.txt", a.rendition);
  spit(s / "in/alpha.orig.txt", a.original);
  spit(s / "in/alpha.trans.txt", a.rendition);
  spit(s / "in/lonely.orig.txt", a.original);
  spit(s / "in/notes.md", "not a pair");
  const Run r = s.run("batch --pairs in");
  CHECK(r.status == 2);  // lonely has no rendition
  const std::vector<std::string> lines = lines_of(r.out);
  REQUIRE(lines.size() == 3);
  CHECK(json::parse(lines[0])["pair"]["id"] == "alpha");
  CHECK(json::parse(lines[1])["pair"]["id"] == "lonely");
  CHECK(json::parse(lines[1])["error"].get<std::string>().find("lonely.trans.txt: no such file") !=
        std::string::npos);
  CHECK(json::parse(lines[2])["pair"]["id"] == "zeta");
  CHECK(json::parse(lines[2])["pair"]["rendition"] == "in/zeta/rendition.txt");
}

TEST_CASE("batch: exit 1 on findings, 0 when nothing reaches fail-on", "[cli][batch]") {
  Scratch s;
  write_pairs(s, 3);
  CHECK(s.run("batch manifest.tsv").status == 1);
  CHECK(s.run("batch manifest.tsv --fail-on never").status == 0);
  spit(s / ".driftcheck.toml", "fail_on = \"never\"\n");
  CHECK(s.run("batch manifest.tsv").status == 0);
  CHECK(s.run("batch manifest.tsv --fail-on info").status == 1);  // the command line wins
}

TEST_CASE("batch: a bad manifest line is an error naming the line", "[cli][batch]") {
  Scratch s;
  spit(s / "m.tsv", "# pairs\na.txt\tb.txt\na.txt b.txt\n");
  const Run r = s.run("batch m.tsv");
  CHECK(r.status == 2);
  CHECK(r.err ==
        "driftcheck: error: m.tsv:3: expected 2 or 3 tab-separated fields, found 1 (write "
        "ORIGINAL<tab>RENDITION[<tab>ID])\n");
}

TEST_CASE("batch: --format md is one table with a row per pair", "[cli][batch][format]") {
  Scratch s;
  write_pairs(s, 4);
  fs::remove(s / "pairs/1002.orig.txt");
  const Run r = s.run("batch manifest.tsv --format md -o table.md");
  CHECK(r.status == 2);
  const std::vector<std::string> rows = lines_of(slurp(s / "table.md"));
  REQUIRE(rows.size() == 6);
  CHECK(rows[0].rfind("| # | pair | verdict |", 0) == 0);
  CHECK(rows[2].rfind("| 1 | p0 | **fail** |", 0) == 0);
  CHECK(rows[4].rfind("| 3 | p2 | **error**: ", 0) == 0);
  for (const char* format : {"md", "sarif", "junit"}) {
    CAPTURE(format);
    s.run(std::string("batch manifest.tsv --format ") + format + " -o combined.out");
    CHECK_FALSE(fs::exists(s / "batch.jsonl"));  // only JSONL and folders keep records
  }
}

TEST_CASE("batch: a per-pair format writes a folder with an index linking each report",
          "[cli][batch][format]") {
  Scratch s;
  write_pairs(s, 3);
  const std::vector<std::string> formats = driftcheck::report_format_names();
  const std::string format =
      std::find(formats.begin(), formats.end(), "html") != formats.end() ? "html" : "json";
  const Run r = s.run("batch manifest.tsv --format " + format + " -o site");
  CHECK(r.status == 1);
  const std::string index = slurp(s / "site/index.html");
  for (const char* name : {"0001-p0", "0002-p1", "0003-p2"}) {
    const std::string file = std::string("pairs/") + name + "." + format;
    CHECK(index.find("href=\"" + file + "\"") != std::string::npos);
    CHECK(fs::file_size(s / "site" / file) > 100);
  }
  CHECK(lines_of(slurp(s / "site/batch.jsonl")).size() == 3);
  CHECK(s.run("batch manifest.tsv --format " + format).err ==
        "driftcheck: error: --format " + format +
            " writes a folder of reports (name the folder with -o DIR)\n");
}

TEST_CASE("batch: --format sarif and junit combine every pair's report", "[cli][batch][format]") {
  Scratch s;
  write_pairs(s, 3);
  fs::remove(s / "pairs/1001.trans.txt");
  const std::vector<std::string> formats = driftcheck::report_format_names();
  if (std::find(formats.begin(), formats.end(), "sarif") != formats.end()) {
    const Run r = s.run("batch manifest.tsv --format sarif -o all.sarif");
    CHECK(r.status == 2);
    const json log = json::parse(slurp(s / "all.sarif"));
    REQUIRE(log["runs"].size() == 1);
    CHECK(log["runs"][0]["results"].size() >= 2);
    CHECK(log["runs"][0]["invocations"][0]["executionSuccessful"] == false);
  }
  if (std::find(formats.begin(), formats.end(), "junit") != formats.end()) {
    const Run r = s.run("batch manifest.tsv --format junit -o junit.xml");
    CHECK(r.status == 2);
    const std::string xml = slurp(s / "junit.xml");
    CHECK(xml.find("<testsuites") != std::string::npos);
    size_t suites = 0;
    for (size_t at = xml.find("<testsuite "); at != std::string::npos;
         at = xml.find("<testsuite ", at + 1))
      ++suites;
    CHECK(suites == 3);
  }
}

TEST_CASE("baseline: accepted findings are suppressed, the others still fail", "[cli][baseline]") {
  Scratch s;
  const auto pair = driftcheck::testing::generate_pair(3, 12);
  spit(s / "a.txt", pair.original);
  spit(s / "b.txt", pair.rendition);

  const Run before = s.run("check a.txt b.txt --format json --fail-on minor");
  REQUIRE(before.status == 1);
  const json all = json::parse(before.out);
  REQUIRE(all["findings"].size() >= 2);

  REQUIRE(s.run("baseline a.txt b.txt -o bl.json --fail-on never --reason reviewed").status == 0);
  json baseline = json::parse(slurp(s / "bl.json"));
  REQUIRE(baseline["accepted"].size() == finding_keys(all).size());
  CHECK(baseline["accepted"][0]["reason"] == "reviewed");

  // Everything accepted: the pair passes even at fail-on info.
  spit(s / ".driftcheck.toml", "baseline = \"bl.json\"\n");
  const Run accepted = s.run("check a.txt b.txt --format json --fail-on info");
  CHECK(accepted.status == 0);
  CHECK(json::parse(accepted.out)["findings"].empty());

  // Take the first entry back out: exactly that finding returns, no other.
  const json removed = baseline["accepted"][0];
  baseline["accepted"].erase(0);
  spit(s / "bl.json", baseline.dump(2));
  const Run one = s.run("check a.txt b.txt --format json --fail-on info");
  CHECK(one.status == 1);
  const json left = json::parse(one.out)["findings"];
  REQUIRE(left.size() == 1);
  CHECK(left[0]["category"] == removed["category"]);
  CHECK((left[0].contains("original") ? left[0]["original"]["text"] : json("")) ==
        removed["original"]);
  CHECK((left[0].contains("rendition") ? left[0]["rendition"]["text"] : json("")) ==
        removed["rendition"]);
}

TEST_CASE("baseline: a finding comes back when its text changes, not when other text moves",
          "[cli][baseline]") {
  Scratch s;
  spit(s / "a.txt",
       "The plant employs 900 workers.\n\nCNN has been unable to independently verify this.\n\n"
       "Production began in March.\n");
  spit(s / "b.txt", "The plant employs 900 workers.\n\nProduction began in March.\n");
  REQUIRE(s.run("baseline a.txt b.txt -o bl.json --fail-on never").status == 0);
  spit(s / ".driftcheck.toml", "baseline = \"bl.json\"\n");
  REQUIRE(s.run("check a.txt b.txt --fail-on info").status == 0);

  // Unrelated text added around it: still accepted.
  spit(s / "a.txt",
       "A new introduction was written.\n\nThe plant employs 900 workers.\n\n"
       "CNN has been unable to independently verify this.\n\nProduction began in March.\n");
  spit(s / "b.txt",
       "A new introduction was written.\n\nThe plant employs 900 workers.\n\n"
       "Production began in March.\n");
  CHECK(s.run("check a.txt b.txt --fail-on info").status == 0);

  // The dropped sentence itself changed: the acceptance no longer applies.
  spit(s / "a.txt",
       "A new introduction was written.\n\nThe plant employs 900 workers.\n\n"
       "Reuters has been unable to independently verify this.\n\nProduction began in March.\n");
  const Run changed = s.run("check a.txt b.txt --format json --fail-on info");
  CHECK(changed.status == 1);
  bool caveat = false;
  const json report = json::parse(changed.out);
  for (const json& f : report["findings"])
    caveat = caveat || (f.contains("original") && f["original"]["text"].get<std::string>().find(
                                                      "Reuters") != std::string::npos);
  CHECK(caveat);
}

TEST_CASE("baseline: --manifest accepts every pair's findings for the batch", "[cli][baseline]") {
  Scratch s;
  write_pairs(s, 6);
  CHECK(s.run("batch manifest.tsv").status == 1);
  REQUIRE(s.run("baseline --manifest manifest.tsv -o bl.json --fail-on never").status == 0);
  spit(s / ".driftcheck.toml", "baseline = \"bl.json\"\n");
  const Run r = s.run("batch manifest.tsv --fail-on info");
  CHECK(r.status == 0);
  for (const std::string& line : lines_of(r.out)) {
    const json record = json::parse(line);
    CHECK(record["findings"].empty());
    CHECK(record["baselined"].get<int>() > 0);
  }
}

TEST_CASE("config: [severity] overrides and ignore change the report", "[cli][config]") {
  Scratch s;
  const auto pair = driftcheck::testing::generate_pair(5, 12);
  spit(s / "a.txt", pair.original);
  spit(s / "b.txt", pair.rendition);
  const json plain = json::parse(s.run("check a.txt b.txt --format json").out);
  std::set<std::string> categories;
  for (const json& f : plain["findings"]) categories.insert(f["category"]);
  REQUIRE(categories.size() >= 2);
  const std::string raised = *categories.begin();
  const std::string ignored = *categories.rbegin();

  spit(s / "policy.toml",
       "ignore = [\"" + ignored + "\"]\n[severity]\n" + raised + " = \"critical\"\n");
  const json configured =
      json::parse(s.run("check a.txt b.txt --format json --config policy.toml").out);
  int raised_count = 0;
  for (const json& f : configured["findings"]) {
    CHECK(f["category"] != ignored);
    if (f["category"] == raised) {
      CHECK(f["severity"] == "critical");
      ++raised_count;
    }
  }
  CHECK(raised_count > 0);
  CHECK(configured["summary"]["counts"]["critical"].get<int>() >= raised_count);
}

TEST_CASE("config: a glossary term that does not survive is a major entity finding",
          "[cli][config][glossary]") {
  Scratch s;
  spit(s / "a.txt",
       "Russia launched 40 Shahed-136 drones overnight.\n\nThe attack lasted hours.\n");
  spit(s / "b.txt", "Russia launched 40 kamikaze drones overnight.\n\nThe attack lasted hours.\n");
  spit(s / "ok.txt", "Russia launched 40 geran 2 drones overnight.\n\nThe attack lasted hours.\n");
  spit(s / ".driftcheck.toml", "[glossary]\n\"Shahed-136\" = [\"Shahed-136\", \"Geran-2\"]\n");
  const Run r = s.run("check a.txt b.txt --format json");
  CHECK(r.status == 1);
  bool named = false;
  const json report = json::parse(r.out);
  for (const json& f : report["findings"])
    if (f["evidence"].contains("glossary")) {
      named = true;
      CHECK(f["category"] == "entity");
      CHECK(f["severity"] == "major");
      CHECK(f["original"]["text"] == "Shahed-136");
      CHECK(f["message"].get<std::string>().find("'Shahed-136'") != std::string::npos);
    }
  CHECK(named);
  const json ok = json::parse(s.run("check a.txt ok.txt --format json").out);
  for (const json& f : ok["findings"]) CHECK_FALSE(f["evidence"].contains("glossary"));
}

TEST_CASE("config: a bad configuration file is one line naming the file and line",
          "[cli][config]") {
  Scratch s;
  spit(s / "a.txt", "One sentence here.\n");
  spit(s / "b.txt", "One sentence here.\n");
  using Row = std::tuple<std::string, std::string>;
  const auto [toml, message] = GENERATE(table<std::string, std::string>({
      Row{"fail_on = \"major\"\n[severity]\nomision = \"minor\"\n",
          "bad.toml:3:1: unknown category 'omision' (one of number, date, entity, negation, "
          "antonym, substitution, modality, attribution, quote, approximator, quantifier, "
          "omission, addition, rewrite, moved or format)"},
      Row{"[severity]\nmodality = \"severe\"\n",
          "bad.toml:2:12: unknown severity 'severe' (one of info, minor, major or critical)"},
      Row{"fail_on = \"often\"\n",
          "bad.toml:1:11: unknown fail_on level 'often' (one of info, minor, major, critical "
          "or never)"},
      Row{"\n\ncolour = true\n",
          "bad.toml:3:1: unknown key 'colour' (known keys: fail_on, ignore, baseline, "
          "[severity], [glossary], [align])"},
      Row{"ignore = [\"format\", \"formats\"]\n",
          "bad.toml:1:21: unknown category 'formats' (one of number, date, entity, negation, "
          "antonym, substitution, modality, attribution, quote, approximator, quantifier, "
          "omission, addition, rewrite, moved or format)"},
      Row{"ignore = \"format\"\n",
          "bad.toml:1:10: 'ignore' must be an array of categories (e.g. ignore = [\"format\", "
          "\"moved\"])"},
      Row{"[align]\nmatch_threshold = -0.2\n",
          "bad.toml:2:19: 'align.match_threshold' must be a number from 0 to 1"},
  }));
  spit(s / "bad.toml", toml);
  const Run r = s.run("check a.txt b.txt --config bad.toml");
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "driftcheck: error: " + message + "\n");
}

TEST_CASE("config: [align] thresholds reach the alignment of check, batch and align",
          "[cli][config]") {
  Scratch s;
  spit(s / "a.txt",
       "The plant employs 900 workers in the town.\n\nCNN has been unable to independently "
       "verify this.\n\nProduction began in March of last year.\n");
  spit(s / "b.txt",
       "The factory has 900 staff in the town.\n\nProduction started in March last year.\n\n"
       "Moscow has deceived an ally.\n");
  spit(s / "strict.toml", "[align]\nmatch_threshold = 0.9\nmove_threshold = 0.9\n");
  const json plain = json::parse(s.run("check a.txt b.txt --format json --fail-on never").out);
  const json strict = json::parse(
      s.run("check a.txt b.txt --format json --fail-on never --config strict.toml").out);
  CHECK(plain["alignment"] != strict["alignment"]);
  spit(s / "pairs.tsv", "a.txt\tb.txt\n");
  const json batch =
      json::parse(s.run("batch pairs.tsv --fail-on never --no-progress --config strict.toml").out);
  CHECK(batch["alignment"] == strict["alignment"]);
  const json aligned =
      json::parse(s.run("align a.txt b.txt --format json --config strict.toml").out);
  CHECK(aligned["alignment"] == strict["alignment"]);
}

TEST_CASE("config: a TOML syntax error names the line", "[cli][config]") {
  Scratch s;
  spit(s / "a.txt", "One sentence here.\n");
  spit(s / ".driftcheck.toml", "fail_on = \"major\"\nignore = [\"format\"\n");
  const Run r = s.run("batch --pairs . --config .driftcheck.toml");
  CHECK(r.status == 2);
  CHECK(r.err.rfind("driftcheck: error: .driftcheck.toml:", 0) == 0);
  CHECK(r.err.find(".driftcheck.toml:2:") != std::string::npos);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("batch: pair files outside the manifest's folder and the working directory are refused",
          "[cli][batch][confine]") {
  Scratch s;
  Scratch elsewhere;
  const std::string secret = "The launch codes are 0000. Nobody else knows them.\n";
  spit(elsewhere / "secret.txt", secret);
  spit(s / "work/a.txt", "The launch was on Monday. It went well.\n");
  fs::create_symlink(elsewhere / "secret.txt", s / "work/link.txt");
  const std::string relative =
      "../../" + elsewhere.dir().filename().string() + "/secret.txt";  // from work/
  spit(s / "work/manifest.tsv", "a.txt\t" + (elsewhere / "secret.txt").string() +
                                    "\tabsolute\na.txt\t" + relative + "\trelative\n" +
                                    "a.txt\tlink.txt\tsymlink\na.txt\ta.txt\tinside\n");
  const Run r = s.run("batch work/manifest.tsv --jobs 1");
  CHECK(r.status == 2);
  const std::vector<std::string> lines = lines_of(r.out);
  REQUIRE(lines.size() == 4);
  for (size_t i = 0; i < 3; ++i) {
    const json record = json::parse(lines[i]);
    CAPTURE(record.dump());
    REQUIRE(record.contains("error"));
    CHECK(record["error"].get<std::string>().find("outside the folders a batch reads") !=
          std::string::npos);
    CHECK(record["error"].get<std::string>().find("--allow-outside") != std::string::npos);
  }
  CHECK_FALSE(json::parse(lines[3]).contains("error"));
  CHECK(r.out.find("launch codes") == std::string::npos);

  const Run allowed = s.run("batch work/manifest.tsv --jobs 1 --allow-outside");
  CHECK(allowed.status != 2);
  CHECK(allowed.out.find("launch codes") != std::string::npos);
}

TEST_CASE("batch: an interrupted folder of reports has an index that says it did not finish",
          "[cli][batch][format]") {
  Scratch s;
  write_pairs(s, 400, 40);
  spit(s / "out/index.html", "an index from an older run");
  const std::string command =
      "cd '" + s.dir().string() + "' && { '" + DRIFTCHECK_BINARY +
      "' batch manifest.tsv --format html -o out --jobs 1 --no-progress 2>/dev/null & pid=$!; "
      "i=0; while [ -z \"$(ls out/pairs 2>/dev/null)\" ] && [ $i -lt 3000 ]; do sleep 0.02; "
      "i=$((i+1)); done; kill -TERM $pid; wait $pid; echo \"status $?\" >status.txt; }";
  REQUIRE(std::system(command.c_str()) == 0);
  const Run r{0, slurp(s / "status.txt"), ""};
  if (r.out.find("status 143") == std::string::npos) {
    WARN("the batch finished before it could be interrupted: " + r.out);
    return;
  }
  CHECK(slurp(s / "out/index.html").find("This batch did not finish") != std::string::npos);
  for (const auto& entry : fs::directory_iterator(s / "out/pairs"))
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("batch: a pair past --time-limit is an error record and the others still run",
          "[cli][batch][limit]") {
  Scratch s;
  write_pairs(s, 2, 12);
  std::string big_original;
  std::string big_rendition;
  for (int i = 0; i < 4000; ++i) {
    big_original += "The ministry said convoy " + std::to_string(i) + " reached the border town.\n";
    big_rendition += "The ministry said that convoy " + std::to_string(i) + " reached the town.\n";
  }
  spit(s / "big/original.txt", big_original);
  spit(s / "big/rendition.txt", big_rendition);
  spit(s / "limited.tsv", "big/original.txt\tbig/rendition.txt\tbig\n" + slurp(s / "manifest.tsv"));
  // 4,000 sentences take about half a second; the two small pairs a few milliseconds each.
  const Run r = s.run("batch limited.tsv --jobs 1 --time-limit 0.15");
  CHECK(r.status == 2);
  const std::vector<std::string> lines = lines_of(r.out);
  REQUIRE(lines.size() == 3);
  const json big = json::parse(lines[0]);
  REQUIRE(big.contains("error"));
  CHECK(big["error"] ==
        "big/rendition.txt: the check took longer than the time limit of 0.15 s (raise it with "
        "--time-limit, or split the files)");
  CHECK_FALSE(json::parse(lines[1]).contains("error"));
  CHECK_FALSE(json::parse(lines[2]).contains("error"));

  const Run single = s.run("check big/original.txt big/rendition.txt --time-limit 0.15");
  CHECK(single.status == 2);
  CHECK(single.err ==
        "driftcheck: error: big/rendition.txt: the check took longer than the time limit of "
        "0.15 s (raise it with --time-limit, or split the files)\n");
  CHECK(single.out.empty());

  const Run unlimited = s.run("check big/original.txt big/rendition.txt --format json");
  CHECK(unlimited.status != 2);
}
