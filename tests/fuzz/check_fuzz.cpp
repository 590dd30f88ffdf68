// libFuzzer entry point; the target itself is in check_target.h (see fuzz_support.h).
#include "fuzz/check_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return driftcheck::fuzz::check(data, size);
}
