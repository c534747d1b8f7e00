// The Cdiscount emulator's side of the admin API: reset, listing, adding and changing orders in
// the wire shape (JSON with Cdiscount's field names).
#include "channels/cdiscount/cdiscount_emulator.h"

#include "channels/cdiscount/cdiscount_orders.h"
#include "core/decimal_text.h"
#include "core/unix_time.h"

namespace orderhub::sandbox::cdiscount {

using nlohmann::json;

void CdiscountEmulator::reset(const GenerationSettings& settings) {
  generation_ = settings;
  orders_ = generate_orders(settings.seed, settings.orders_per_channel);
  tokens_.clear();
}

json* CdiscountEmulator::find(const std::string& order_number) {
  for (json& order : orders_) {
    if (order["OrderNumber"] == order_number) {
      return &order;
    }
  }
  return nullptr;
}

Reply CdiscountEmulator::admin_list_orders() const {
  return Reply::json(200, {{"orders", orders_}});
}

Reply CdiscountEmulator::admin_add_order(const std::string& body) {
  const json override_fields = body.empty() ? json::object() : json::parse(body, nullptr, false);
  if (override_fields.is_discarded() || !override_fields.is_object()) {
    return Reply::error(400, "body must be a JSON object in the Cdiscount order shape");
  }
  const std::int64_t now = unix_seconds_now();
  json order = generate_order(generation_.seed, static_cast<std::int64_t>(orders_.size()) + 1, now);
  order.merge_patch(override_fields);
  if (override_fields.contains("OrderLineList") &&
      !override_fields.contains("InitialTotalAmount")) {
    order["InitialTotalAmount"] = format_minor_units(computed_total_cents(order));
  }
  if (auto problem = order_problem(order)) {
    return Reply::error(400, *problem);
  }
  if (find(order["OrderNumber"].get<std::string>()) != nullptr) {
    return Reply::error(409,
                        "order " + order["OrderNumber"].get<std::string>() + " already exists");
  }
  orders_.push_back(order);
  return Reply::json(201, order);
}

Reply CdiscountEmulator::admin_change_order(const std::string& order_id, const std::string& body) {
  json* existing = find(order_id);
  if (existing == nullptr) {
    return Reply::error(404, "order " + order_id + " not found");
  }
  const json changes = json::parse(body, nullptr, false);
  if (changes.is_discarded() || !changes.is_object()) {
    return Reply::error(400, "body must be a JSON merge patch object");
  }
  json changed = *existing;
  changed.merge_patch(changes);
  if (auto problem = order_problem(changed)) {
    return Reply::error(400, *problem);
  }
  if (changed["OrderNumber"] != order_id) {
    return Reply::error(400, "OrderNumber cannot be changed (order " + order_id + ")");
  }
  if (!changes.contains("ModifiedDate")) {
    changed["ModifiedDate"] = wire_time(unix_seconds_now());
  }
  *existing = changed;
  return Reply::json(200, changed);
}

}  // namespace orderhub::sandbox::cdiscount
