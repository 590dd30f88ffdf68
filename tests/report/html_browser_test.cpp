// Headless Chromium against the HTML report: the flagship pair's report and a hostile article's.
// Skips (with a warning) when Chromium is not installed; `make deps-dev` installs Debian's.
//
// Two loads per page: the page as written, dumped (--dump-dom) to see that the report's own
// script ran under its CSP and the article's did not; and the page with a self-test script
// appended (its hash added to the CSP) that clicks the count pills and filters, presses j/k,
// follows a link from the list up top and writes what it saw into the DOM as JSON, once in a
// wide window and once in a narrow one. Screenshots of the flagship report, 1400 and 420 pixels
// wide, go to the build directory (report-screenshot.png, report-screenshot-narrow.png).
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/html_report.h"
#include "report/report_fixture.h"
#include "report/sha256.h"

namespace driftcheck {
namespace {

using nlohmann::json;

std::string chromium_path() {
  const char* env = std::getenv("DRIFTCHECK_CHROMIUM");
  return env != nullptr ? env : "/usr/bin/chromium";
}

bool have_chromium() { return std::ifstream(chromium_path()).good(); }

std::string build_dir() {
  const std::string binary = DRIFTCHECK_BINARY;
  return binary.substr(0, binary.find_last_of('/'));
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Runs headless Chromium on `url` with `args`; returns its stdout.
std::string chromium(const std::string& args, const std::string& url) {
  char profile[] = "/tmp/driftcheck-chromium-XXXXXX";
  REQUIRE(mkdtemp(profile) != nullptr);
  const std::string cmd =
      "timeout 90 '" + chromium_path() +
      "' --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
      "--disable-background-networking --disable-component-update --disable-sync "
      "--disable-extensions --user-data-dir=" +
      std::string(profile) + " " + args + " 'file://" + url + "' 2>/dev/null";
  std::string out;
  if (FILE* pipe = popen(cmd.c_str(), "r")) {
    char buffer[65536];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    pclose(pipe);
  }
  std::system(("rm -rf '" + std::string(profile) + "'").c_str());
  return out;
}

// The DOM after the page's scripts ran, in a window `width` x `height` CSS pixels.
std::string dump_dom(const std::string& path, int width = 1400, int height = 1100) {
  return chromium("--virtual-time-budget=3000 --window-size=" + std::to_string(width) + "," +
                      std::to_string(height) + " --dump-dom",
                  path);
}

// Drives the report as a reader would and records what it saw, as JSON in <pre id="selftest">.
constexpr const char* kSelfTest = R"JS(
(function () {
  var out = {};
  var all = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var shown = function () {
    return all.filter(function (f) { return !f.hidden && f.closest('[hidden]') === null; });
  };
  var of = function (list, severity) {
    return list.filter(function (f) { return f.dataset.severity === severity; }).length;
  };
  var pill = function (severity) {
    return document.querySelector('button[data-severity="' + severity + '"]');
  };
  var key = function (k) {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    var c = document.querySelector('.finding.current');
    return c === null ? null : c.id;
  };
  out.js = document.documentElement.classList.contains('js');
  out.total = all.length;
  out.info = of(all, 'info');
  out.major = of(all, 'major');
  // As opened: everything but info.
  out.shown = shown().length;
  out.infoShown = of(shown(), 'info');
  out.infoPressed = pill('info').getAttribute('aria-pressed');
  out.status = document.getElementById('status').textContent;
  out.pillsAreButtons = Array.prototype.every.call(
    document.querySelectorAll('[data-severity]:not(.finding)'),
    function (p) { return p.tagName === 'BUTTON' && p.type === 'button'; });
  var chrome = document.querySelectorAll('details.chrome');
  out.chromeGroups = chrome.length;
  out.chromeOpen = Array.prototype.filter.call(chrome, function (d) { return d.open; }).length;
  out.chromeFindings = Array.prototype.reduce.call(chrome, function (n, d) {
    return n + d.querySelectorAll('.finding').length; }, 0);
  // One click on the info pill shows info.
  pill('info').click();
  out.shownWithInfo = shown().length;
  out.infoPressedAfter = pill('info').getAttribute('aria-pressed');
  // The major pill hides exactly the major findings, and brings them back.
  pill('major').click();
  out.majorPressedOff = pill('major').getAttribute('aria-pressed');
  out.shownWithoutMajor = shown().length;
  out.majorShownWithoutMajor = of(shown(), 'major');
  pill('major').click();
  out.shownAgain = shown().length;
  var cats = Array.prototype.slice.call(document.querySelectorAll('input[data-filter="category"]'));
  var keep = cats[0].value;
  cats.slice(1).forEach(function (b) { b.click(); });
  out.keptCategory = keep;
  out.keptCount = all.filter(function (f) { return f.dataset.category === keep; }).length;
  out.shownOneCategory = shown().length;
  document.getElementById('only-findings').click();
  var rows = Array.prototype.slice.call(document.querySelectorAll('.row'));
  out.rowsShownOnlyFindings = rows.filter(function (r) { return !r.hidden; }).length;
  document.getElementById('only-findings').click();
  cats.slice(1).forEach(function (b) { b.click(); });
  out.shownRestored = shown().length;
  var visible = shown();
  out.expectedFirst = visible.length > 0 ? visible[0].id : null;
  out.expectedSecond = visible.length > 1 ? visible[1].id : null;
  out.nav = [key('j'), key('j'), key('k'), key('n'), key('p'), key('p')];
  out.focused = document.activeElement === null ? null : document.activeElement.id;
  // A link up top lands on its finding, even one the filters had hidden.
  var link = document.querySelector('.top a[href^="#"]');
  out.topLinks = document.querySelectorAll('.top a[href^="#"]').length;
  if (link !== null) {
    var target = document.getElementById(link.getAttribute('href').slice(1));
    pill(target.dataset.severity).click();
    out.linkTargetHiddenBefore = target.hidden;
    link.click();
    out.linkTarget = target.id;
    out.linkCurrent = document.querySelector('.finding.current').id;
    out.linkTargetHiddenAfter = target.hidden;
  }
  var bar = document.querySelector('nav.toolbar');
  out.width = window.innerWidth;
  out.height = window.innerHeight;
  out.barPosition = getComputedStyle(bar).position;
  out.barHeight = bar.getBoundingClientRect().height;
  out.title = document.title;
  out.pwned = document.body.getAttribute('data-pwned');
  var pre = document.createElement('pre');
  pre.id = 'selftest';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
)JS";

// The report with the self-test appended and allowed by its hash.
std::string with_self_test(std::string html) {
  const std::string hash = "'sha256-" + sha256_base64(kSelfTest) + "'";
  const size_t csp = html.find("script-src ");
  REQUIRE(csp != std::string::npos);
  html.insert(csp + std::string("script-src ").size(), hash + " ");
  const size_t body = html.rfind("</body>");
  REQUIRE(body != std::string::npos);
  html.insert(body, "<script>" + std::string(kSelfTest) + "</script>\n");
  return html;
}

json self_test(const std::string& dom) {
  const std::string open = "<pre id=\"selftest\">";
  const size_t a = dom.find(open);
  INFO("the self-test wrote nothing; DOM starts: " << dom.substr(0, 400));
  REQUIRE(a != std::string::npos);
  std::string text = dom.substr(a + open.size(), dom.find("</pre>", a) - a - open.size());
  for (const auto& [entity, c] : {std::pair<std::string, std::string>{"&lt;", "<"},
                                  {"&gt;", ">"},
                                  {"&quot;", "\""},
                                  {"&amp;", "&"}})
    for (size_t i = text.find(entity); i != std::string::npos; i = text.find(entity, i + 1))
      text.replace(i, entity.size(), c);
  return json::parse(text);
}

void check_behaviour(const json& t) {
  INFO(t.dump());
  const int total = t["total"].get<int>();
  CHECK(t["js"] == true);
  CHECK(total > 0);
  CHECK(t["pillsAreButtons"] == true);
  // Opened: info hidden, everything else shown; one click on the info pill shows it.
  CHECK(t["infoShown"] == 0);
  CHECK(t["infoPressed"] == "false");
  CHECK(t["shown"].get<int>() == total - t["info"].get<int>());
  CHECK(t["status"] == std::to_string(total - t["info"].get<int>()) + " of " +
                           std::to_string(total) + " findings shown");
  CHECK(t["shownWithInfo"] == total);
  CHECK(t["infoPressedAfter"] == "true");
  // The major pill hides exactly the major findings, and a second click shows them again.
  CHECK(t["majorPressedOff"] == "false");
  CHECK(t["shownWithoutMajor"].get<int>() == total - t["major"].get<int>());
  CHECK(t["majorShownWithoutMajor"] == 0);
  CHECK(t["shownAgain"] == total);
  CHECK(t["shownOneCategory"] == t["keptCount"]);
  CHECK(t["rowsShownOnlyFindings"].get<int>() > 0);
  CHECK(t["shownRestored"] == total);
  // Page chrome starts folded.
  CHECK(t["chromeOpen"] == 0);
  // j, j, k, n, p, p: first, second, first, second, first, last (wraps).
  const json& nav = t["nav"];
  CHECK(nav[0] == t["expectedFirst"]);
  if (!t["expectedSecond"].is_null()) {
    CHECK(nav[1] == t["expectedSecond"]);
    CHECK(nav[2] == t["expectedFirst"]);
    CHECK(nav[3] == t["expectedSecond"]);
    CHECK(nav[4] == t["expectedFirst"]);
    CHECK(nav[5] != t["expectedFirst"]);
  }
  CHECK(t["focused"] == nav[5]);
  if (t["topLinks"].get<int>() > 0) {
    CHECK(t["linkTargetHiddenBefore"] == true);
    CHECK(t["linkCurrent"] == t["linkTarget"]);
    CHECK(t["linkTargetHiddenAfter"] == false);
  }
  CHECK(t["pwned"].is_null());
}

// The filter bar leaves the text most of the screen: one line while it sticks to the top on a
// wide screen; on a narrow one it scrolls away with the header. (Headless Chromium lays a page
// out at least 500 pixels wide however narrow the window, so "narrow" is below the 720-pixel
// breakpoint rather than exactly the width asked for.)
void check_layout(const json& t, int width) {
  INFO(t.dump());
  if (width >= 1000) {
    CHECK(t["width"] == width);
    CHECK(t["barPosition"] == "sticky");
    CHECK(t["barHeight"].get<double>() <= 48);
  } else {
    CHECK(t["width"].get<int>() <= 720);
    CHECK(t["barPosition"] != "sticky");
    CHECK(t["barPosition"] != "fixed");
  }
}

TEST_CASE("browser: the flagship report renders its findings, filters and keys work",
          "[report][html][browser]") {
  if (!have_chromium()) {
    WARN("skipped: Chromium is not installed at " + chromium_path() +
         " (make deps installs it; DRIFTCHECK_CHROMIUM names another)");
    return;
  }
  const std::string dir = DRIFTCHECK_SOURCE_DIR "/corpora/cnn-alabuga/";
  const std::string page = build_dir() + "/report-flagship.html";
  const std::string cmd = std::string("'") + DRIFTCHECK_BINARY + "' check '" + dir +
                          "original.txt' '" + dir + "rendition.txt' --format html -o '" + page +
                          "'";
  const int status = std::system(cmd.c_str());
  REQUIRE(WEXITSTATUS(status) <= 1);
  const std::string html = read_file(page);
  REQUIRE_FALSE(html.empty());

  // As written: the report's own script ran under the CSP (it adds class "js").
  const std::string dom = dump_dom(page);
  REQUIRE_FALSE(dom.empty());
  CHECK(dom.find("<html lang=\"en\" class=\"js\">") != std::string::npos);
  CHECK(dom.find("findings shown</span>") != std::string::npos);

  const std::string test_page = build_dir() + "/report-flagship-selftest.html";
  write_file(test_page, with_self_test(html));
  for (const int width : {1400, 420}) {
    CAPTURE(width);
    const json t = self_test(dump_dom(test_page, width, 900));
    check_behaviour(t);
    check_layout(t, width);
    // The flagship's menu lines ("National security", "Try Our AI Features") are folded.
    CHECK(t["chromeGroups"].get<int>() >= 3);
    CHECK(t["chromeFindings"].get<int>() >= 5);
  }

  // For a person to look at: the report as it opens, wide and narrow.
  for (const auto& [width, name] : {std::pair<int, const char*>{1400, "report-screenshot.png"},
                                    {420, "report-screenshot-narrow.png"}}) {
    const std::string shot = build_dir() + "/" + name;
    std::remove(shot.c_str());
    chromium("--hide-scrollbars --window-size=" + std::to_string(width) + ",1100 --screenshot='" +
                 shot + "'",
             page);
    CHECK(std::ifstream(shot).good());
  }
}

TEST_CASE("browser: a hostile article's scripts, handlers and links do not run",
          "[report][html][browser]") {
  if (!have_chromium()) {
    WARN("skipped: Chromium is not installed at " + chromium_path());
    return;
  }
  const CheckResult r = test::hostile_result();
  const std::string html = render_html_report(r, summarize(r, Severity::major));
  const std::string page = build_dir() + "/report-hostile.html";
  write_file(page, html);

  const std::string dom = dump_dom(page);
  REQUIRE_FALSE(dom.empty());
  CHECK(dom.find("<html lang=\"en\" class=\"js\">") != std::string::npos);
  CHECK(dom.find("<title>driftcheck: FAIL") != std::string::npos);
  CHECK(dom.find("PWNED</title>") == std::string::npos);
  const size_t body = dom.find("<body");
  REQUIRE(body != std::string::npos);
  CHECK(dom.substr(body, dom.find('>', body) - body).find("data-pwned") == std::string::npos);
  // Nothing the article wrote became an element.
  for (const char* tag : {"<img", "<svg", "<a href=\"javascript", "<b>bold"})
    CHECK(dom.find(tag) == std::string::npos);

  const std::string test_page = build_dir() + "/report-hostile-selftest.html";
  write_file(test_page, with_self_test(html));
  const json t = self_test(dump_dom(test_page));
  check_behaviour(t);
  CHECK(t["title"].get<std::string>().rfind("driftcheck: FAIL", 0) == 0);
  chromium("--hide-scrollbars --window-size=1400,900 --screenshot='" + build_dir() +
               "/report-screenshot-hostile.png'",
           page);
}

}  // namespace
}  // namespace driftcheck
