#include "report/escape.h"

#include <catch2/catch.hpp>

#include "report/text_checks.h"

namespace driftcheck {
namespace {

// A pair id a contributor could put in a manifest to post an image, a link, HTML, a code span
// and a mention into the pull-request comment.
constexpr std::string_view kHostileId =
    "![x](http://e/x.png) <img src=x onerror=alert(1)> @org/team | [link](http://e) `code`";

TEST_CASE("markdown escape: every character that can start markup is neutral",
          "[report][escape][md]") {
  using Row = std::tuple<std::string, std::string>;
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      Row{"a | b", "a \\| b"},
      Row{"`rm -rf`", "\\`rm -rf\\`"},
      Row{"<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"},
      Row{"Tom & Jerry", "Tom &amp; Jerry"},
      Row{"**bold** _it_ [link](x)", "\\*\\*bold\\*\\* \\_it\\_ \\[link\\]\\(x\\)"},
      Row{"![x](y.png)", "\\!\\[x\\]\\(y.png\\)"},
      Row{"# not a heading ~~gone~~", "\\# not a heading \\~\\~gone\\~\\~"},
      Row{"C:\\new", "C:\\\\new"},
      Row{"cc @octocat", "cc @&#8203;octocat"},
      Row{"$200,000", "\\$200,000"},
      Row{"two\nlines\r\nand\ta tab", "two lines  and a tab"},
      Row{"bell\x07 escape\x1b[31m del\x7F c1\xC2\x85", "bell escape\\[31m del c1"},
      Row{"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
      Row{"cut \xE2\x82", "cut \xEF\xBF\xBD"},
      Row{"日本語 😀", "日本語 😀"},
  }));
  CHECK(markdown_escape(input) == expected);
}

TEST_CASE("markdown escape: a hostile pair id is plain text on one line", "[report][escape][md]") {
  const std::string md = markdown_escape(std::string(kHostileId) + "\n# \xC0\xAF");
  CHECK(test::live_markdown(md).empty());
  CHECK(test::markdown_cell_separators(md) == 0);
  CHECK(md.find('\n') == std::string::npos);
  CHECK(test::valid_utf8(md));
}

TEST_CASE("xml escape: markup characters become entities", "[report][escape][xml]") {
  CHECK(xml_escape("<a href=\"x\">Tom & 'Jerry'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  CHECK(xml_escape("tab\tLF\nCR\r") == "tab\tLF\nCR\r");
}

TEST_CASE("xml escape: ill-formed UTF-8 becomes U+FFFD, one per maximal subpart",
          "[report][escape][xml]") {
  using Row = std::tuple<std::string, std::string>;
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      Row{"a\xFF"
          "b",
          "a\xEF\xBF\xBD"
          "b"},                                                     // never a UTF-8 byte
      Row{"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},                  // overlong '/'
      Row{"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // a lone surrogate
      Row{"\xE2\x82", "\xEF\xBF\xBD"},                              // truncated at the end
      Row{"\xE2\x82x", "\xEF\xBF\xBDx"},                            // truncated mid-text
      Row{"\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // > U+10FFFF
      Row{"\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD"},  // stray continuation bytes
      Row{"€ 😀", "€ 😀"},
  }));
  const std::string out = xml_escape(input);
  CHECK(out == expected);
  CHECK(test::valid_utf8(out));
}

TEST_CASE("xml escape: characters XML 1.0 forbids are dropped", "[report][escape][xml]") {
  const std::string out = xml_escape("a\x01\x1b\x7f b\xEF\xBF\xBE\xEF\xBF\xBF c\xC2\x85");
  CHECK(out == "a\x7f b c\xC2\x85");  // DEL and C1 controls are XML characters
  CHECK(test::xml_forbidden_chars(out) == 0);
}

TEST_CASE("tsv escape: a field never holds a tab or a line break", "[report][escape][tsv]") {
  CHECK(tsv_escape("a\tb\nc\rd\\e") == "a\\tb\\nc\\rd\\\\e");
  CHECK(tsv_escape("plain text, 日本語") == "plain text, 日本語");
  CHECK(tsv_escape("\xFF") == "\xEF\xBF\xBD");
}

}  // namespace
}  // namespace driftcheck
