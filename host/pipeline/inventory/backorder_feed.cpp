// backorder_feed.cpp: the backorder rules applied to the hub's stock.
#include "pipeline/inventory/backorder_feed.h"

#include <algorithm>

namespace orderhub::pipeline {

domain::Date one_month_after(domain::Date day) {
  const std::chrono::year_month next =
      std::chrono::year_month(day.year(), day.month()) + std::chrono::months(1);
  const std::chrono::day last =
      std::chrono::year_month_day_last(next.year(), std::chrono::month_day_last(next.month()))
          .day();
  return domain::Date(next.year(), next.month(), std::min(day.day(), last));
}

std::vector<BackorderItem> backorder_items(const std::vector<domain::InventoryItem>& items,
                                           OnOrderSource source, domain::Date today) {
  std::vector<BackorderItem> feed;
  for (const domain::InventoryItem& item : items) {
    if (item.on_hand > 0) {
      continue;
    }
    const bool containers = source == OnOrderSource::shipping_container;
    const std::int64_t on_order = containers ? item.container_on_order : item.on_order;
    const std::optional<domain::Date>& date = containers ? item.container_eta : item.expected_date;

    BackorderItem sent;
    sent.sku = item.sku;
    sent.quantity = 0;
    if (on_order > 0) {
      sent.quantity_on_order = on_order;
      // A date that is not in the future says nothing about when the goods come: treat it like
      // no date rather than promise the buyer a day already gone.
      const bool future = date && std::chrono::sys_days(*date) > std::chrono::sys_days(today);
      sent.expected_delivery_date = future ? *date : one_month_after(today);
    }
    feed.push_back(std::move(sent));
  }
  return feed;
}

nlohmann::ordered_json inventory_update_document(const std::vector<BackorderItem>& items,
                                                 const std::string& idempotency_key) {
  nlohmann::ordered_json document;
  document["schema"] = "orderhub.inventory_update/1";
  document["idempotency_key"] = idempotency_key;
  document["items"] = nlohmann::ordered_json::array();
  for (const BackorderItem& item : items) {
    nlohmann::ordered_json entry;
    entry["sku"] = item.sku;
    entry["quantity"] = item.quantity;
    if (item.quantity_on_order) {
      entry["quantity_on_order"] = *item.quantity_on_order;
    }
    if (item.expected_delivery_date) {
      entry["expected_delivery_date"] = domain::format_date(*item.expected_delivery_date);
    }
    document["items"].push_back(std::move(entry));
  }
  return document;
}

}  // namespace orderhub::pipeline
