// inventory.cpp: stock per SKU in SQLite.
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {
namespace {

constexpr std::string_view kSelectItems =
    "SELECT sku, on_hand, on_order, expected_date, container_on_order, container_eta, "
    "unit_cost_minor, unit_cost_currency FROM inventory ";

domain::InventoryItem read_item(const Statement& query) {
  domain::InventoryItem item{
      .sku = query.text(0),
      .on_hand = query.integer(1),
      .on_order = query.integer(2),
      .expected_date = query.optional_date(3),
      .container_on_order = query.integer(4),
      .container_eta = query.optional_date(5),
      .unit_cost = std::nullopt,
  };
  if (!query.is_null(6)) {
    item.unit_cost = domain::Money{query.integer(6), read_currency(query, 7)};
  }
  return item;
}

}  // namespace

std::optional<domain::InventoryItem> SqliteInventory::find(std::string_view sku) {
  Statement query = context_.reading().prepare(std::string(kSelectItems) + "WHERE sku = ?");
  query.bind(sku);
  if (!query.step()) {
    return std::nullopt;
  }
  return read_item(query);
}

void SqliteInventory::put(const domain::InventoryItem& item) {
  Connection& connection = context_.writing("saving an inventory item");
  const std::string doing = "saving inventory of SKU \"" + item.sku + "\"";
  std::optional<std::int64_t> cost_minor;
  std::optional<std::string_view> cost_currency;
  if (item.unit_cost) {
    require_currency(*item.unit_cost, item.unit_cost->currency, "unit_cost", doing);
    cost_minor = item.unit_cost->minor;
    cost_currency = item.unit_cost->currency.code();
  }
  Statement upsert = connection.prepare(
      "INSERT INTO inventory (sku, on_hand, on_order, expected_date, container_on_order, "
      "container_eta, unit_cost_minor, unit_cost_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (sku) DO UPDATE SET on_hand = excluded.on_hand, on_order = excluded.on_order, "
      "expected_date = excluded.expected_date, container_on_order = excluded.container_on_order, "
      "container_eta = excluded.container_eta, unit_cost_minor = excluded.unit_cost_minor, "
      "unit_cost_currency = excluded.unit_cost_currency");
  upsert.bind(item.sku, item.on_hand, item.on_order, item.expected_date, item.container_on_order,
              item.container_eta, cost_minor, cost_currency);
  upsert.run();
}

std::vector<domain::InventoryItem> SqliteInventory::list() {
  Statement query = context_.reading().prepare(std::string(kSelectItems) + "ORDER BY sku");
  std::vector<domain::InventoryItem> items;
  while (query.step()) {
    items.push_back(read_item(query));
  }
  return items;
}

std::int64_t SqliteInventory::adjust_on_hand(std::string_view sku, std::int64_t delta) {
  Connection& connection = context_.writing("adjusting stock");
  Statement upsert = connection.prepare(
      "INSERT INTO inventory (sku, on_hand, on_order, container_on_order) VALUES (?, ?, 0, 0) "
      "ON CONFLICT (sku) DO UPDATE SET on_hand = on_hand + excluded.on_hand RETURNING on_hand");
  upsert.bind(sku, delta);
  // An on_hand beyond 64 bits becomes REAL in SQLite, which the STRICT column refuses.
  const std::string doing =
      "adjusting the stock of SKU \"" + std::string(sku) + "\" by " + std::to_string(delta);
  upsert.step(doing);
  const std::int64_t on_hand = upsert.integer(0);
  upsert.run(doing);
  return on_hand;
}

}  // namespace orderhub::store::sqlite
