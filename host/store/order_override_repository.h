// order_override_repository.h: the per-order overrides (invoice plugin and template, skipping
// the fulfilment upload) and custom fields, read and written whole.
#pragma once

#include "domain/ids.h"
#include "domain/order_overrides.h"

namespace orderhub::store {

class OrderOverrideRepository {
 public:
  virtual ~OrderOverrideRepository() = default;

  // The order's overrides; all empty (and order_id set) when none were stored.
  virtual domain::OrderOverrides find(domain::OrderId order_id) = 0;
  // Replaces the order's overrides and custom fields. Throws StoreError not_found when the
  // order does not exist.
  virtual void put(const domain::OrderOverrides& overrides) = 0;
};

}  // namespace orderhub::store
