// shipment.h: a shipment of some or all of an order's lines, as recorded in the hub.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/ids.h"
#include "domain/order.h"
#include "domain/time.h"

namespace orderhub::domain {

struct Shipment {
  std::int64_t id = 0;  // assigned by the store
  OrderId order_id{};
  std::string carrier{};
  std::string service{};
  std::string tracking_number{};
  Timestamp ship_date{};
  std::vector<LineQuantity> lines{};
  Timestamp created_at{};

  friend bool operator==(const Shipment&, const Shipment&) = default;
};

}  // namespace orderhub::domain
