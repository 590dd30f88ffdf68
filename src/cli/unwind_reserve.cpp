#include "cli/unwind_reserve.h"

#include <array>
#include <atomic>
#include <cstdlib>
#include <new>

namespace driftcheck {
namespace {

// Several blocks, so that pairs failing at once on several batch workers each find one.
constexpr size_t kBlockBytes = size_t{8} << 20;
std::array<std::atomic<void*>, 4> g_blocks{};

void release_block_and_throw() {
  for (std::atomic<void*>& block : g_blocks) {
    if (void* memory = block.exchange(nullptr)) {
      std::free(memory);
      break;
    }
  }
  throw std::bad_alloc();
}

}  // namespace

void install_unwind_reserve() {
  refill_unwind_reserve();
  std::set_new_handler(&release_block_and_throw);
}

void refill_unwind_reserve() {
  for (std::atomic<void*>& block : g_blocks) {
    if (block.load() != nullptr) continue;
    void* memory = std::malloc(kBlockBytes);
    if (memory == nullptr) return;
    void* expected = nullptr;
    if (!block.compare_exchange_strong(expected, memory)) std::free(memory);
  }
}

}  // namespace driftcheck
