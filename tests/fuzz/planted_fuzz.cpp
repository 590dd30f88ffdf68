// TEMPORARY (not committed): planted bugs to check the targets reach their code.
#include <atomic>
#include "fuzz/check_target.h"
#include "fuzz/config_target.h"
#include "fuzz/date_target.h"
#include "fuzz/decode_target.h"
#include "fuzz/quantity_target.h"

namespace {
size_t g_runs = 0;
bool g_found[8] = {};
void found(int n, const char* what) {
  if (g_found[n]) return;
  g_found[n] = true;
  std::fprintf(stderr, "PLANTED %d FOUND after %zu runs: %s\n", n, g_runs, what);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace driftcheck;
  using namespace driftcheck::fuzz;
  ++g_runs;
  if (size < 2 || size > kMaxInput) return 0;
  const uint8_t which = data[0] % 5;
  data++, size--;
  if (which == 0) {
    Result<DecodedText> d = decode_text(as_view(data, size), DecodeOptions{});
    if (d && d->encoding == "UTF-16BE" && d->text.find("!?") != std::string::npos)
      found(0, "decode: UTF-16BE text with '!?'");
    if (d && d->encoding != "UTF-8" && d->encoding != "UTF-16LE" && d->encoding != "UTF-16BE" &&
        d->text.find("\xD0\x96") != std::string::npos)
      found(1, "decode: detected legacy encoding with Cyrillic Zhe");
  } else if (which == 1) {
    std::optional<Document> doc = fuzz_document(data, size);
    if (!doc) return 0;
    for (const Sentence& s : doc->sentences)
      if (s.tokens.size() == 7 && s.tokens[2].kind == TokenKind::number && s.tokens[6].text == "!")
        found(2, "segment: 7 tokens, third a number, ending in '!'");
  } else if (which == 2) {
    std::optional<Document> doc = fuzz_document(data, size);
    if (!doc) return 0;
    std::vector<const Token*> tokens = token_pointers(*doc, 0, doc->sentences.size());
    for (const Quantity& q : extract_quantities(tokens, doc->language))
      if (q.value == 1234.5) found(3, "quantity: value 1234.5");
    for (const DateValue& d : extract_dates(tokens, doc->language))
      if (d.month == 2 && d.day == 29) found(4, "date: February 29");
  } else if (which == 3) {
    Result<Config> c = parse_config(as_view(data, size), "x.toml");
    if (c)
      for (const GlossaryTerm& t : c->glossary)
        if (t.forms.size() >= 3) found(5, "config: a glossary term with 3 forms");
  } else {
    std::optional<DocumentPair> pair = document_pair(data - 1, size + 1);
    if (!pair) return 0;
    CheckResult r = check_documents(std::move(pair->original), std::move(pair->rendition), {});
    for (const Finding& f : r.findings)
      if (f.category == Category::negation) found(6, "check: a negation finding");
    for (const Bead& b : r.alignment.beads)
      if (b.original.size() >= 2 && b.kind == BeadKind::match) found(7, "align: a 2:n merge");
  }
  return 0;
}
