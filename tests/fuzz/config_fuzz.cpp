// libFuzzer entry point; the target itself is in config_target.h (see fuzz_support.h).
#include "fuzz/config_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return driftcheck::fuzz::config(data, size);
}
