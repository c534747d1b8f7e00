// retry_gate.cpp: per-account Retry-After times, on the steady clock.
#include "orderhub/services/retry_gate.h"

#include <algorithm>

namespace orderhub::services {

RetryGate& RetryGate::instance() {
  static RetryGate gate;
  return gate;
}

void RetryGate::hold(const std::string& scope, std::chrono::milliseconds delay) {
  // A few milliseconds more: the channel's clock and an HTTP date's whole seconds round.
  const auto until = std::chrono::steady_clock::now() + delay + std::chrono::milliseconds(20);
  const std::lock_guard lock(mutex_);
  auto& current = not_before_[scope];
  current = std::max(current, until);
}

std::chrono::milliseconds RetryGate::remaining(const std::string& scope) {
  const std::lock_guard lock(mutex_);
  const auto found = not_before_.find(scope);
  if (found == not_before_.end()) {
    return std::chrono::milliseconds(0);
  }
  const auto now = std::chrono::steady_clock::now();
  if (found->second <= now) {
    not_before_.erase(found);
    return std::chrono::milliseconds(0);
  }
  return std::chrono::ceil<std::chrono::milliseconds>(found->second - now);
}

std::mutex& RetryGate::sending_lock(const std::string& scope) {
  const std::lock_guard lock(mutex_);
  auto& sending = sending_[scope];
  if (!sending) {
    sending = std::make_unique<std::mutex>();
  }
  return *sending;
}

}  // namespace orderhub::services
