// cost_repository.h: the cost lines of each order (shipping costs and costs entered by hand).
#pragma once

#include <cstdint>
#include <vector>

#include "domain/ids.h"
#include "domain/order_cost.h"

namespace orderhub::store {

class CostRepository {
 public:
  virtual ~CostRepository() = default;

  // Stores the cost (its id is ignored) and returns its new id. Throws StoreError not_found when
  // the order does not exist.
  virtual std::int64_t add(const domain::OrderCost& cost) = 0;
  // The order's costs, oldest first.
  virtual std::vector<domain::OrderCost> list(domain::OrderId order_id) = 0;
  // Removes the order's cost cost_id; false when the order has no such cost.
  virtual bool remove(domain::OrderId order_id, std::int64_t cost_id) = 0;
};

}  // namespace orderhub::store
