// libFuzzer entry point; the target itself is in date_target.h (see fuzz_support.h).
#include "fuzz/date_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return driftcheck::fuzz::date(data, size);
}
