// history.h: one entry of an order's audit trail: who or what changed it, when, and how.
#pragma once

#include <cstdint>
#include <string>

#include "domain/ids.h"
#include "domain/time.h"

namespace orderhub::domain {

struct HistoryEvent {
  std::int64_t id = 0;  // assigned by the store; orders the events of one order
  OrderId order_id{};
  Timestamp at{};
  std::string actor{};    // what made the change: "download", "cli", "api", "sync", "rules", ...
  std::string kind{};     // "imported", "updated", "shipped", "cancelled", "refunded", ...
  std::string summary{};  // one readable sentence
  std::string before_json{};  // the changed values before, as JSON; empty when not applicable
  std::string after_json{};   // the changed values after, as JSON; empty when not applicable

  friend bool operator==(const HistoryEvent&, const HistoryEvent&) = default;
};

}  // namespace orderhub::domain
