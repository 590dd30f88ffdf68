#pragma once
// Memory set aside so that running out of memory ends in one line and exit 2 (or one
// batch error record), not in std::terminate.
//
// nlohmann::json's destructor allocates (it moves nested values onto a heap stack before
// freeing them), and an allocation that fails inside a destructor during unwinding ends the
// process. With the reserve installed, a failed allocation frees one reserved block and
// throws std::bad_alloc, so the unwinding that follows has room.
//
//   install_unwind_reserve();    // once, in main()
//   refill_unwind_reserve();     // before each batch pair: blocks freed by a failure
namespace driftcheck {

void install_unwind_reserve();

// Allocates again the blocks an earlier failure freed, if memory allows. Thread-safe.
void refill_unwind_reserve();

}  // namespace driftcheck
