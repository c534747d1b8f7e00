// The Overstock emulator's side of the admin API: reset, listing, adding and changing orders, all
// in the wire shape (overstock_orders.h) with JSON merge patches.
#include "channels/overstock/overstock_emulator.h"

#include "channels/overstock/overstock_orders.h"

namespace orderhub::sandbox::overstock {
namespace {

using nlohmann::json;

std::optional<json> parse_admin_body(const std::string& body, std::string& problem) {
  if (body.empty()) {
    return json::object();
  }
  json document = json::parse(body, nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    problem = "body must be a JSON object in the Overstock order shape, got: " + body.substr(0, 200);
    return std::nullopt;
  }
  return document;
}

}  // namespace

void OverstockEmulator::reset(const GenerationSettings& settings) {
  generation_ = settings;
  orders_ = generate_orders(settings.seed, settings.orders_per_channel);
  next_sequence_ = settings.orders_per_channel + 1;
  shipments_.clear();
  returns_.clear();
  inventory_.clear();
}

json* OverstockEmulator::find_order(const std::string& number) {
  for (json& order : orders_) {
    if (order["salesChannelOrderNumber"] == number) {
      return &order;
    }
  }
  return nullptr;
}

Reply OverstockEmulator::admin_list_orders() const {
  json inventory = json::object();
  for (const auto& [sku, figures] : inventory_) {
    inventory[sku] = figures;
  }
  return Reply::json(200, {{"orders", orders_}, {"inventory", std::move(inventory)}});
}

Reply OverstockEmulator::admin_add_order(const std::string& body) {
  std::string problem;
  auto override_fields = parse_admin_body(body, problem);
  if (!override_fields) {
    return Reply::error(400, problem);
  }
  json order = generate_new_order(generation_.seed, next_sequence_, utc_now_text());
  // Lines given in the override replace the generated ones rather than merging with them.
  if (override_fields->contains("processedSalesOrderLine")) {
    order["processedSalesOrderLine"] = (*override_fields)["processedSalesOrderLine"];
    override_fields->erase("processedSalesOrderLine");
  }
  order.merge_patch(*override_fields);
  if (auto invalid = order_problem(order)) {
    return Reply::error(400, *invalid);
  }
  if (find_order(order["salesChannelOrderNumber"].get<std::string>()) != nullptr) {
    return Reply::error(409, "order " + order["salesChannelOrderNumber"].get<std::string>() +
                                 " already exists");
  }
  ++next_sequence_;
  orders_.push_back(order);
  return Reply::json(201, order);
}

Reply OverstockEmulator::admin_change_order(const std::string& order_id, const std::string& body) {
  json* existing = find_order(order_id);
  if (existing == nullptr) {
    return Reply::error(404, "order " + order_id + " not found");
  }
  std::string problem;
  const auto changes = parse_admin_body(body, problem);
  if (!changes) {
    return Reply::error(400, problem);
  }
  json changed = *existing;
  changed.merge_patch(*changes);
  if (auto invalid = order_problem(changed)) {
    return Reply::error(400, *invalid);
  }
  if (changed["salesChannelOrderNumber"] != order_id) {
    return Reply::error(400, "salesChannelOrderNumber cannot be changed (order " + order_id + ")");
  }
  // Supplier Oasis windows list by sofsCreatedDate, so a change shows in the current window.
  if (!changes->contains("sofsCreatedDate")) {
    changed["sofsCreatedDate"] = utc_now_text();
  }
  *existing = changed;
  return Reply::json(200, changed);
}

}  // namespace orderhub::sandbox::overstock
