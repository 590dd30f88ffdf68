// libFuzzer entry point; the target itself is in decode_target.h (see fuzz_support.h).
#include "fuzz/decode_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return driftcheck::fuzz::decode(data, size);
}
