// backorder_feed.h: which products a backorder feed reports and with what figures, from the hub's
// stock alone (no store, no channel): every out-of-stock product (on_hand <= 0) goes with quantity
// 0, plus what is on order and when it is expected, by these rules (docs/inventory.md):
//   1. on order > 0 and an expected date after today -> that quantity on order and that date;
//   2. on order > 0 and no date, or a date that is today or past (the supplier's date is stale)
//      -> that quantity on order and a date one calendar month after today;
//   3. nothing on order (with or without a date) -> quantity 0 only.
// The figures come from the purchase order, or from the shipping container when the account uses
// containers for purchase orders.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/inventory.h"
#include "domain/time.h"

namespace orderhub::pipeline {

// Where the quantity on order and its date come from.
enum class OnOrderSource {
  purchase_order,      // on_order and expected_date
  shipping_container,  // container_on_order and container_eta
};

// One product as the feed sends it.
struct BackorderItem {
  std::string sku{};
  std::int64_t quantity = 0;                        // available to sell: 0 when out of stock
  std::optional<std::int64_t> quantity_on_order{};  // unset: nothing on order (rule 3)
  std::optional<domain::Date> expected_delivery_date{};

  friend bool operator==(const BackorderItem&, const BackorderItem&) = default;
};

// The same day one calendar month later, clamped to the month's last day: Jan 31 -> Feb 28 (29 in
// a leap year), Dec 15 -> Jan 15.
domain::Date one_month_after(domain::Date day);

// The feed's items for the out-of-stock products among items, in the order given.
std::vector<BackorderItem> backorder_items(const std::vector<domain::InventoryItem>& items,
                                           OnOrderSource source, domain::Date today);

// The orderhub.inventory_update/1 document for items: quantity_on_order and
// expected_delivery_date are present only when set.
nlohmann::ordered_json inventory_update_document(const std::vector<BackorderItem>& items,
                                                 const std::string& idempotency_key);

}  // namespace orderhub::pipeline
