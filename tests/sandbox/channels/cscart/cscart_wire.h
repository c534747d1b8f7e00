// The CS-Cart JSON wire format: orders, summaries and shipments out, orders and shipment requests
// in. Every number goes out as a string, as CS-Cart sends them; amounts as "19.99".
#pragma once

#include "channels/cscart/cscart_order.h"
#include "core/reply.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace orderhub::sandbox::cscart {

// `GET /api/orders/<id>`: the full order.
nlohmann::json order_to_wire(const Order& order);

// A row of `GET /api/orders`: order_id, timestamp, status, total, email, firstname, lastname,
// updated_at.
nlohmann::json order_summary_to_wire(const Order& order);

// A row of `GET /api/shipments`.
nlohmann::json shipment_to_wire(const Shipment& shipment);

// Reads a full order in the wire shape (as order_to_wire writes it); the error names the field.
std::variant<Order, std::string> order_from_wire(const nlohmann::json& wire);

// `POST /api/shipments` body: {order_id, shipping_id, shipping, carrier, tracking_number,
// comments, products: {item_id: quantity}, order_status}.
struct ShipmentRequest {
  std::int64_t order_id = 0;
  std::string shipping_id;
  std::string shipping;
  std::string carrier;
  std::string tracking_number;
  std::string comments;
  std::vector<std::pair<std::string, std::int64_t>> products;
  std::optional<OrderStatus> order_status;
};

std::variant<ShipmentRequest, ApiError> shipment_request_from_wire(const nlohmann::json& body);

// `PUT /api/orders/<id>` body: {"status": "I"} and/or {"details": "..."}; other fields ignored.
struct OrderUpdateRequest {
  std::optional<OrderStatus> status;
  std::optional<std::string> details;
};

std::variant<OrderUpdateRequest, ApiError> order_update_from_wire(const nlohmann::json& body);

}  // namespace orderhub::sandbox::cscart
