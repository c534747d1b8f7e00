// retry_policy.cpp: backoff with full jitter, bounded below by Retry-After.
#include "pipeline/outbox/retry_policy.h"

#include <algorithm>

namespace orderhub::pipeline {

RandomJitter::RandomJitter() : generator_(std::random_device{}()) {}

double RandomJitter::fraction() {
  return std::uniform_real_distribution<double>(0.0, 1.0)(generator_);
}

std::chrono::milliseconds retry_delay(const RetryPolicy& policy, int attempts,
                                      std::chrono::milliseconds retry_after,
                                      double jitter_fraction) {
  // Doubling stops at the cap; past 2^40 the cap has long been reached.
  const int doublings = std::clamp(attempts - 1, 0, 40);
  std::int64_t ceiling = policy.base.count();
  for (int step = 0; step < doublings && ceiling < policy.cap.count(); ++step) {
    ceiling *= 2;
  }
  ceiling = std::min(ceiling, policy.cap.count());
  const double fraction = std::clamp(jitter_fraction, 0.0, 1.0);
  const auto jittered =
      std::chrono::milliseconds(static_cast<std::int64_t>(static_cast<double>(ceiling) * fraction));
  return std::max(jittered, retry_after);
}

domain::Timestamp retry_time(std::chrono::system_clock::time_point now,
                             std::chrono::milliseconds delay) {
  return std::chrono::ceil<std::chrono::seconds>(now + delay);
}

}  // namespace orderhub::pipeline
