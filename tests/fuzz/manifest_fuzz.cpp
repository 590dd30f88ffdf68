// libFuzzer entry point; the target itself is in manifest_target.h (see fuzz_support.h).
#include "fuzz/manifest_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return driftcheck::fuzz::manifest(data, size);
}
