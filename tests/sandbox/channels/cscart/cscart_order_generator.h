// Deterministic CS-Cart orders: the same seed and count always give the same orders, placed over
// the 30 days before an epoch derived from the seed (not the wall clock), with varied statuses,
// 1-4 lines each, several shipping methods and UTF-8 names. Totals are exact integer-cent sums.
#pragma once

#include "channels/cscart/cscart_order.h"

#include <cstdint>
#include <vector>

namespace orderhub::sandbox::cscart {

struct GeneratedOrders {
  std::vector<Order> orders;        // by order_id, which grows with the placement time
  std::vector<Shipment> shipments;  // one per generated Complete order
};

// The first generated order id; ids are consecutive from here.
constexpr std::int64_t first_generated_order_id = 1001;

// The moment generated orders lead up to (unix seconds), fixed by the seed and far enough in the
// past that edits stamped with the wall clock always come later.
std::int64_t generation_epoch(std::uint64_t seed);

GeneratedOrders generate_orders(std::uint64_t seed, std::int64_t count);

// A paid (P) order with content derived from (seed, order_id), placed at `placed_at`: what the
// admin API starts from when adding an order.
Order generate_new_order(std::uint64_t seed, std::int64_t order_id, std::int64_t placed_at);

}  // namespace orderhub::sandbox::cscart
