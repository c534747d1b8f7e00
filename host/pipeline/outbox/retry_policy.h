// retry_policy.h: when a failed delivery is tried again: capped exponential backoff with full
// jitter, never earlier than the channel's Retry-After, and given up after a number of attempts.
#pragma once

#include <chrono>
#include <cstdint>
#include <random>

#include "domain/time.h"

namespace orderhub::pipeline {

struct RetryPolicy {
  std::chrono::milliseconds base{2'000};
  std::chrono::milliseconds cap{std::chrono::minutes(15)};
  int max_attempts = 12;  // a row whose attempt this many fails retryably is failed
};

// The random part of the backoff: a fraction drawn uniformly from [0, 1).
class Jitter {
 public:
  virtual ~Jitter() = default;
  virtual double fraction() = 0;
};

class RandomJitter final : public Jitter {
 public:
  RandomJitter();
  double fraction() override;

 private:
  std::mt19937_64 generator_;
};

// The wait after the attempts-th failed attempt (attempts >= 1): a uniformly jittered share of
// min(cap, base * 2^(attempts - 1)), and never less than retry_after.
std::chrono::milliseconds retry_delay(const RetryPolicy& policy, int attempts,
                                      std::chrono::milliseconds retry_after,
                                      double jitter_fraction);

// now + delay, rounded UP to the whole second the outbox keeps, so a row is never due before the
// delay has passed.
domain::Timestamp retry_time(std::chrono::system_clock::time_point now,
                             std::chrono::milliseconds delay);

}  // namespace orderhub::pipeline
