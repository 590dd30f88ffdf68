#pragma once
// Files in and reports out: the only place that touches the file system.
//
//   if (auto err = check_output_path(out, {a, b})) fail(*err);   // -o is not an input
//   Result<Document> doc = load_document("a.txt", InputOptions{});
//   if (auto err = write_output("report.json", text)) fail(*err);   // whole file or none
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "text/document.h"
#include "text/stem_memo.h"

namespace driftcheck {

struct InputOptions {
  std::string encoding;  // --encoding; empty = UTF-8, BOM or detection
  std::string language;  // --lang; empty = guessed from the script
  // --lang-original, --lang-rendition: one file's language, over --lang; empty = --lang
  std::string original_language;
  std::string rendition_language;
  uint64_t max_bytes = uint64_t{64} << 20;
  // Alignment and the diff grow about linearly, but past this a check takes tens of seconds
  // and gigabytes: refuse it with a clear error instead (raise with --max-sentences).
  uint64_t max_sentences = 200'000;
  // Stems kept across the files of one run (text/stem_memo.h), owned by the caller (batch);
  // none = each file's words are stemmed afresh.
  StemMemo* stems = nullptr;
};

// The bytes of a regular file, or of standard input for "-". A FIFO, a device or a socket
// is refused rather than opened: opening a FIFO with no writer would block for ever, and a
// device such as /dev/zero never ends. Larger than `max_bytes` is an error, not a cut.
Result<std::string> read_input_bytes(const std::string& path, uint64_t max_bytes);

// Reads, decodes and segments one input file ("-" = standard input).
Result<Document> load_document(const std::string& path, const InputOptions& options);

// The options for one file of a pair: its own language, when one was given, over --lang.
InputOptions side_options(const InputOptions& options, bool original);

// Refuses an output path that is one of `inputs` (the same file by device and inode, so a
// symlink, a hard link or another spelling of the path is caught too), and standard input
// named as more than one input. Empty or "-" output is stdout and always allowed.
std::optional<Error> check_output_path(const std::string& output,
                                       const std::vector<std::string>& inputs);

// Writes `content` where `path` says, whole or not at all:
//  - "-" or empty: stdout (as do /dev/stdout, /dev/fd/N and /proc/self/fd/N: the open
//    descriptor is written, never replaced);
//  - a regular file, a new path, or a symlink to either: a temporary file beside the
//    symlink's target, renamed over it, so a reader never sees a partial report; an
//    existing file keeps its permissions (and, run as root, its owner);
//  - a character device or FIFO (/dev/null, /dev/full, a named pipe): written straight
//    through, never replaced.
// A failed write, stdout included, is an Error; a closed pipe on stdout is not (the reader
// chose to stop, as with `| head`).
std::optional<Error> write_output(const std::string& path, std::string_view content);

}  // namespace driftcheck
