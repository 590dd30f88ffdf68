#pragma once
// Escaping for the markup formats; every piece of input text goes through one of these.
//
//   out += "<td>" + html_escape(sentence.text) + "</td>";
#include <string>
#include <string_view>

namespace driftcheck {

// & < > " ' → entities; also drops characters XML 1.0 forbids (C0 controls but tab, LF, CR,
// U+FFFE, U+FFFF). Safe in element content and in quoted attribute values.
std::string xml_escape(std::string_view text);
inline std::string html_escape(std::string_view text) { return xml_escape(text); }

}  // namespace driftcheck
