#include "core/deadline.h"

#include <fmt/format.h>

namespace driftcheck {

TimeLimitExceeded::TimeLimitExceeded(std::chrono::milliseconds limit)
    : std::runtime_error(fmt::format("the check took longer than the time limit of {:g} s",
                                     static_cast<double>(limit.count()) / 1000.0)),
      limit_(limit) {}

}  // namespace driftcheck
