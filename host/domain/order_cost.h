// order_cost.h: a cost of one order entered by hand or recorded with a shipment, for the order's
// profit and loss. Item costs and channel fees are not stored here: they are computed from the
// inventory's unit costs and the account's settings.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/ids.h"
#include "domain/money.h"
#include "domain/time.h"

namespace orderhub::domain {

enum class CostKind {
  shipping,  // "shipping": recorded with a shipment (`orderhub ship --shipping-cost`)
  manual,    // "manual": `orderhub pnl cost add`
};

struct OrderCost {
  std::int64_t id = 0;  // assigned by the store
  OrderId order_id{};
  CostKind kind = CostKind::manual;
  std::string label{};
  Money amount{};
  std::optional<std::int64_t> shipment_id{};
  Timestamp created_at{};

  friend bool operator==(const OrderCost&, const OrderCost&) = default;
};

}  // namespace orderhub::domain
