#include "report/html_report.h"

#include <catch2/catch.hpp>
#include <map>
#include <optional>
#include <set>

#include "report/html_assets.h"
#include "report/report_fixture.h"
#include "report/sha256.h"
#include "report/text_checks.h"

namespace driftcheck {
namespace {

struct Tag {
  std::string name;  // lower case, "/p" for a closing tag
  std::string raw;   // everything between < and >
};

// The page's tags. Escaped text has no '<', so every '<' outside <script>/<style> opens a tag.
std::vector<Tag> tags_of(const std::string& html) {
  std::vector<Tag> tags;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string::npos) {
    const size_t end = html.find('>', i);
    REQUIRE(end != std::string::npos);
    Tag t;
    t.raw = html.substr(i + 1, end - i - 1);
    size_t n = 0;
    while (n < t.raw.size() && t.raw[n] != ' ' && t.raw[n] != '/') ++n;
    if (!t.raw.empty() && t.raw[0] == '/') {
      n = 1;
      while (n < t.raw.size() && t.raw[n] != ' ') ++n;
    }
    t.name = t.raw.substr(0, n);
    tags.push_back(t);
    i = end + 1;
    if (t.name == "script" || t.name == "style") i = html.find("</" + t.name, i);
  }
  return tags;
}

std::string between(const std::string& s, const std::string& open, const std::string& close) {
  const size_t a = s.find(open);
  REQUIRE(a != std::string::npos);
  const size_t b = s.find(close, a + open.size());
  REQUIRE(b != std::string::npos);
  return s.substr(a + open.size(), b - a - open.size());
}

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t i = haystack.find(needle); i != std::string::npos; i = haystack.find(needle, i + 1))
    ++n;
  return n;
}

std::string hostile_page() {
  const CheckResult r = test::hostile_result();
  return render_html_report(r, summarize(r, Severity::major));
}

std::string page(const CheckResult& r, std::optional<Severity> fail_on) {
  return render_html_report(r, summarize(r, fail_on));
}

// What a reader sees of a fragment: tags dropped, the few entities the report writes decoded.
std::string text_of(const std::string& html) {
  std::string out;
  bool in_tag = false;
  for (const char c : html) {
    if (c == '<') in_tag = true;
    if (!in_tag) out += c;
    if (c == '>') in_tag = false;
  }
  for (const auto& [entity, c] : {std::pair<std::string, std::string>{"&#39;", "'"},
                                  {"&quot;", "\""},
                                  {"&lt;", "<"},
                                  {"&gt;", ">"},
                                  {"&amp;", "&"}})
    for (size_t i = out.find(entity); i != std::string::npos; i = out.find(entity, i + 1))
      out.replace(i, entity.size(), c);
  return out;
}

// The targets of the in-page links in `html`, in order.
std::vector<std::string> link_targets(const std::string& html) {
  std::vector<std::string> out;
  const std::string open = "<a href=\"#";
  for (size_t i = html.find(open); i != std::string::npos; i = html.find(open, i + 1)) {
    const size_t start = i + open.size();
    out.push_back(html.substr(start, html.find('"', start) - start));
  }
  return out;
}

// True when `at` lies inside a folded group of page chrome.
bool inside_chrome(const std::string& html, size_t at) {
  const size_t open = html.rfind("<details class=\"chrome\">", at);
  return open != std::string::npos && html.find("</details>", open) > at;
}

// The sample with only its info findings: nothing a gate at major fails on.
CheckResult quiet_result() {
  CheckResult r = test::sample_result();
  std::erase_if(r.findings, [](const Finding& f) { return f.severity > Severity::info; });
  return r;
}

TEST_CASE("html: a hostile article renders as text", "[report][html]") {
  const std::string html = hostile_page();
  CHECK(count(html, "<script") == 1);  // the report's own
  CHECK(count(html, "</script") == 1);
  CHECK(html.find("&lt;script&gt;</mark>document.title=&#39;PWNED&#39;") != std::string::npos);
  CHECK(html.find("onerror</mark>=&quot;document.body.setAttribute(&#39;data-pwned&#39;") !=
        std::string::npos);
  CHECK(html.find("&lt;a href=&quot;<mark class=\"f s-info\" data-f=\"F4\">javascript:</mark>"
                  "document.body") != std::string::npos);
  CHECK(html.find("rend&lt;script&gt;.txt") != std::string::npos);
  const std::set<std::string> allowed = {
      "!DOCTYPE", "html",    "head",    "meta", "title",    "style",  "body",  "header", "h1",
      "small",    "span",    "p",       "nav",  "fieldset", "legend", "label", "input",  "kbd",
      "main",     "div",     "section", "mark", "ul",       "li",     "a",     "del",    "ins",
      "details",  "summary", "script",  "h2",   "button",   "ol"};
  for (const Tag& t : tags_of(html)) {
    INFO("tag: <" << t.raw << ">");
    const std::string name = t.name[0] == '/' ? t.name.substr(1) : t.name;
    CHECK(allowed.count(name) == 1);
    CHECK(t.raw.find("onerror") == std::string::npos);
    CHECK(t.raw.find("onload") == std::string::npos);
    CHECK(t.raw.find("javascript:") == std::string::npos);
    if (t.name == "a") CHECK(t.raw.find("href=\"#") != std::string::npos);  // in-page links only
  }
}

TEST_CASE("html: tags balance", "[report][html]") {
  const std::set<std::string> void_elements = {"!DOCTYPE", "meta", "input"};
  for (const std::string& html : {hostile_page(), [] {
                                    const CheckResult r = test::sample_result();
                                    return render_html_report(r, summarize(r, Severity::major));
                                  }()}) {
    std::vector<std::string> open;
    for (const Tag& t : tags_of(html)) {
      if (void_elements.count(t.name) != 0) continue;
      if (t.name[0] != '/') {
        open.push_back(t.name);
        continue;
      }
      REQUIRE_FALSE(open.empty());
      CHECK(open.back() == t.name.substr(1));
      open.pop_back();
    }
    CHECK(open.empty());
  }
}

TEST_CASE("html: the Content-Security-Policy allows only the report's own script and style",
          "[report][html]") {
  const std::string html = hostile_page();
  const std::string csp =
      between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
  const std::string script = between(html, "<script>", "</script>");
  const std::string style = between(html, "<style>", "</style>");
  CHECK(script == html_report_script());
  CHECK(csp.rfind("default-src 'none'; ", 0) == 0);
  CHECK(csp.find("script-src 'sha256-" + sha256_base64(script) + "';") != std::string::npos);
  CHECK(csp.find("style-src 'sha256-" + sha256_base64(style) + "';") != std::string::npos);
  CHECK(csp.find("unsafe") == std::string::npos);
  CHECK(html.find("http://") == std::string::npos);  // nothing to fetch
  CHECK(html.find("https://") == std::string::npos);
  // The policy comes before anything it governs.
  CHECK(html.find("Content-Security-Policy") < html.find("<style>"));
}

TEST_CASE("html: findings inline with badges, bead kinds marked, boilerplate collapsed",
          "[report][html]") {
  const CheckResult r = test::sample_result();
  const std::string html = render_html_report(r, summarize(r, Severity::major));
  CHECK(count(html, "<li class=\"finding ") == 6);
  CHECK(html.find("<li class=\"finding s-major c-substitution\" id=\"F1\" data-severity=\"major\" "
                  "data-category=\"substitution\"") != std::string::npos);
  CHECK(html.find("<span class=\"badge sev s-critical\">critical</span><span class=\"badge "
                  "cat\">attribution</span>") != std::string::npos);
  // Finding spans are marked on top of the word diff (chg).
  CHECK(html.find("<span class=\"chg\">they </span><mark class=\"f s-major chg\" "
                  "data-f=\"F1\">fired</mark>") != std::string::npos);
  CHECK(html.find("data-f=\"F4\">, Ukraine said</mark>") != std::string::npos);
  CHECK(html.find("<mark class=\"f s-info\" data-f=\"F3\">200,000 </mark>") != std::string::npos);
  CHECK(html.find("<section class=\"row k-omitted\" id=\"b2\">") != std::string::npos);
  CHECK(html.find("<span class=\"tag omitted\">omitted</span>") != std::string::npos);
  CHECK(html.find("<span class=\"tag added\">added</span>") != std::string::npos);
  CHECK(html.find("<span class=\"tag moved\">moved</span>") != std::string::npos);
  CHECK(html.find("not in the rendition") != std::string::npos);
  // "Related Articles" (original) and the app footer (rendition) are in no bead: each collapsed
  // after the row that holds the sentence before it.
  CHECK(count(html, "<details class=\"chrome\">") == 2);
  CHECK(html.find("1 sentence of page chrome and teasers: “Related Articles”") !=
        std::string::npos);
  CHECK(html.find("id=\"b3\">") < html.find("Related Articles"));
  CHECK(html.find("Related Articles") < html.find("id=\"b4\">"));
  CHECK(html.find("data-filter=\"category\" value=\"omission\" checked") != std::string::npos);
  CHECK(html.find("data-filter=\"category\" value=\"number\"") == std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
}

TEST_CASE("html: the verdict says what the gate decided, and never PASS without a gate",
          "[report][html]") {
  const CheckResult r = test::sample_result();  // 1 critical, 3 major, 0 minor, 2 info
  struct Case {
    CheckResult result;
    std::optional<Severity> fail_on;
    std::string state, headline, title;
  };
  for (const Case& c : {
           Case{r, Severity::major, "fail", "FAIL: 1 critical, 3 major at or above major", "FAIL"},
           Case{r, std::nullopt, "ungated", "not gating: 1 critical, 3 major", "not gating"},
           Case{quiet_result(), Severity::major, "pass", "PASS: nothing at or above major (2 info)",
                "PASS"},
       }) {
    const std::string html = page(c.result, c.fail_on);
    CAPTURE(c.headline);
    CHECK(text_of(between(html, "<h1 class=\"verdict-line\">", "</h1>")) == c.headline);
    CHECK(html.find("<span class=\"verdict v-" + c.state + "\">") != std::string::npos);
    CHECK(html.find("<title>driftcheck: " + c.title + " — ") != std::string::npos);
    if (!c.fail_on) CHECK(html.find("PASS") == std::string::npos);
  }
}

TEST_CASE("html: critical and major findings are listed up top, each linking to the finding",
          "[report][html]") {
  const std::string html = page(test::sample_result(), Severity::major);
  const std::string top = between(html, "<details class=\"top\" open>", "</details>");
  CHECK(text_of(top).rfind("4 critical and major findings", 0) == 0);
  // Critical first, then major, each in reading order; every link lands on its finding.
  const std::vector<std::string> targets = link_targets(top);
  CHECK(targets == std::vector<std::string>{"F4", "F1", "F2", "F6"});
  for (const std::string& id : targets) {
    CAPTURE(id);
    CHECK(count(html, "id=\"" + id + "\"") == 1);
    CHECK(html.find("<li class=\"finding s-") < html.find("id=\"" + id + "\""));
  }
  CHECK(text_of(top).find("criticalattributionF4the attribution 'Ukraine said' was dropped") !=
        std::string::npos);
  // A reason that names no words is followed by the words: which sentence was added.
  CHECK(text_of(top).find("F6an editorial line was added Moscow has deceived an ally.") !=
        std::string::npos);
  CHECK(top.find("more in the text below") == std::string::npos);
}

TEST_CASE("html: the list up top is capped, and says how many it left out", "[report][html]") {
  CheckResult r = test::sample_result();
  for (int i = 0; i < 22; ++i) r.findings.push_back(r.findings[0]);  // F1, major, 22 more times
  test::number_findings(r);
  const std::string html = page(r, Severity::major);
  const std::string top = between(html, "<details class=\"top\" open>", "</details>");
  CHECK(text_of(top).rfind("26 critical and major findings", 0) == 0);
  CHECK(link_targets(top).size() == 20);
  CHECK(text_of(top).find("and 6 more in the text below") != std::string::npos);

  const std::string quiet = page(quiet_result(), Severity::major);
  CHECK(quiet.find("<p class=\"top none\">No critical or major findings.</p>") !=
        std::string::npos);
}

TEST_CASE("html: lines the detectors call page chrome are folded, not shown as omitted",
          "[report][html]") {
  CheckResult r = test::sample_result();
  // The omitted caveat (bead 2, F2) as the detectors mark a menu line they find omitted.
  const std::string before = page(r, Severity::major);
  CHECK_FALSE(inside_chrome(before, before.find("id=\"b2\"")));
  r.findings[1].severity = Severity::info;
  r.findings[1].evidence.emplace_back(kZoneEvidence, kPageChrome);
  const std::string html = page(r, Severity::major);
  const size_t row = html.find("<section class=\"row k-omitted\" id=\"b2\">");
  REQUIRE(row != std::string::npos);
  CHECK(inside_chrome(html, row));
  CHECK(html.find("<details class=\"chrome\"><summary>1 sentence of page chrome and teasers: "
                  "“CNN has been unable to independently verify this.”</summary>") !=
        std::string::npos);
  // Everything else stays in the open.
  for (const char* bead : {"b0", "b1", "b3", "b4", "b5"}) {
    CAPTURE(bead);
    CHECK_FALSE(inside_chrome(html, html.find(std::string("id=\"") + bead + "\"")));
  }
}

TEST_CASE("html: the count pills are the severity filter, and info starts switched off",
          "[report][html]") {
  const std::string html = page(test::sample_result(), Severity::major);
  CHECK(html.find("<button type=\"button\" class=\"count s-critical\" data-severity=\"critical\" "
                  "aria-pressed=\"true\">1 critical</button>") != std::string::npos);
  CHECK(html.find("data-severity=\"major\" aria-pressed=\"true\">3 major</button>") !=
        std::string::npos);
  CHECK(html.find("data-severity=\"minor\" aria-pressed=\"true\" disabled>0 minor</button>") !=
        std::string::npos);
  CHECK(html.find("data-severity=\"info\" aria-pressed=\"false\">2 info</button>") !=
        std::string::npos);
  // The page itself hides nothing: without the script, every finding is there to read.
  CHECK(count(html, "<li class=\"finding s-info") == 2);
  CHECK(between(html, "</head>", "<script>").find(" hidden") == std::string::npos);
}

TEST_CASE("html: same input, same bytes", "[report][html]") {
  CHECK(hostile_page() == hostile_page());
}

TEST_CASE("html: paths with bytes that are not UTF-8 give a valid UTF-8 page", "[report][html]") {
  CheckResult r = test::sample_result();
  r.original.path = "caf\xE9/original.txt";
  r.rendition.path = "\xC0\xAF\xFF/rendition\xE2\x82";
  const std::string html = render_html_report(r, summarize(r, Severity::major));
  CHECK(test::valid_utf8(html));
  CHECK(html.find("Original: caf\xEF\xBF\xBD/original.txt") != std::string::npos);
}

}  // namespace
}  // namespace driftcheck
