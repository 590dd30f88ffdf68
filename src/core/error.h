#pragma once
// Errors are values until the CLI turns them into one line on stderr.
//
//   Result<Document> doc = read_document(path, options);
//   if (!doc) return report(doc.error());   // Error::to_string() names file, place, cause, hint
//   use(*doc);
#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace driftcheck {

// Where and why an input could not be used. Every field but `cause` is optional.
struct Error {
  std::string file;
  int64_t line = 0;    // 1-based; 0 when unknown
  int64_t column = 0;  // 1-based; 0 when unknown
  int64_t byte = -1;   // byte offset into the file; -1 when unknown
  std::string cause;   // what is wrong, e.g. "invalid UTF-8"
  std::string hint;    // what to do, e.g. "name the file's encoding with --encoding"

  // "rendition.txt:14:9 (byte 1832): invalid UTF-8 (name the file's encoding with --encoding)"
  std::string to_string() const;
};

// An Error about a whole file: "path: cause (hint)".
inline Error file_error(std::string file, std::string cause, std::string hint = {}) {
  Error e;
  e.file = std::move(file);
  e.cause = std::move(cause);
  e.hint = std::move(hint);
  return e;
}

// A value or an Error; a minimal stand-in for C++23's std::expected.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace driftcheck
