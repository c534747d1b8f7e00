// The host's notion of now, behind an interface so tests can hold or move time (token expiry,
// Retry-After dates, "one month ahead" dates) for the host and its plugins alike.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace orderhub::services {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point now() const = 0;
};

// Real time.
class SystemClock final : public Clock {
 public:
  std::chrono::system_clock::time_point now() const override;
};

// Time that moves only when told to. Safe to read and move from any thread.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(std::chrono::system_clock::time_point start);

  std::chrono::system_clock::time_point now() const override;
  void set(std::chrono::system_clock::time_point time);
  void advance(std::chrono::milliseconds duration);

 private:
  std::atomic<std::int64_t> unix_milliseconds_;
};

// Milliseconds since 1970-01-01T00:00:00Z.
std::int64_t to_unix_milliseconds(std::chrono::system_clock::time_point time);
std::chrono::system_clock::time_point from_unix_milliseconds(std::int64_t milliseconds);

}  // namespace orderhub::services
