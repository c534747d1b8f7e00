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

struct SendingTurn::Lane {
  std::mutex mutex;
  std::condition_variable free;
  bool busy = false;
  bool held_by_urgent = false;
  int urgent_waiting = 0;
  // Until then only urgent requests may go: an urgent thread just sent one and is about to send
  // its next (a delivery is a few requests in a row, then the next row).
  std::chrono::steady_clock::time_point urgent_until{};
};

namespace {

thread_local bool urgent_thread = false;

// How long the lane stays an urgent thread's after its request: long enough for the next request
// of its delivery (or the next row) to come, short enough that a download goes on as soon as the
// deliveries pause.
constexpr std::chrono::milliseconds kUrgentGrace{250};

}  // namespace

void RetryGate::mark_this_thread_urgent() {
  urgent_thread = true;
}

SendingTurn RetryGate::take_turn(const std::string& scope) {
  SendingTurn::Lane* lane = nullptr;
  {
    const std::lock_guard lock(mutex_);
    auto& found = lanes_[scope];
    if (!found) {
      found = std::make_unique<SendingTurn::Lane>();
    }
    lane = found.get();
  }
  std::unique_lock lock(lane->mutex);
  if (urgent_thread) {
    ++lane->urgent_waiting;
    lane->free.wait(lock, [&] { return !lane->busy; });
    --lane->urgent_waiting;
  } else {
    while (lane->busy || lane->urgent_waiting > 0 ||
           std::chrono::steady_clock::now() < lane->urgent_until) {
      if (!lane->busy && lane->urgent_waiting == 0) {
        lane->free.wait_until(lock, lane->urgent_until);
      } else {
        lane->free.wait(lock);
      }
    }
  }
  lane->busy = true;
  lane->held_by_urgent = urgent_thread;
  return SendingTurn(lane);
}

SendingTurn::SendingTurn(SendingTurn&& other) noexcept : lane_(other.lane_) {
  other.lane_ = nullptr;
}

SendingTurn& SendingTurn::operator=(SendingTurn&& other) noexcept {
  if (this != &other) {
    SendingTurn released(std::move(*this));
    lane_ = other.lane_;
    other.lane_ = nullptr;
  }
  return *this;
}

SendingTurn::~SendingTurn() {
  if (lane_ == nullptr) {
    return;
  }
  {
    const std::lock_guard lock(lane_->mutex);
    lane_->busy = false;
    if (lane_->held_by_urgent) {
      lane_->urgent_until = std::chrono::steady_clock::now() + kUrgentGrace;
    }
  }
  lane_->free.notify_all();
}

}  // namespace orderhub::services
