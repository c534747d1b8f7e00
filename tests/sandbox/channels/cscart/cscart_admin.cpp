// The CS-Cart emulator's side of the admin API: reset, listing, adding and changing orders.
// Added and changed orders go through the wire form (order_to_wire, a JSON merge, order_from_wire),
// so the admin API accepts exactly the fields and shapes the channel itself uses.
#include "channels/cscart/cscart_emulator.h"

#include "channels/cscart/cscart_order_generator.h"
#include "channels/cscart/cscart_wire.h"
#include "core/decimal_text.h"
#include "core/unix_time.h"

namespace orderhub::sandbox::cscart {
namespace {

using nlohmann::json;

std::variant<json, ApiError> parse_admin_body(const std::string& body) {
  if (body.empty()) {
    return json::object();
  }
  json document = json::parse(body, nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    return ApiError{
        400, "body must be a JSON object in the CS-Cart order shape, got: " + body.substr(0, 200)};
  }
  return document;
}

// An override that names the lines or the amounts but not the sums gets consistent sums, so a test
// can say {"products": {...}} without doing the arithmetic.
void complete_totals(Order& order, const json& override_fields) {
  const bool products_given = override_fields.contains("products");
  if (products_given && !override_fields.contains("subtotal")) {
    order.subtotal_cents = products_subtotal_cents(order);
  }
  const bool parts_given = products_given || override_fields.contains("subtotal") ||
                           override_fields.contains("discount") ||
                           override_fields.contains("shipping_cost") ||
                           override_fields.contains("tax_subtotal");
  if (parts_given && !override_fields.contains("total")) {
    order.total_cents = computed_total_cents(order);
  }
}

}  // namespace

void CscartEmulator::reset(const GenerationSettings& settings) {
  generation_ = settings;
  book_.reset(generate_orders(settings.seed, settings.orders_per_channel));
}

Reply CscartEmulator::admin_list_orders() const {
  json orders = json::array();
  for (const Order* order : book_.all_orders()) {
    orders.push_back(order_to_wire(*order));
  }
  json shipments = json::array();
  for (const Shipment* shipment : book_.shipments(std::nullopt)) {
    shipments.push_back(shipment_to_wire(*shipment));
  }
  return Reply::json(200, {{"orders", std::move(orders)}, {"shipments", std::move(shipments)}});
}

Reply CscartEmulator::admin_add_order(const std::string& body) {
  auto parsed = parse_admin_body(body);
  if (auto* error = std::get_if<ApiError>(&parsed)) {
    return Reply::error(error->status, error->message);
  }
  json override_fields = std::get<json>(std::move(parsed));

  std::int64_t order_id = book_.next_order_id();
  if (override_fields.contains("order_id")) {
    const auto given = integer_from_json(override_fields["order_id"]);
    if (!given || *given <= 0) {
      return Reply::error(
          400, "order_id must be a positive integer, got " + override_fields["order_id"].dump());
    }
    order_id = *given;
  }
  if (book_.find(order_id) != nullptr) {
    return Reply::error(409, "order " + std::to_string(order_id) + " already exists");
  }

  const std::int64_t now = unix_seconds_now();
  json wire = order_to_wire(generate_new_order(generation_.seed, order_id, now));
  // Lines given in the override replace the generated ones rather than merging with them.
  if (override_fields.contains("products")) {
    wire["products"] = override_fields["products"];
    for (auto& [item_id, item] : wire["products"].items()) {
      if (item.is_object() && !item.contains("item_id")) {
        item["item_id"] = item_id;
      }
    }
  }
  json merged_override = override_fields;
  merged_override.erase("products");
  wire.merge_patch(merged_override);

  auto order = order_from_wire(wire);
  if (auto* error = std::get_if<std::string>(&order)) {
    return Reply::error(400, *error);
  }
  Order& added = std::get<Order>(order);
  complete_totals(added, override_fields);
  json reply = order_to_wire(added);
  book_.put(std::move(added));
  return Reply::json(201, reply);
}

Reply CscartEmulator::admin_change_order(const std::string& order_text, const std::string& body) {
  const auto order_id = parse_integer(order_text);
  const Order* existing = order_id ? book_.find(*order_id) : nullptr;
  if (existing == nullptr) {
    return Reply::error(404, "order " + order_text + " not found");
  }
  auto parsed = parse_admin_body(body);
  if (auto* error = std::get_if<ApiError>(&parsed)) {
    return Reply::error(error->status, error->message);
  }
  const json& changes = std::get<json>(parsed);

  json wire = order_to_wire(*existing);
  wire.merge_patch(changes);
  auto order = order_from_wire(wire);
  if (auto* error = std::get_if<std::string>(&order)) {
    return Reply::error(400, *error);
  }
  Order& changed = std::get<Order>(order);
  if (changed.order_id != *order_id) {
    return Reply::error(400, "order_id cannot be changed (order " + order_text + ")");
  }
  if (!changes.contains("updated_at")) {
    touch(changed, unix_seconds_now());
  }
  json reply = order_to_wire(changed);
  book_.put(std::move(changed));
  return Reply::json(200, reply);
}

}  // namespace orderhub::sandbox::cscart
