// Remembers every 429 the sandbox sent (per channel and client) and flags requests from that
// client that arrive before its Retry-After elapsed: a well-behaved client never triggers one, and
// tests assert `early_retries` stays 0.
#pragma once

#include "core/unix_time.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <utility>

namespace orderhub::sandbox {

class ThrottleTracker {
 public:
  // Records a 429 sent now to `client` on `channel`; requests before `retry_allowed_at` are early.
  void record_throttle(const std::string& channel, const std::string& client,
                       const std::string& route, WallClock::time_point sent_at,
                       std::int64_t retry_after_seconds, WallClock::time_point retry_allowed_at);

  // Counts the request as an early retry when it came before the client's last Retry-After ran out.
  bool check_request(const std::string& channel, const std::string& client,
                     const std::string& route, WallClock::time_point arrived_at);

  std::int64_t early_retries() const { return early_retry_count_; }

  // {"early_retries": N, "early_retries_by_channel": {...}, "early_retry_requests": [...],
  //  "throttles": [...]} merged into the stats document.
  void write_json(nlohmann::json& stats) const;

  void clear();

 private:
  struct Throttle {
    std::string channel;
    std::string client;
    std::string route;
    WallClock::time_point sent_at;
    std::int64_t retry_after_seconds = 0;
    WallClock::time_point retry_allowed_at;
  };
  struct EarlyRequest {
    std::string channel;
    std::string client;
    std::string route;
    WallClock::time_point arrived_at;
    WallClock::time_point retry_allowed_at;
  };

  // Long fault runs (benchmarks) would otherwise grow these lists without bound.
  static constexpr std::size_t history_limit = 1000;

  std::map<std::pair<std::string, std::string>, Throttle> latest_by_client_;
  std::deque<Throttle> throttles_;
  std::deque<EarlyRequest> early_requests_;
  std::map<std::string, std::int64_t> early_retries_by_channel_;
  std::int64_t early_retry_count_ = 0;
};

}  // namespace orderhub::sandbox
