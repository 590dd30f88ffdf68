// Writing reports: replace regular files atomically, write through to devices and
// descriptors, and never write over one of the inputs.
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "cli/interrupt.h"
#include "cli/io.h"

namespace driftcheck {
namespace {

namespace fs = std::filesystem;

Error write_error(const std::string& path, int error_number) {
  return file_error(path, fmt::format("cannot be written: {}", std::strerror(error_number)));
}

// The descriptor a path such as /dev/stdout, /dev/fd/3 or /proc/self/fd/3 names, if it names
// one of this process's own. Writing the descriptor keeps whatever the caller attached to it
// (a pipe, a terminal, a file opened for appending) instead of reopening or replacing it.
std::optional<int> own_descriptor(std::string_view path) {
  if (path == "/dev/stdout") return STDOUT_FILENO;
  if (path == "/dev/stderr") return STDERR_FILENO;
  for (const std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (!path.starts_with(prefix)) continue;
    const std::string_view digits = path.substr(prefix.size());
    int fd = -1;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), fd);
    if (ec == std::errc() && end == digits.data() + digits.size() && fd >= 0) return fd;
  }
  return std::nullopt;
}

// 0, or the errno of the write that failed: returned rather than read back from errno, which
// building an Error (formatting, allocating) may change before a caller can look at it.
int write_all(int fd, std::string_view content) {
  size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    written += static_cast<size_t>(n);
  }
  return 0;
}

std::optional<Error> write_stdout(std::string_view content) {
  errno = 0;
  if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size() ||
      std::fflush(stdout) != 0) {
    // A closed pipe (`driftcheck ... | head -1`) is the reader's choice, not an error.
    if (errno == EPIPE) return std::nullopt;
    return write_error("<stdout>", errno != 0 ? errno : EIO);
  }
  return std::nullopt;
}

std::optional<Error> write_descriptor(int fd, std::string_view content, const std::string& path) {
  if (fd == STDOUT_FILENO) return write_stdout(content);
  if (fd == STDERR_FILENO) std::fflush(stderr);
  if (::fcntl(fd, F_GETFD) < 0) return write_error(path, errno);
  const int failed = write_all(fd, content);
  if (failed == 0 || failed == EPIPE) return std::nullopt;  // a closed pipe, as for stdout
  return write_error(path, failed);
}

// A device or FIFO the user named (/dev/null, /dev/full, a named pipe): written as it is.
std::optional<Error> write_through(const std::string& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return write_error(path, errno);
  int failed = write_all(fd, content);
  if (::close(fd) != 0 && failed == 0) failed = errno;
  if (failed != 0) return write_error(path, failed);
  return std::nullopt;
}

// Where a chain of symlinks ends, so that the report replaces the file the link points to
// and the link itself stays, as `>` in a shell does.
Result<fs::path> follow_symlinks(const std::string& path) {
  fs::path at(path);
  std::error_code ec;
  for (int hops = 0; hops < 40; ++hops) {
    if (!fs::is_symlink(fs::symlink_status(at, ec))) return at;
    const fs::path link = fs::read_symlink(at, ec);
    if (ec) return write_error(path, ec.value());
    at = link.is_absolute() ? link : at.parent_path() / link;
  }
  return file_error(path, "too many levels of symbolic links", "check the path");
}

std::optional<Error> replace_atomically(const std::string& path, const fs::path& target,
                                        std::string_view content, const struct stat* existing) {
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return file_error(path, "its folder does not exist",
                      "create the folder or choose another path");
  std::string temp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  TempFileGuard guard;  // removes the temp file on any error return, SIGINT or SIGTERM
  const int fd = guard.create(temp);
  if (fd < 0) return write_error(path, errno);
  int failed = write_all(fd, content);
  if (existing != nullptr) {
    // Replacing a file should not change who may read it; as root (CI), nor its owner.
    ::fchmod(fd, existing->st_mode & 07777);
    if (::geteuid() == 0) (void)::fchown(fd, existing->st_uid, existing->st_gid);
  } else {
    ::fchmod(fd, 0644);
  }
  if (::close(fd) != 0 && failed == 0) failed = errno;
  if (failed != 0) return write_error(path, failed);
  if (!guard.commit(target.string())) return write_error(path, errno);
  return std::nullopt;
}

}  // namespace

std::optional<Error> check_output_path(const std::string& output,
                                       const std::vector<std::string>& inputs) {
  int from_stdin = 0;
  for (const std::string& input : inputs) from_stdin += input == "-" ? 1 : 0;
  if (from_stdin > 1)
    return file_error("-", "standard input can be read only once", "give at most one input as '-'");
  if (output.empty() || output == "-") return std::nullopt;
  struct stat out {};
  if (::stat(output.c_str(), &out) != 0 || !S_ISREG(out.st_mode)) return std::nullopt;
  for (const std::string& input : inputs) {
    struct stat in {};
    if (input == "-" || ::stat(input.c_str(), &in) != 0) continue;
    if (in.st_dev == out.st_dev && in.st_ino == out.st_ino)
      return file_error(output, fmt::format("is the input {}: the report would replace it", input),
                        "choose another path for -o");
  }
  return std::nullopt;
}

std::optional<Error> write_output(const std::string& path, std::string_view content) {
  if (path.empty() || path == "-") return write_stdout(content);
  if (const std::optional<int> fd = own_descriptor(path))
    return write_descriptor(*fd, content, path);
  Result<fs::path> target = follow_symlinks(path);
  if (!target) return target.error();
  struct stat info {};
  if (::stat(target->c_str(), &info) != 0)
    return replace_atomically(path, *target, content, nullptr);
  if (S_ISDIR(info.st_mode))
    return file_error(path, "is a folder", "name a file in it, e.g. -o DIR/report.json");
  if (S_ISREG(info.st_mode)) return replace_atomically(path, *target, content, &info);
  if (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode)) return write_through(path, content);
  return file_error(path, "is neither a file, a character device nor a FIFO",
                    "choose another path for -o");
}

}  // namespace driftcheck
