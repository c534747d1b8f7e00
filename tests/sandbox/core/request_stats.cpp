// Request and fault counters; see request_stats.h.
#include "core/request_stats.h"

namespace orderhub::sandbox {

void RequestStats::count_request(const std::string& channel, const std::string& route) {
  ++requests_[channel][route];
  ++requests_total_;
}

void RequestStats::count_fault(const std::string& channel, FaultKind kind) {
  ++faults_by_channel_[channel][std::string(fault_kind_name(kind))];
}

void RequestStats::write_json(nlohmann::json& stats) const {
  stats["requests"] = nlohmann::json::object();
  for (const auto& [channel, routes] : requests_) {
    stats["requests"][channel] = routes;
  }
  stats["requests_total"] = requests_total_;

  // Every kind is present (zero when never injected) so clients can read it without checks.
  nlohmann::json totals = nlohmann::json::object();
  for (const FaultKind kind : {FaultKind::ServerError, FaultKind::TooManyRequests, FaultKind::Slow,
                               FaultKind::DropAfterApply, FaultKind::Malformed}) {
    totals[std::string(fault_kind_name(kind))] = 0;
  }
  nlohmann::json by_channel = nlohmann::json::object();
  for (const auto& [channel, kinds] : faults_by_channel_) {
    by_channel[channel] = kinds;
    for (const auto& [kind, count] : kinds) {
      totals[kind] = totals[kind].get<std::int64_t>() + count;
    }
  }
  stats["faults"] = std::move(totals);
  stats["faults_by_channel"] = std::move(by_channel);
}

void RequestStats::clear() {
  *this = RequestStats{};
}

}  // namespace orderhub::sandbox
