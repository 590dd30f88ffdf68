// Reading the articles: regular files and standard input only, never past the byte limit.
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/io.h"
#include "text/decode.h"
#include "text/segment.h"

namespace driftcheck {
namespace {

constexpr const char* kStdinName = "<stdin>";

class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

Error over_limit(const std::string& path, uint64_t max_bytes) {
  return file_error(path, fmt::format("file is over the limit of {} bytes", max_bytes),
                    "raise the limit with --max-bytes");
}

Result<std::string> read_all(int fd, const std::string& name, uint64_t max_bytes, size_t expected) {
  std::string bytes;
  bytes.reserve(expected);
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      return file_error(name, fmt::format("read failed: {}", std::strerror(errno)),
                        "check the file and the disk");
    }
    if (n == 0) return bytes;
    if (bytes.size() + static_cast<size_t>(n) > max_bytes) return over_limit(name, max_bytes);
    bytes.append(buffer, static_cast<size_t>(n));
  }
}

Error open_error(const std::string& path, int error_number) {
  switch (error_number) {
    case ENOENT:
      return file_error(path, "no such file", "check the path");
    case EACCES:
      return file_error(path, "permission denied", "check its permissions");
    case ENOTDIR:
      return file_error(path, "a folder on its path is a file", "check the path");
    default:
      return file_error(path, std::strerror(error_number));
  }
}

}  // namespace

Result<std::string> read_input_bytes(const std::string& path, uint64_t max_bytes) {
  if (path == "-") return read_all(STDIN_FILENO, kStdinName, max_bytes, 0);
  // O_NONBLOCK so that opening a FIFO returns at once instead of waiting for a writer; the
  // descriptor is then checked before anything is read from it.
  const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) return open_error(path, errno);
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return file_error(path, std::strerror(errno));
  constexpr const char* kGiveAFile = "give a regular file, or '-' and pipe the text to stdin";
  if (S_ISDIR(info.st_mode)) return file_error(path, "is a directory", "give a text file");
  if (S_ISFIFO(info.st_mode)) return file_error(path, "is a named pipe (FIFO)", kGiveAFile);
  if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
    return file_error(path, "is a device", kGiveAFile);
  if (!S_ISREG(info.st_mode)) return file_error(path, "is not a regular file", kGiveAFile);
  if (static_cast<uint64_t>(info.st_size) > max_bytes) {
    return file_error(
        path, fmt::format("file is {} bytes, over the limit of {}", info.st_size, max_bytes),
        "raise the limit with --max-bytes");
  }
  const int flags = ::fcntl(fd.get(), F_GETFL);
  if (flags >= 0) ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK);
  return read_all(fd.get(), path, max_bytes, static_cast<size_t>(info.st_size));
}

Result<Document> load_document(const std::string& path, const InputOptions& options) {
  Result<std::string> bytes = read_input_bytes(path, options.max_bytes);
  if (!bytes) return bytes.error();
  DecodeOptions decode_options;
  decode_options.file = path == "-" ? kStdinName : path;
  decode_options.encoding = options.encoding;
  decode_options.max_bytes = options.max_bytes;
  Result<DecodedText> decoded = decode_text(*bytes, decode_options);
  if (!decoded) return decoded.error();
  Document doc = segment_text(std::move(decoded->text),
                              SegmentOptions{.language = options.language, .stems = options.stems});
  if (doc.sentences.size() > options.max_sentences) {
    return file_error(decode_options.file,
                      fmt::format("{} sentences, over the limit of {}", doc.sentences.size(),
                                  options.max_sentences),
                      "split the file, or raise the limit with --max-sentences");
  }
  doc.path = path;
  doc.encoding = decoded->encoding;
  doc.encoding_detected = decoded->detected;
  return doc;
}

InputOptions side_options(const InputOptions& options, bool original) {
  InputOptions side = options;
  const std::string& own = original ? options.original_language : options.rendition_language;
  if (!own.empty()) side.language = own;
  return side;
}

}  // namespace driftcheck
