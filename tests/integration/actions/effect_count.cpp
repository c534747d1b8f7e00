// effect_count.cpp: matching received writes to outbox rows.
#include "effect_count.h"

namespace orderhub::testing {
namespace {

std::string channel_order_id(const std::vector<domain::Order>& orders, domain::OrderId id) {
  for (const domain::Order& order : orders) {
    if (order.id == id) {
      return order.channel_order_id.str();
    }
  }
  return "";
}

bool is_full(const domain::OutboxRow& row) {
  return nlohmann::json::parse(row.payload_json).value("full", false);
}

}  // namespace

std::map<std::string, int> effect_counts(const std::vector<domain::OutboxRow>& rows,
                                         const std::vector<domain::Order>& orders,
                                         const nlohmann::json& received) {
  std::map<std::string, int> counts;
  for (const domain::OutboxRow& row : rows) {
    const std::string order_id = channel_order_id(orders, *row.order_id);
    int& count = counts[row.idempotency_key];
    for (const nlohmann::json& entry : received) {
      if (entry.at("order_id") != order_id) {
        continue;
      }
      const std::string kind = entry.at("kind");
      const nlohmann::json& body = entry.at("body");
      if (row.kind == domain::OutboxKind::shipment) {
        count += kind == "shipment" &&
                 body.value("comments", "") == "orderhub shipment " + row.idempotency_key;
      } else if (is_full(row)) {
        count += kind == "status_change";
      } else if (row.kind == domain::OutboxKind::refund) {
        count += kind == "note" &&
                 body.value("details", "").rfind("Refund " + row.idempotency_key + ":", 0) == 0;
      } else {
        count += kind == "note" &&
                 body.value("details", "").find("(orderhub " + row.idempotency_key + ")") !=
                     std::string::npos;
      }
    }
  }
  return counts;
}

}  // namespace orderhub::testing
