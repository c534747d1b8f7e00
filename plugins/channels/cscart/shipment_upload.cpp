// Shipments: finding an earlier attempt's effect, then posting.
#include "shipment_upload.h"

#include <orderhub/sdk/error.h>

#include "order_wire.h"
#include "wire_fields.h"

namespace orderhub::cscart {
namespace {

using nlohmann::json;
using sdk::Error;
using sdk::Status;

// {item_id: quantity} of a listed shipment; nullopt when it cannot be read.
std::optional<std::map<std::string, std::int64_t>> listed_products(const json& shipment) {
  const json* products = member(shipment, "products");
  std::map<std::string, std::int64_t> quantities;
  if (products == nullptr || !products->is_object()) {
    return std::nullopt;
  }
  for (const auto& [item_id, quantity] : products->items()) {
    const auto text = scalar_text(quantity);
    const auto number = text ? parse_digits(*text) : std::nullopt;
    if (!number) {
      return std::nullopt;
    }
    if (*number > 0) {
      quantities[item_id] = *number;
    }
  }
  return quantities;
}

std::map<std::string, std::int64_t> requested_products(const ShipmentRequest& request) {
  std::map<std::string, std::int64_t> quantities;
  for (const LineQuantity& line : request.lines) {
    quantities[line.line_id] += line.quantity;
  }
  return quantities;
}

std::string text_or_empty(const json& object, const char* name) {
  const json* value = member(object, name);
  return value ? scalar_text(*value).value_or(std::string()) : std::string();
}

}  // namespace

std::string shipment_comment(const std::string& idempotency_key) {
  return "orderhub shipment " + idempotency_key;
}

std::optional<std::string> find_applied_shipment(const json& list_reply,
                                                 const ShipmentRequest& request) {
  const json* shipments = member(list_reply, "shipments");
  if (shipments == nullptr || !(shipments->is_array() || shipments->is_object())) {
    return std::nullopt;
  }
  const std::string comment = shipment_comment(request.idempotency_key);
  const auto wanted = requested_products(request);
  for (const json& shipment : *shipments) {
    const bool same_comment = text_or_empty(shipment, "comments") == comment;
    const std::string tracking_number = text_or_empty(shipment, "tracking_number");
    const bool same_tracking =
        !request.tracking_number.empty() && tracking_number == request.tracking_number;
    if (same_comment || (same_tracking && listed_products(shipment) == wanted)) {
      return text_or_empty(shipment, "shipment_id");
    }
  }
  return std::nullopt;
}

json shipment_body(const ShipmentRequest& request, const json& live_order,
                   const Currency& currency) {
  std::vector<CartItem> items;
  try {
    items = read_cart_items(live_order, currency);
  } catch (const FieldProblem& problem) {
    throw Error(Status::FAILED_PRECONDITION, "CS-Cart order " + request.order.order_id +
                                                 " cannot be read at " + problem.field() + ": " +
                                                 problem.what());
  }
  const auto wanted = requested_products(request);
  json products = json::object();
  bool completes_order = true;
  for (const CartItem& item : items) {
    const auto found = wanted.find(item.item_id);
    const std::int64_t shipping_now = found == wanted.end() ? 0 : found->second;
    const std::int64_t left = item.quantity - item.quantity_shipped;
    if (shipping_now > left) {
      throw Error(Status::INVALID_ARGUMENT, "shipment ships " + std::to_string(shipping_now) +
                                                " of item " + item.item_id + " of CS-Cart order " +
                                                request.order.order_id + ", but only " +
                                                std::to_string(left) + " are left to ship");
    }
    if (shipping_now > 0) {
      products[item.item_id] = shipping_now;
    }
    completes_order = completes_order && item.quantity_shipped + shipping_now >= item.quantity;
  }
  for (const auto& [line_id, quantity] : wanted) {
    if (!products.contains(line_id)) {
      throw Error(Status::INVALID_ARGUMENT, "shipment line " + line_id +
                                                " is not an item of CS-Cart order " +
                                                request.order.order_id);
    }
  }

  std::optional<ShippingChoice> live_shipping;
  try {
    live_shipping = read_shipping_choice(live_order);
  } catch (const FieldProblem&) {
    // The stored order's method is good enough to name the shipment.
  }
  const std::string shipping_id = !request.order.shipping_id.empty() ? request.order.shipping_id
                                  : live_shipping                    ? live_shipping->shipping_id
                                                                     : std::string();
  const std::string shipping_name = live_shipping && !live_shipping->name.empty()
                                        ? live_shipping->name
                                        : request.order.shipping_method;

  json body = {{"order_id", request.order.order_id},
               {"carrier", request.carrier},
               {"tracking_number", request.tracking_number},
               {"comments", shipment_comment(request.idempotency_key)},
               {"products", std::move(products)}};
  if (!shipping_id.empty()) {
    body["shipping_id"] = shipping_id;
  }
  if (!shipping_name.empty()) {
    body["shipping"] = shipping_name;
  }
  if (completes_order) {
    body["order_status"] = "C";
  }
  return body;
}

std::string upload_shipment(const CscartClient& client, const Currency& currency,
                            const ShipmentRequest& request) {
  const std::string& order_id = request.order.order_id;
  const JsonReply listed = client.get("/api/shipments?order_id=" + order_id);
  if (const auto applied = find_applied_shipment(listed.body, request)) {
    return delivery_result(*applied, /*already_applied=*/true,
                           "CS-Cart order " + order_id + " already has this shipment");
  }

  const JsonReply live_order = client.get("/api/orders/" + order_id);
  const json body = shipment_body(request, live_order.body, currency);
  const JsonReply created = client.send("POST", "/api/shipments", body);
  const std::string shipment_id = text_or_empty(created.body, "shipment_id");
  return delivery_result(shipment_id, /*already_applied=*/false,
                         "CS-Cart shipment " + shipment_id + " created for order " + order_id +
                             (body.contains("order_status") ? "; order marked complete (C)" : ""));
}

}  // namespace orderhub::cscart
