// What the hub sent to one channel that changed state (shipments, status changes, notes...), in
// arrival order, served by `GET /admin/<channel>/received`.
#pragma once

#include "core/unix_time.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::sandbox {

struct ReceivedWrite {
  std::string kind;      // channel-defined, e.g. "shipment", "status_change", "note"
  std::string order_id;  // the channel's order identifier
  std::string method;
  std::string path;
  nlohmann::json body;    // the request body, parsed (channels with XML bodies convert it)
  nlohmann::json result;  // what the channel answered with, e.g. {"shipment_id": 3}; may be null
};

class ReceivedLog {
 public:
  void record(ReceivedWrite write);

  // {"received": [{"sequence": 1, "kind": ..., "order_id": ..., "method": ..., "path": ...,
  //  "time_ms": ..., "body": ...,
  //  "result": ...}, ...]}, optionally only one kind.
  nlohmann::json to_json(std::optional<std::string_view> kind) const;

  void clear();

 private:
  struct Entry {
    std::int64_t sequence = 0;
    ReceivedWrite write;
    WallClock::time_point time;
  };
  std::vector<Entry> entries_;
};

}  // namespace orderhub::sandbox
