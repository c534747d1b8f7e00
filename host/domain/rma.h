// rma.h: a return (RMA) of shipped items: created, then received with or without restocking.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ids.h"
#include "domain/order.h"
#include "domain/result.h"
#include "domain/time.h"

namespace orderhub::domain {

enum class RmaStatus {
  created,   // "created": the return is expected
  received,  // "received": the items are back
};

std::string_view to_string(RmaStatus status);
Result<RmaStatus> parse_rma_status(std::string_view text);

struct Rma {
  std::int64_t id = 0;  // assigned by the store
  OrderId order_id{};
  std::vector<LineQuantity> lines{};
  std::string reason{};
  RmaStatus status = RmaStatus::created;
  bool restock = false;   // received quantities went back to hub inventory
  bool refunded = false;  // resolved with a refund
  Timestamp created_at{};
  std::optional<Timestamp> received_at{};

  friend bool operator==(const Rma&, const Rma&) = default;
};

}  // namespace orderhub::domain
