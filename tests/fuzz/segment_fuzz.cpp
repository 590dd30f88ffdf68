// libFuzzer entry point; the target itself is in segment_target.h (see fuzz_support.h).
#include "fuzz/segment_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return driftcheck::fuzz::segment(data, size);
}
