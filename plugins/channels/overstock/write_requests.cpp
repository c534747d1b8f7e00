// The write documents, field by field.
#include "write_requests.h"

#include <orderhub/sdk/error.h>

#include <nlohmann/json.hpp>

namespace orderhub::overstock {
namespace {

using nlohmann::json;
using sdk::Error;
using sdk::Status;

[[noreturn]] void refuse(const std::string& message) {
  throw Error(Status::INVALID_ARGUMENT, message);
}

json parse_document(std::string_view document, const char* schema) {
  json parsed = json::parse(document, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    refuse(std::string("the ") + schema + " document is not a JSON object");
  }
  return parsed;
}

std::string text(const json& object, const char* key, const std::string& where, bool required) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) {
    if (required) {
      refuse(where + key + " is missing");
    }
    return {};
  }
  if (!found->is_string()) {
    refuse(where + key + " must be a string, got " + found->dump());
  }
  if (required && found->get<std::string>().empty()) {
    refuse(where + key + " is empty");
  }
  return found->get<std::string>();
}

std::int64_t count(const json& object, const char* key, const std::string& where) {
  const auto found = object.find(key);
  if (found == object.end() || !found->is_number_integer() || found->get<std::int64_t>() < 0) {
    refuse(where + key + " must be a whole number of at least 0");
  }
  return found->get<std::int64_t>();
}

MinorAmount amount(const json& object, const char* key, const std::string& where) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) {
    return {};
  }
  if (!found->is_object() || !found->contains("minor") || !(*found)["minor"].is_number_integer()) {
    refuse(where + key + " must be money {minor, currency}, got " + found->dump());
  }
  return {(*found)["minor"].get<std::int64_t>(),
          found->value("currency", std::string())};
}

StoredOrder stored_order(const json& document) {
  const auto order = document.find("order");
  if (order == document.end() || !order->is_object()) {
    refuse("order is missing");
  }
  StoredOrder result;
  result.order_number = text(*order, "channel_order_id", "order.", true);
  result.sales_channel_name = "OSTK";
  const auto data = order->find("channel_data");
  if (data != order->end() && data->is_object()) {
    const std::string name = text(*data, "sales_channel_name", "order.channel_data.", false);
    if (!name.empty()) {
      result.sales_channel_name = name;
    }
  }
  return result;
}

std::vector<LineQuantity> line_quantities(const json& lines, const std::string& where) {
  if (!lines.is_array()) {
    refuse(where + " must be a list");
  }
  std::vector<LineQuantity> result;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::string at = where + "." + std::to_string(index) + ".";
    LineQuantity line{text(lines[index], "line_id", at, true), count(lines[index], "quantity", at)};
    if (line.quantity > 0) {
      result.push_back(std::move(line));
    }
  }
  return result;
}

}  // namespace

std::string overstock_code(std::string_view name) {
  std::string code;
  for (const char letter : name) {
    if (letter == ' ' || letter == '-') {
      code += '_';
    } else if (letter >= 'a' && letter <= 'z') {
      code += static_cast<char>(letter - 'a' + 'A');
    } else {
      code += letter;
    }
  }
  return code;
}

ShipmentRequest read_shipment_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.shipment/1");
  ShipmentRequest request;
  request.idempotency_key = text(parsed, "idempotency_key", "", true);
  request.order = stored_order(parsed);
  const auto shipment = parsed.find("shipment");
  if (shipment == parsed.end() || !shipment->is_object()) {
    refuse("shipment is missing");
  }
  const std::string code_to_send = text(*shipment, "code_to_send", "shipment.", false);
  request.carrier_code = !code_to_send.empty()
                             ? code_to_send
                             : overstock_code(text(*shipment, "carrier", "shipment.", true));
  const std::string service_code = text(*shipment, "service_code", "shipment.", false);
  request.service_level_code = !service_code.empty()
                                   ? service_code
                                   : overstock_code(text(*shipment, "service", "shipment.", false));
  request.tracking_number = text(*shipment, "tracking_number", "shipment.", false);
  request.ship_date = text(*shipment, "ship_date", "shipment.", true);
  request.lines = line_quantities(shipment->value("lines", json()), "shipment.lines");
  if (request.lines.empty()) {
    refuse("shipment.lines names no quantity to ship");
  }
  return request;
}

CancelReason cancel_reason_for(std::string_view reason) {
  std::string lower;
  for (const char letter : reason) {
    lower += letter >= 'A' && letter <= 'Z' ? static_cast<char>(letter - 'A' + 'a') : letter;
  }
  if (lower == "out_of_stock" || lower.find("stock") != std::string::npos) {
    return CancelReason::out_of_stock;
  }
  if (lower == "undeliverable_address" || lower.find("address") != std::string::npos ||
      lower.find("undeliverable") != std::string::npos) {
    return CancelReason::undeliverable_address;
  }
  if (lower == "customer_request" || lower.find("customer") != std::string::npos ||
      lower.find("buyer") != std::string::npos) {
    return CancelReason::customer_request;
  }
  return CancelReason::other;
}

const char* reason_code(CancelReason reason) {
  switch (reason) {
    case CancelReason::out_of_stock:
      return "OUT_OF_STOCK";
    case CancelReason::customer_request:
      return "CUSTOMER_REQUEST";
    case CancelReason::undeliverable_address:
      return "UNDELIVERABLE_ADDRESS";
    case CancelReason::other:
      break;
  }
  return "OTHER";
}

CancellationRequest read_cancellation_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.cancellation/1");
  CancellationRequest request;
  request.idempotency_key = text(parsed, "idempotency_key", "", true);
  request.order = stored_order(parsed);
  request.reason = cancel_reason_for(text(parsed, "reason", "", false));
  request.lines = line_quantities(parsed.value("lines", json()), "lines");
  if (request.lines.empty()) {
    refuse("lines names no quantity to cancel");
  }
  return request;
}

RefundRequest read_refund_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.refund/1");
  RefundRequest request;
  request.idempotency_key = text(parsed, "idempotency_key", "", true);
  request.order = stored_order(parsed);
  request.reason = text(parsed, "reason", "", false);
  request.notes = text(parsed, "notes", "", false);
  const json lines = parsed.value("lines", json::array());
  if (!lines.is_array()) {
    refuse("lines must be a list");
  }
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::string at = "lines." + std::to_string(index) + ".";
    request.lines.push_back({text(lines[index], "line_id", at, true),
                             count(lines[index], "quantity", at),
                             amount(lines[index], "amount", at)});
  }
  request.amount = amount(parsed, "amount", "");
  request.shipping = amount(parsed, "shipping", "");
  request.full = parsed.value("full", false);
  if (request.amount.minor <= 0) {
    refuse("amount must be above 0");
  }
  return request;
}

AcknowledgementRequest read_acknowledgement_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.acknowledgement/1");
  AcknowledgementRequest request;
  request.idempotency_key = text(parsed, "idempotency_key", "", true);
  const auto orders = parsed.find("orders");
  if (orders == parsed.end() || !orders->is_array() || orders->empty()) {
    refuse("orders must be a non-empty list");
  }
  for (const json& order : *orders) {
    request.orders.push_back(stored_order(json{{"order", order}}));
  }
  return request;
}

InventoryRequest read_inventory_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.inventory_update/1");
  InventoryRequest request;
  request.idempotency_key = text(parsed, "idempotency_key", "", true);
  const auto items = parsed.find("items");
  if (items == parsed.end() || !items->is_array() || items->empty()) {
    refuse("items must be a non-empty list");
  }
  for (std::size_t index = 0; index < items->size(); ++index) {
    const json& item = (*items)[index];
    const std::string at = "items." + std::to_string(index) + ".";
    InventoryItem result{text(item, "sku", at, true), count(item, "quantity", at),
                         item.value("quantity_on_order", json()).is_null()
                             ? 0
                             : count(item, "quantity_on_order", at),
                         std::nullopt};
    const std::string date = text(item, "expected_delivery_date", at, false);
    if (!date.empty()) {
      result.expected_delivery_date = date;
    }
    request.items.push_back(std::move(result));
  }
  return request;
}

std::string delivery_result(const std::string& channel_reference, bool already_applied,
                            const std::string& message) {
  json result = {{"schema", "orderhub.delivery_result/1"},
                 {"already_applied", already_applied},
                 {"message", message}};
  if (!channel_reference.empty()) {
    result["channel_reference"] = channel_reference;
  }
  return result.dump();
}

}  // namespace orderhub::overstock
