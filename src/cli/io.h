#pragma once
// Files in and reports out: the only place that touches the file system.
//
//   Result<Document> doc = load_document("a.txt", InputOptions{});
//   if (auto err = write_output("report.json", text)) fail(*err);   // whole file or none
#include <optional>
#include <string>

#include "core/error.h"
#include "text/document.h"

namespace driftcheck {

struct InputOptions {
  std::string encoding;  // --encoding; empty = UTF-8, BOM or detection
  std::string language;  // --lang; empty = guessed from the script
  uint64_t max_bytes = uint64_t{64} << 20;
  // Alignment and the diff grow about linearly, but past this a check takes tens of seconds
  // and gigabytes: refuse it with a clear error instead (raise with --max-sentences).
  uint64_t max_sentences = 200'000;
};

// Reads, decodes and segments one input file.
Result<Document> load_document(const std::string& path, const InputOptions& options);

// Writes `content` to `path` through a temporary file beside it, renamed into place, so
// that a reader never sees a partial report; "-" or empty writes to stdout.
std::optional<Error> write_output(const std::string& path, const std::string& content);

}  // namespace driftcheck
