#pragma once
// Escaping for the report formats; every piece of input text goes through one of these.
//
//   out += "<td>" + html_escape(sentence.text) + "</td>";
//   md += "| " + markdown_escape(pair.id) + " |";
//
// Paths, ids and error messages can hold any bytes (they come from the file system and the
// manifest), so each escaper also replaces ill-formed UTF-8 with U+FFFD: every report is valid
// UTF-8 whatever its input.
#include <string>
#include <string_view>

namespace driftcheck {

// & < > " ' → entities; ill-formed UTF-8 → U+FFFD; drops characters XML 1.0 forbids (C0
// controls but tab, LF, CR, U+FFFE, U+FFFF). Safe in element content and in quoted
// attribute values.
std::string xml_escape(std::string_view text);
inline std::string html_escape(std::string_view text) { return xml_escape(text); }

// `text` as plain text on one line of GitHub-flavoured Markdown: inline text or one table
// cell. Markdown punctuation (| \ * _ ` [ ] ( ) ! # ~ $) backslash-escaped, < > & as
// entities, @mentions defused, line breaks and tabs as spaces, other controls dropped,
// ill-formed UTF-8 → U+FFFD. Not for code spans.
std::string markdown_escape(std::string_view text);

// One TSV field: backslash, tab, LF and CR as \\ \t \n \r (the text format of PostgreSQL's
// COPY), so a row is always one line with a fixed number of fields. Ill-formed UTF-8 → U+FFFD.
std::string tsv_escape(std::string_view text);

}  // namespace driftcheck
