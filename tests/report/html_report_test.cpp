#include "report/html_report.h"

#include <catch2/catch.hpp>
#include <map>
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
      "!DOCTYPE", "html",  "head", "meta",    "title",   "style",    "body",   "header",
      "h1",       "small", "span", "p",       "nav",     "fieldset", "legend", "label",
      "input",    "kbd",   "main", "div",     "section", "mark",     "ul",     "li",
      "a",        "del",   "ins",  "details", "summary", "script",   "h2"};
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
  CHECK(count(html, "<details class=\"boilerplate\">") == 2);
  CHECK(html.find("1 boilerplate sentence (page chrome, bylines, teasers): “Related Articles”") !=
        std::string::npos);
  CHECK(html.find("id=\"b3\">") < html.find("Related Articles"));
  CHECK(html.find("Related Articles") < html.find("id=\"b4\">"));
  CHECK(html.find("data-filter=\"category\" value=\"omission\" checked") != std::string::npos);
  CHECK(html.find("data-filter=\"category\" value=\"number\"") == std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
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
