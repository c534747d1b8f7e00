// The CS-Cart emulator's state: its orders and shipments, and the rules for changing them
// (listing with CS-Cart's filters, shipping within what remains, status changes and notes).
#pragma once

#include "channels/cscart/cscart_order.h"
#include "channels/cscart/cscart_order_generator.h"
#include "channels/cscart/cscart_wire.h"
#include "core/reply.h"

#include <cstdint>
#include <map>
#include <optional>
#include <variant>
#include <vector>

namespace orderhub::sandbox::cscart {

enum class SortOrder { Ascending, Descending };

struct ListQuery {
  std::int64_t page = 1;
  std::int64_t items_per_page = 10;
  SortOrder sort_order = SortOrder::Descending;
  std::optional<std::int64_t> updated_from;  // inclusive
  std::optional<std::int64_t> updated_to;    // exclusive
};

struct ListPage {
  std::vector<const Order*> orders;
  std::int64_t total_items = 0;
};

class OrderBook {
 public:
  void reset(GeneratedOrders generated);

  // Orders by placement date (then id), Incomplete (N) never listed.
  ListPage list(const ListQuery& query) const;

  const Order* find(std::int64_t order_id) const;
  std::int64_t next_order_id() const;
  std::vector<const Order*> all_orders() const;

  std::vector<const Shipment*> shipments(std::optional<std::int64_t> order_id) const;

  // Checks every line against what is left to ship, then applies all of it: shipped amounts,
  // the optional new status, and the modification time. 404 for an unknown order, 400 otherwise.
  std::variant<const Shipment*, ApiError> ship(const ShipmentRequest& request, std::int64_t now);

  // Sets the status and/or appends a line to the staff notes (`details`).
  std::optional<ApiError> update(std::int64_t order_id, const OrderUpdateRequest& update,
                                 std::int64_t now);

  // Adds or replaces an order as given (admin API); the caller validates it.
  void put(Order order);

 private:
  std::map<std::int64_t, Order> orders_;
  std::vector<Shipment> shipments_;
};

// Moves the modification time to `now`, never backwards.
void touch(Order& order, std::int64_t now);

}  // namespace orderhub::sandbox::cscart
