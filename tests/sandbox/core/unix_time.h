// Wall-clock helpers. Generated orders never use these (they are derived from the seed); only
// changes made while the sandbox runs (admin edits, received writes) are stamped with "now".
#pragma once

#include <chrono>
#include <cstdint>

namespace orderhub::sandbox {

using WallClock = std::chrono::system_clock;

inline std::int64_t unix_seconds(WallClock::time_point time) {
  return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

inline std::int64_t unix_milliseconds(WallClock::time_point time) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

inline std::int64_t unix_seconds_now() {
  return unix_seconds(WallClock::now());
}

}  // namespace orderhub::sandbox
