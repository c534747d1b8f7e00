// The per-channel log of received writes; see received_log.h.
#include "core/received_log.h"

#include <utility>

namespace orderhub::sandbox {

void ReceivedLog::record(ReceivedWrite write) {
  const auto sequence = static_cast<std::int64_t>(entries_.size()) + 1;
  entries_.push_back(Entry{sequence, std::move(write), WallClock::now()});
}

nlohmann::json ReceivedLog::to_json(std::optional<std::string_view> kind) const {
  nlohmann::json received = nlohmann::json::array();
  for (const auto& entry : entries_) {
    if (kind && entry.write.kind != *kind) {
      continue;
    }
    received.push_back({{"sequence", entry.sequence},
                        {"kind", entry.write.kind},
                        {"order_id", entry.write.order_id},
                        {"method", entry.write.method},
                        {"path", entry.write.path},
                        {"time_ms", unix_milliseconds(entry.time)},
                        {"body", entry.write.body},
                        {"result", entry.write.result}});
  }
  return {{"received", std::move(received)}};
}

void ReceivedLog::clear() {
  entries_.clear();
}

}  // namespace orderhub::sandbox
