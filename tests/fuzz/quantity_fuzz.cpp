// libFuzzer entry point; the target itself is in quantity_target.h (see fuzz_support.h).
#include "fuzz/quantity_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return driftcheck::fuzz::quantity(data, size);
}
