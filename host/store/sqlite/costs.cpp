// costs.cpp: the cost lines of orders in SQLite.
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {
namespace {

std::string_view kind_text(domain::CostKind kind) {
  return kind == domain::CostKind::shipping ? "shipping" : "manual";
}

domain::CostKind read_kind(const Statement& query, int column) {
  const std::string text = query.text(column);
  if (text == "shipping") {
    return domain::CostKind::shipping;
  }
  if (text == "manual") {
    return domain::CostKind::manual;
  }
  throw StoreError(StoreError::Kind::corrupt, "stored value " + query.column_label(column) + ": " +
                                                  domain::quoted(text) + " is not a cost kind");
}

}  // namespace

std::int64_t SqliteCosts::add(const domain::OrderCost& cost) {
  Connection& connection = context_.writing("adding an order cost");
  const std::string doing = "adding a cost to order " + std::to_string(cost.order_id.value);
  require_known_order(connection, cost.order_id, doing);
  require_currency(cost.amount, cost.amount.currency, "amount", doing);
  Statement insert = connection.prepare(
      "INSERT INTO order_costs (order_id, kind, label, amount_minor, currency, shipment_id, "
      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(cost.order_id.value, kind_text(cost.kind), cost.label, cost.amount.minor,
              cost.amount.currency.code(), cost.shipment_id, cost.created_at);
  insert.run(doing);
  return connection.last_insert_id();
}

std::vector<domain::OrderCost> SqliteCosts::list(domain::OrderId order_id) {
  Statement query = context_.reading().prepare(
      "SELECT id, order_id, kind, label, amount_minor, currency, shipment_id, created_at "
      "FROM order_costs WHERE order_id = ? ORDER BY id");
  query.bind(order_id.value);
  std::vector<domain::OrderCost> costs;
  while (query.step()) {
    domain::OrderCost cost;
    cost.id = query.integer(0);
    cost.order_id = domain::OrderId{query.integer(1)};
    cost.kind = read_kind(query, 2);
    cost.label = query.text(3);
    cost.amount = domain::Money{query.integer(4), read_currency(query, 5)};
    if (!query.is_null(6)) {
      cost.shipment_id = query.integer(6);
    }
    cost.created_at = query.timestamp(7);
    costs.push_back(std::move(cost));
  }
  return costs;
}

bool SqliteCosts::remove(domain::OrderId order_id, std::int64_t cost_id) {
  Connection& connection = context_.writing("removing an order cost");
  Statement erase =
      connection.prepare("DELETE FROM order_costs WHERE order_id = ? AND id = ? RETURNING id");
  erase.bind(order_id.value, cost_id);
  const bool found = erase.step();
  if (found) {
    erase.run();
  }
  return found;
}

}  // namespace orderhub::store::sqlite
