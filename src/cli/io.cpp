#include "cli/io.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include "cli/interrupt.h"
#include "text/decode.h"
#include "text/segment.h"

namespace driftcheck {
namespace {

Error file_error(const std::string& path, std::string cause, std::string hint = {}) {
  Error e;
  e.file = path;
  e.cause = std::move(cause);
  e.hint = std::move(hint);
  return e;
}

Result<std::string> read_bytes(const std::string& path, uint64_t max_bytes) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT) return file_error(path, "no such file", "check the path");
    return file_error(path, std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) return file_error(path, "is a directory", "give a text file");
  if (!S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode) && !S_ISCHR(info.st_mode))
    return file_error(path, "not a regular file", "give a text file");
  if (S_ISREG(info.st_mode) && static_cast<uint64_t>(info.st_size) > max_bytes) {
    return file_error(
        path, fmt::format("file is {} bytes, over the limit of {}", info.st_size, max_bytes),
        "raise the limit with --max-bytes");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return file_error(path, "cannot be read", "check its permissions");
  std::string bytes;
  if (S_ISREG(info.st_mode)) bytes.reserve(static_cast<size_t>(info.st_size));
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<size_t>(in.gcount()));
    if (bytes.size() > max_bytes) {
      return file_error(path, fmt::format("file is over the limit of {} bytes", max_bytes),
                        "raise the limit with --max-bytes");
    }
  }
  if (in.bad()) return file_error(path, "read failed", "check the file and the disk");
  return bytes;
}

}  // namespace

Result<Document> load_document(const std::string& path, const InputOptions& options) {
  Result<std::string> bytes = read_bytes(path, options.max_bytes);
  if (!bytes) return bytes.error();
  DecodeOptions decode_options;
  decode_options.file = path;
  decode_options.encoding = options.encoding;
  decode_options.max_bytes = options.max_bytes;
  Result<DecodedText> decoded = decode_text(*bytes, decode_options);
  if (!decoded) return decoded.error();
  Document doc = segment_text(std::move(decoded->text), SegmentOptions{options.language});
  if (doc.sentences.size() > options.max_sentences) {
    return file_error(path,
                      fmt::format("{} sentences, over the limit of {}", doc.sentences.size(),
                                  options.max_sentences),
                      "split the file, or raise the limit with --max-sentences");
  }
  doc.path = path;
  doc.encoding = decoded->encoding;
  doc.encoding_detected = decoded->detected;
  return doc;
}

std::optional<Error> write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size() ||
        std::fflush(stdout) != 0) {
      // A closed pipe (`driftcheck ... | head -1`) is the reader's choice, not an error.
      if (errno == EPIPE) return std::nullopt;
      return file_error("<stdout>", std::strerror(errno));
    }
    return std::nullopt;
  }
  const std::filesystem::path target(path);
  const std::filesystem::path dir =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return file_error(path, "its folder does not exist",
                      "create the folder or choose another path");
  std::string temp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  TempFileGuard guard;  // removes the temp file on any error return, SIGINT or SIGTERM
  const int fd = guard.create(temp);
  if (fd < 0) return file_error(path, fmt::format("cannot be written: {}", std::strerror(errno)));
  size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string cause = std::strerror(errno);
      ::close(fd);
      return file_error(path, fmt::format("cannot be written: {}", cause));
    }
    written += static_cast<size_t>(n);
  }
  ::fchmod(fd, 0644);
  if (::close(fd) != 0 || !guard.commit(path)) {
    const std::string cause = std::strerror(errno);
    return file_error(path, fmt::format("cannot be written: {}", cause));
  }
  return std::nullopt;
}

}  // namespace driftcheck
