#include "cli/interrupt.h"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>

namespace driftcheck {
namespace {

// The pending temporary files, for the handler: a few slots so that parallel writers (batch)
// each register theirs. A slot's state is free, being written, or pending; the handler only
// reads the paths of pending slots. std::atomic<int> is lock-free here, so it is safe to
// read in a signal handler.
constexpr int kSlots = 64;
enum SlotState : int { kFree = 0, kWriting = 1, kPending = 2 };
struct Slot {
  std::atomic<int> state{kFree};
  char path[PATH_MAX + 1];
};
Slot g_slots[kSlots];
static_assert(std::atomic<int>::is_always_lock_free);
std::once_flag g_install_once;

extern "C" void remove_pending_and_die(int signal_number) {
  for (Slot& slot : g_slots)
    if (slot.state.load() == kPending) ::unlink(slot.path);  // async-signal-safe
  // Die by the signal itself so the parent sees why (the shell reports 128 + signal).
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

void install_handlers() {
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction current {};
    ::sigaction(signal_number, nullptr, &current);
    if (current.sa_handler == SIG_IGN) continue;  // e.g. started with nohup: leave it ignored
    struct sigaction action {};
    action.sa_handler = &remove_pending_and_die;
    ::sigemptyset(&action.sa_mask);
    ::sigaddset(&action.sa_mask, SIGINT);
    ::sigaddset(&action.sa_mask, SIGTERM);
    ::sigaddset(&action.sa_mask, SIGHUP);
    ::sigaction(signal_number, &action, nullptr);
  }
}

// Blocks SIGINT, SIGTERM and SIGHUP in this thread for its lifetime, so that a file is created or
// renamed and its slot updated as one step as far as this thread's handler is concerned.
class InterruptsBlocked {
 public:
  InterruptsBlocked() {
    sigset_t set;
    ::sigemptyset(&set);
    ::sigaddset(&set, SIGINT);
    ::sigaddset(&set, SIGTERM);
    ::sigaddset(&set, SIGHUP);
    ::pthread_sigmask(SIG_BLOCK, &set, &previous_);
  }
  ~InterruptsBlocked() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  InterruptsBlocked(const InterruptsBlocked&) = delete;
  InterruptsBlocked& operator=(const InterruptsBlocked&) = delete;

 private:
  sigset_t previous_{};
};

}  // namespace

int TempFileGuard::create(std::string& path_template) {
  std::call_once(g_install_once, install_handlers);
  if (path_template.size() > PATH_MAX) {
    errno = ENAMETOOLONG;
    return -1;
  }
  InterruptsBlocked blocked;
  const int fd = ::mkstemp(path_template.data());
  if (fd < 0) return -1;
  path_ = path_template;
  pending_ = true;
  for (int i = 0; i < kSlots; ++i) {
    int expected = kFree;
    if (!g_slots[i].state.compare_exchange_strong(expected, kWriting)) continue;
    std::memcpy(g_slots[i].path, path_.c_str(), path_.size() + 1);
    g_slots[i].state.store(kPending);
    slot_ = i;
    break;
  }
  // With every slot taken the file is still removed on errors, just not on a signal.
  return fd;
}

bool TempFileGuard::commit(const std::string& target) {
  if (!pending_) return false;
  InterruptsBlocked blocked;
  if (std::rename(path_.c_str(), target.c_str()) != 0) return false;
  release();
  return true;
}

TempFileGuard::~TempFileGuard() {
  if (!pending_) return;
  const int saved_errno = errno;
  InterruptsBlocked blocked;
  ::unlink(path_.c_str());
  release();
  errno = saved_errno;
}

void TempFileGuard::release() {
  pending_ = false;
  if (slot_ >= 0) g_slots[slot_].state.store(kFree);
  slot_ = -1;
}

}  // namespace driftcheck
