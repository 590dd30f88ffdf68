#pragma once
// SIGINT, SIGTERM (and SIGHUP) during a report write: the temporary file is removed, so an
// interrupted run leaves neither a partial report nor a stray temp file.
//
//   TempFileGuard guard;                       // removes its file unless committed
//   int fd = guard.create(temp_path_template);  // mkstemp; unlinked if a signal arrives
//   ... write ...; guard.commit(target_path);  // rename into place; no longer unlinked
//
// The handler is installed on first use. It unlinks every pending file (async-signal-safe:
// the paths live in static buffers), restores the default action and re-raises the
// signal, so the shell sees the process killed by it: exit status 130 (SIGINT), 143
// (SIGTERM) or 129 (SIGHUP).
#include <string>

namespace driftcheck {

// A temporary file that is removed unless committed; safe to use from several threads.
class TempFileGuard {
 public:
  TempFileGuard() = default;
  TempFileGuard(const TempFileGuard&) = delete;
  TempFileGuard& operator=(const TempFileGuard&) = delete;
  ~TempFileGuard();  // unlinks the file unless commit() succeeded

  // mkstemp(`path_template`), with the result registered for the signal handler before
  // a signal can be delivered. Returns the descriptor, or -1 with errno set (also when the
  // path is too long to register).
  int create(std::string& path_template);

  // Renames the temporary file to `target` and forgets it. Returns false with errno set;
  // the temporary file is then still pending (the destructor removes it).
  bool commit(const std::string& target);

 private:
  void release();  // forgets the file (renamed or removed)

  std::string path_;
  bool pending_ = false;
  int slot_ = -1;  // the signal handler's record of path_, if one was free
};

}  // namespace driftcheck
