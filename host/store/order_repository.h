// order_repository.h: orders with their lines, keyed by hub id and by (account, channel order id).
// An order is read and written whole, lines included.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/ids.h"
#include "domain/order.h"
#include "domain/statuses.h"
#include "domain/time.h"

namespace orderhub::store {

enum class UpsertOutcome {
  inserted,   // a new order
  updated,    // the stored order differed and was replaced
  unchanged,  // the stored order was already identical: nothing was written
};

struct UpsertResult {
  domain::OrderId id{};
  UpsertOutcome outcome = UpsertOutcome::inserted;
  // The order as stored before this call, for the history's "before"; unset when inserted.
  std::optional<domain::Order> previous{};
};

struct OrderFilter {
  std::optional<domain::AccountId> account{};
  std::optional<domain::OrderStatus> status{};
  std::optional<std::string> plugin_id{};  // the channel: orders of accounts using this plugin
  std::optional<domain::ShippingStatus> shipping_status{};
  std::optional<domain::PaymentStatus> payment_status{};
  std::optional<domain::Timestamp> created_from{};   // created_at >= this
  std::optional<domain::Timestamp> created_until{};  // created_at < this
  // Non-empty: the channel order id equals it, or the buyer's name or email contains it, or a line
  // has it as its SKU.
  std::string search{};
  int limit = 100;  // a negative limit means no limit
  int offset = 0;
  // Keyset paging: only orders whose id is above this one (the last id of the previous page).
  // Unlike an offset, it costs the same on every page.
  std::optional<std::int64_t> after_id{};
};

class OrderRepository {
 public:
  virtual ~OrderRepository() = default;

  virtual std::optional<domain::Order> find(domain::OrderId id) = 0;
  virtual std::optional<domain::Order> find(const domain::AccountId& account,
                                            const domain::ChannelOrderId& channel_order_id) = 0;

  // Stores an order under its (account, channel_order_id), the idempotent import step.
  // New: inserted with a new id; order.id is ignored, order.imported_at is kept.
  // Existing: every field is replaced by the given one except id and imported_at, which stay as
  // stored; when the result equals what is stored nothing is written and the outcome is unchanged.
  // The caller merges the downloaded order with the stored one first (hub-owned fields such as
  // status, flags, notes and shipped quantities are the caller's to keep), in the same write
  // transaction. Throws StoreError invalid_value when an amount is not in the order's currency,
  // not_found when the account does not exist.
  virtual UpsertResult upsert_imported(const domain::Order& order) = 0;

  // Replaces the stored order order.id (all fields and lines; imported_at as given).
  // Throws StoreError not_found when there is no such order.
  virtual void update(const domain::Order& order) = 0;

  // Orders matching the filter, by ascending id.
  virtual std::vector<domain::Order> list(const OrderFilter& filter) = 0;
  // How many orders match the filter, ignoring limit and offset.
  virtual std::int64_t count(const OrderFilter& filter) = 0;
};

}  // namespace orderhub::store
