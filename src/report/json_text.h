#pragma once
// The text nlohmann's dump(indent, ' ', false, replace) gives, appended to a string, without
// its per-byte UTF-8 state machine and string buffer for the strings that need neither: a
// batch record or a report is mostly such strings, and dump() was a tenth of a batch's time.
//
//   std::string line;
//   append_json(line, record, -1);      // one line, as dump(-1, ...)
//   append_json(text, value, 2, 4);     // as dump(2, ...), every line after the first
//                                       // indented by 4 more spaces
//
// Strings with control characters or bytes that are not UTF-8, floating-point numbers and
// binary values are written by nlohmann itself, so that the text is the same byte for byte.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace driftcheck {

// `value` as dump(indent, ' ', false, replace) writes it (indent < 0: one line), every line
// after the first indented by `base` more spaces.
void append_json(std::string& out, const nlohmann::ordered_json& value, int indent,
                 size_t base = 0);

// A JSON string with `text`, as dump() writes one.
void append_json_string(std::string& out, std::string_view text);

}  // namespace driftcheck
