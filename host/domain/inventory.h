// inventory.h: the hub's stock of one SKU, including what is on order (purchase orders and
// shipping containers) for backorder feeds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/money.h"
#include "domain/time.h"

namespace orderhub::domain {

struct InventoryItem {
  std::string sku{};
  std::int64_t on_hand = 0;             // may go negative when more was sold than stocked
  std::int64_t on_order = 0;            // on purchase orders
  std::optional<Date> expected_date{};  // of the purchase order
  std::int64_t container_on_order = 0;  // in shipping containers
  std::optional<Date> container_eta{};
  std::optional<Money> unit_cost{};

  friend bool operator==(const InventoryItem&, const InventoryItem&) = default;
};

}  // namespace orderhub::domain
