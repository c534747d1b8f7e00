// fulfilment_repository.h: what happened to an order after import: shipments, cancellations,
// refunds and returns (RMAs). Records are added once and listed per order; only an RMA changes
// afterwards (received, refunded).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/cancellation.h"
#include "domain/ids.h"
#include "domain/refund.h"
#include "domain/rma.h"
#include "domain/shipment.h"

namespace orderhub::store {

class FulfilmentRepository {
 public:
  virtual ~FulfilmentRepository() = default;

  // Each add_* ignores the record's id, stores it with its lines and returns the new id.
  // Throws StoreError not_found when order_id names no order.
  virtual std::int64_t add_shipment(const domain::Shipment& shipment) = 0;
  virtual std::vector<domain::Shipment> list_shipments(domain::OrderId order_id) = 0;

  virtual std::int64_t add_cancellation(const domain::Cancellation& cancellation) = 0;
  virtual std::vector<domain::Cancellation> list_cancellations(domain::OrderId order_id) = 0;

  // Every amount of the refund must be in one currency (StoreError invalid_value otherwise).
  virtual std::int64_t add_refund(const domain::Refund& refund) = 0;
  virtual std::vector<domain::Refund> list_refunds(domain::OrderId order_id) = 0;

  virtual std::int64_t add_rma(const domain::Rma& rma) = 0;
  virtual std::optional<domain::Rma> find_rma(std::int64_t rma_id) = 0;
  // Replaces status, restock, refunded, received_at, reason and lines of rma.id.
  // Throws StoreError not_found when there is no such RMA.
  virtual void update_rma(const domain::Rma& rma) = 0;
  virtual std::vector<domain::Rma> list_rmas(domain::OrderId order_id) = 0;
};

}  // namespace orderhub::store
