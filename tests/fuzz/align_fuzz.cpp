// libFuzzer entry point; the target itself is in align_target.h (see fuzz_support.h).
#include "fuzz/align_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return driftcheck::fuzz::align(data, size);
}
