// The ChannelAdvisor emulator's side of the admin API: reset, listing, adding and changing
// orders, all in the wire shape. An admin change stands for a change made at the channel (a
// dispute closing, a buyer cancelling): it bumps UpdatedDateUtc and clears the order's export
// flag, so that GET /v1/Orders?exported=false lists the order again.
#include "channels/channeladvisor/channeladvisor_emulator.h"

#include "core/decimal_text.h"
#include "core/unix_time.h"

namespace orderhub::sandbox::channeladvisor {
namespace {

using nlohmann::json;

std::optional<std::string> check_order(const json& order) {
  if (!order.contains("ID") || !order["ID"].is_number_integer() || order["ID"].get<std::int64_t>() <= 0) {
    return "ID must be a positive integer";
  }
  if (!order.contains("Items") || !order["Items"].is_array()) {
    return "Items must be a list";
  }
  for (const json& item : order["Items"]) {
    if (!item.is_object() || !item.contains("ID") || !item["ID"].is_number_integer()) {
      return "every item needs an integer ID";
    }
  }
  for (const char* collection : {"Fulfillments", "Adjustments"}) {
    if (order.contains(collection) && !order[collection].is_array()) {
      return std::string(collection) + " must be a list";
    }
  }
  return std::nullopt;
}

}  // namespace

void ChannelAdvisorEmulator::reset(const GenerationSettings& settings) {
  generation_ = settings;
  orders_ = generate_orders(settings.seed, settings.orders_per_channel);
  exported_.clear();
  issued_tokens_.clear();
  adjustment_ids_.clear();
  next_fulfillment_id_ = 1;
  next_adjustment_id_ = 1;
}

Reply ChannelAdvisorEmulator::admin_list_orders() const {
  json orders = json::array();
  for (const auto& [id, order] : orders_) {
    json listed = order;
    // Not part of ChannelAdvisor's order (its export flag is invisible); shown to tests only.
    listed["IsExported"] = exported_.count(id) > 0;
    orders.push_back(std::move(listed));
  }
  return Reply::json(200, json{{"orders", std::move(orders)}});
}

Reply ChannelAdvisorEmulator::admin_add_order(const std::string& body) {
  json override_fields = body.empty() ? json::object() : json::parse(body, nullptr, false);
  if (override_fields.is_discarded() || !override_fields.is_object()) {
    return Reply::error(400, "body must be a JSON object in the ChannelAdvisor order shape");
  }
  std::int64_t id = orders_.empty() ? 500001 : orders_.rbegin()->first + 1;
  if (override_fields.contains("ID")) {
    if (!override_fields["ID"].is_number_integer() || override_fields["ID"].get<std::int64_t>() <= 0) {
      return Reply::error(400, "ID must be a positive integer, got " + override_fields["ID"].dump());
    }
    id = override_fields["ID"].get<std::int64_t>();
  }
  if (orders_.count(id) > 0) {
    return Reply::error(409, "order " + std::to_string(id) + " already exists");
  }
  json order = generate_order(generation_.seed, id);
  const std::string now = utc_text_now();
  order["CreatedDateUtc"] = now;
  order["UpdatedDateUtc"] = now;
  // Items given replace the generated ones, and the totals follow unless given too.
  if (override_fields.contains("Items")) {
    order["Items"] = override_fields["Items"];
    if (!override_fields.contains("TotalPrice")) {
      std::int64_t total = cents_of(order["TotalShippingPrice"]).value_or(0);
      std::int64_t tax = 0;
      for (const json& item : order["Items"]) {
        const std::int64_t quantity = item.value("Quantity", std::int64_t{0});
        total += cents_of(item.value("UnitPrice", json(0))).value_or(0) * quantity;
        tax += cents_of(item.value("TaxPrice", json(0))).value_or(0);
      }
      order["TotalTaxPrice"] = amount_json(tax);
      order["TotalPrice"] = amount_json(total + tax);
    }
  }
  json rest = override_fields;
  rest.erase("Items");
  order.merge_patch(rest);
  if (auto problem = check_order(order)) {
    return Reply::error(400, *problem);
  }
  orders_[id] = order;
  return Reply::json(201, order);
}

Reply ChannelAdvisorEmulator::admin_change_order(const std::string& order_id,
                                                 const std::string& body) {
  const auto id = parse_integer(order_id);
  if (!id || orders_.count(*id) == 0) {
    return Reply::error(404, "order " + order_id + " not found");
  }
  const json changes = json::parse(body, nullptr, false);
  if (changes.is_discarded() || !changes.is_object()) {
    return Reply::error(400, "body must be a JSON merge patch over the order");
  }
  json order = orders_[*id];
  order.merge_patch(changes);
  if (auto problem = check_order(order)) {
    return Reply::error(400, *problem);
  }
  if (order["ID"].get<std::int64_t>() != *id) {
    return Reply::error(400, "ID cannot be changed (order " + order_id + ")");
  }
  if (!changes.contains("UpdatedDateUtc")) {
    order["UpdatedDateUtc"] = utc_text_now();
  }
  orders_[*id] = order;
  exported_.erase(*id);
  return Reply::json(200, order);
}

}  // namespace orderhub::sandbox::channeladvisor
