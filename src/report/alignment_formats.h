#pragma once
// The alignment alone, for `driftcheck align`.
//
//   std::string tsv = render_alignment_tsv(result);   // result.findings is ignored
#include <string>

#include "drift/check.h"

namespace driftcheck {

// One bead a line: orig_ids<TAB>rend_ids<TAB>kind<TAB>score<TAB>original text<TAB>rendition text,
// after a header line. Tab, LF, CR and backslash in the text are written \t \n \r \\, so
// every line has exactly six fields.
std::string render_alignment_tsv(const CheckResult& result);

// TMX 1.4 for translation-memory tools: one <tu> per match bead, and one per moved bead too
// (a moved bead is a translation pair like any other, only out of order). Each <tu> carries
// <prop type="x-driftcheck-kind">match|moved</prop>, so a tool that wants the in-order
// matches alone filters on it. Omitted and added sentences (one side only) and boilerplate
// never become a <tu>.
std::string render_alignment_tmx(const CheckResult& result);

}  // namespace driftcheck
