// The real clock and the manual clock tests drive.
#include "orderhub/services/clock.h"

namespace orderhub::services {

std::int64_t to_unix_milliseconds(std::chrono::system_clock::time_point time) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

std::chrono::system_clock::time_point from_unix_milliseconds(std::int64_t milliseconds) {
  return std::chrono::system_clock::time_point(
      std::chrono::duration_cast<std::chrono::system_clock::duration>(
          std::chrono::milliseconds(milliseconds)));
}

std::chrono::system_clock::time_point SystemClock::now() const {
  return std::chrono::system_clock::now();
}

ManualClock::ManualClock(std::chrono::system_clock::time_point start)
    : unix_milliseconds_(to_unix_milliseconds(start)) {}

std::chrono::system_clock::time_point ManualClock::now() const {
  return from_unix_milliseconds(unix_milliseconds_.load());
}

void ManualClock::set(std::chrono::system_clock::time_point time) {
  unix_milliseconds_.store(to_unix_milliseconds(time));
}

void ManualClock::advance(std::chrono::milliseconds duration) {
  unix_milliseconds_.fetch_add(duration.count());
}

}  // namespace orderhub::services
