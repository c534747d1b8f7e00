// Retry-After bookkeeping; see throttle_tracker.h.
#include "core/throttle_tracker.h"

namespace orderhub::sandbox {

void ThrottleTracker::record_throttle(const std::string& channel, const std::string& client,
                                      const std::string& route, WallClock::time_point sent_at,
                                      std::int64_t retry_after_seconds,
                                      WallClock::time_point retry_allowed_at) {
  Throttle throttle{channel, client, route, sent_at, retry_after_seconds, retry_allowed_at};
  latest_by_client_[{channel, client}] = throttle;
  throttles_.push_back(std::move(throttle));
  if (throttles_.size() > history_limit) {
    throttles_.pop_front();
  }
}

bool ThrottleTracker::check_request(const std::string& channel, const std::string& client,
                                    const std::string& route, WallClock::time_point arrived_at) {
  const auto found = latest_by_client_.find({channel, client});
  if (found == latest_by_client_.end() || arrived_at >= found->second.retry_allowed_at) {
    return false;
  }
  ++early_retry_count_;
  ++early_retries_by_channel_[channel];
  early_requests_.push_back(
      EarlyRequest{channel, client, route, arrived_at, found->second.retry_allowed_at});
  if (early_requests_.size() > history_limit) {
    early_requests_.pop_front();
  }
  return true;
}

void ThrottleTracker::write_json(nlohmann::json& stats) const {
  stats["early_retries"] = early_retry_count_;
  stats["early_retries_by_channel"] = early_retries_by_channel_;
  nlohmann::json early = nlohmann::json::array();
  for (const auto& request : early_requests_) {
    early.push_back({{"channel", request.channel},
                     {"client", request.client},
                     {"route", request.route},
                     {"arrived_at_ms", unix_milliseconds(request.arrived_at)},
                     {"retry_allowed_at_ms", unix_milliseconds(request.retry_allowed_at)}});
  }
  stats["early_retry_requests"] = std::move(early);
  nlohmann::json throttles = nlohmann::json::array();
  for (const auto& throttle : throttles_) {
    throttles.push_back({{"channel", throttle.channel},
                         {"client", throttle.client},
                         {"route", throttle.route},
                         {"sent_at_ms", unix_milliseconds(throttle.sent_at)},
                         {"retry_after_seconds", throttle.retry_after_seconds},
                         {"retry_allowed_at_ms", unix_milliseconds(throttle.retry_allowed_at)}});
  }
  stats["throttles"] = std::move(throttles);
}

void ThrottleTracker::clear() {
  *this = ThrottleTracker{};
}

}  // namespace orderhub::sandbox
