#pragma once
// The alignment alone, for `driftcheck align`.
//
//   std::string tsv = render_alignment_tsv(result);   // result.findings is ignored
#include <string>

#include "drift/check.h"

namespace driftcheck {

// One bead a line: orig_ids<TAB>rend_ids<TAB>kind<TAB>score<TAB>original text<TAB>rendition text.
std::string render_alignment_tsv(const CheckResult& result);

// TMX 1.4, one <tu> per match or moved bead, for translation-memory tools.
std::string render_alignment_tmx(const CheckResult& result);

}  // namespace driftcheck
