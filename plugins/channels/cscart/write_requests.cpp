// Field-by-field reading of the write documents, with messages that name the field.
#include "write_requests.h"

#include <orderhub/sdk/error.h>

#include <nlohmann/json.hpp>

#include "exact_json.h"
#include "wire_fields.h"

namespace orderhub::cscart {
namespace {

using nlohmann::json;
using sdk::Error;
using sdk::Status;

[[noreturn]] void refuse(const std::string& message) {
  throw Error(Status::INVALID_ARGUMENT, message);
}

json parse_document(std::string_view document, std::string_view schema) {
  json parsed = json::parse(document, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    refuse("the request is not a JSON object");
  }
  const auto found = parsed.find("schema");
  if (found == parsed.end() || !found->is_string() || found->get<std::string>() != schema) {
    refuse("the request is not an " + std::string(schema) + " document");
  }
  return parsed;
}

const json& object_at(const json& parent, const char* key, const std::string& field) {
  const auto found = parent.find(key);
  if (found == parent.end() || !found->is_object()) {
    refuse(field + " is missing or not an object");
  }
  return *found;
}

std::string string_at(const json& parent, const char* key, const std::string& field,
                      bool required) {
  const auto found = parent.find(key);
  if (found == parent.end() || found->is_null()) {
    if (required) {
      refuse(field + " is missing");
    }
    return std::string();
  }
  if (!found->is_string()) {
    refuse(field + " must be a string");
  }
  return found->get<std::string>();
}

bool bool_at(const json& parent, const char* key, const std::string& field) {
  const auto found = parent.find(key);
  if (found == parent.end() || !found->is_boolean()) {
    refuse(field + " must be true or false");
  }
  return found->get<bool>();
}

std::int64_t quantity_at(const json& parent, const std::string& field) {
  const auto found = parent.find("quantity");
  if (found == parent.end() || !found->is_number_integer() || found->get<std::int64_t>() < 0) {
    refuse(field + ".quantity must be a whole number of at least 0");
  }
  return found->get<std::int64_t>();
}

Money money_at(const json& parent, const char* key, const std::string& field) {
  const auto found = parent.find(key);
  if (found == parent.end() || !found->is_object()) {
    refuse(field + " is missing or not a money object");
  }
  const auto minor = found->find("minor");
  const auto currency = found->find("currency");
  if (minor == found->end() || !minor->is_number_integer()) {
    refuse(field + ".minor must be a whole number of minor units");
  }
  if (currency == found->end() || !currency->is_string()) {
    refuse(field + ".currency must be an ISO 4217 code");
  }
  return Money{minor->get<std::int64_t>(), currency->get<std::string>()};
}

std::optional<Money> optional_money_at(const json& parent, const char* key,
                                       const std::string& field) {
  const auto found = parent.find(key);
  if (found == parent.end() || found->is_null()) {
    return std::nullopt;
  }
  return money_at(parent, key, field);
}

const json& array_at(const json& parent, const char* key, const std::string& field) {
  static const json empty = json::array();
  const auto found = parent.find(key);
  if (found == parent.end() || found->is_null()) {
    return empty;
  }
  if (!found->is_array()) {
    refuse(field + " must be a list");
  }
  return *found;
}

std::string line_id_at(const json& line, const std::string& field) {
  if (!line.is_object()) {
    refuse(field + " must be an object");
  }
  std::string line_id = string_at(line, "line_id", field + ".line_id", /*required=*/true);
  if (line_id.empty()) {
    refuse(field + ".line_id is empty");
  }
  return line_id;
}

// Lines with a quantity above 0; a line named twice has its quantities added.
std::vector<LineQuantity> line_quantities(const json& lines, const std::string& field) {
  std::vector<LineQuantity> result;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::string line_field = field + "[" + std::to_string(index) + "]";
    const std::string line_id = line_id_at(lines[index], line_field);
    const std::int64_t quantity = quantity_at(lines[index], line_field);
    if (quantity == 0) {
      continue;
    }
    bool merged = false;
    for (LineQuantity& existing : result) {
      if (existing.line_id == line_id) {
        existing.quantity += quantity;
        merged = true;
      }
    }
    if (!merged) {
      result.push_back(LineQuantity{line_id, quantity});
    }
  }
  return result;
}

StoredOrder stored_order(const json& document) {
  const json& order = object_at(document, "order", "order");
  StoredOrder stored;
  stored.order_id =
      string_at(order, "channel_order_id", "order.channel_order_id", /*required=*/true);
  if (!parse_digits(stored.order_id)) {
    refuse("order.channel_order_id \"" + stored.order_id + "\" is not a CS-Cart order id");
  }
  stored.shipping_method =
      string_at(order, "shipping_method", "order.shipping_method", /*required=*/false);
  if (const auto data = order.find("channel_data"); data != order.end() && data->is_object()) {
    const auto shipping_id = data->find("shipping_id");
    if (shipping_id != data->end()) {
      stored.shipping_id = scalar_text(*shipping_id).value_or(std::string());
    }
  }
  const json& lines = array_at(order, "lines", "order.lines");
  for (const json& line : lines) {
    if (!line.is_object() || !line.contains("line_id") || !line["line_id"].is_string()) {
      continue;
    }
    std::string label;
    for (const char* key : {"sku", "title"}) {
      if (label.empty() && line.contains(key) && line[key].is_string()) {
        label = line[key].get<std::string>();
      }
    }
    stored.sku_by_line[line["line_id"].get<std::string>()] = label;
  }
  return stored;
}

std::string idempotency_key(const json& document) {
  std::string key = string_at(document, "idempotency_key", "idempotency_key", /*required=*/true);
  if (key.empty()) {
    refuse("idempotency_key is empty");
  }
  return key;
}

}  // namespace

ShipmentRequest read_shipment_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.shipment/1");
  ShipmentRequest request;
  request.idempotency_key = idempotency_key(parsed);
  request.order = stored_order(parsed);
  const json& shipment = object_at(parsed, "shipment", "shipment");
  const std::string code_to_send =
      string_at(shipment, "code_to_send", "shipment.code_to_send", /*required=*/false);
  request.carrier = code_to_send.empty()
                        ? string_at(shipment, "carrier", "shipment.carrier", /*required=*/true)
                        : code_to_send;
  request.tracking_number =
      string_at(shipment, "tracking_number", "shipment.tracking_number", /*required=*/false);
  request.lines = line_quantities(array_at(shipment, "lines", "shipment.lines"), "shipment.lines");
  if (request.lines.empty()) {
    refuse("shipment.lines has nothing to ship (no line with a quantity above 0)");
  }
  return request;
}

CancellationRequest read_cancellation_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.cancellation/1");
  CancellationRequest request;
  request.idempotency_key = idempotency_key(parsed);
  request.order = stored_order(parsed);
  request.reason = string_at(parsed, "reason", "reason", /*required=*/false);
  request.full = bool_at(parsed, "full", "full");
  request.lines = line_quantities(array_at(parsed, "lines", "lines"), "lines");
  if (!request.full && request.lines.empty()) {
    refuse("lines has nothing to cancel and full is false");
  }
  return request;
}

RefundRequest read_refund_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.refund/1");
  RefundRequest request;
  request.idempotency_key = idempotency_key(parsed);
  request.order = stored_order(parsed);
  request.reason = string_at(parsed, "reason", "reason", /*required=*/false);
  request.notes = string_at(parsed, "notes", "notes", /*required=*/false);
  request.full = bool_at(parsed, "full", "full");
  request.amount = money_at(parsed, "amount", "amount");
  if (request.amount.minor < 0) {
    refuse("amount.minor is negative");
  }
  request.shipping = optional_money_at(parsed, "shipping", "shipping");
  request.tax = optional_money_at(parsed, "tax", "tax");
  const json& lines = array_at(parsed, "lines", "lines");
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::string field = "lines[" + std::to_string(index) + "]";
    RefundLine line;
    line.line_id = line_id_at(lines[index], field);
    line.quantity = quantity_at(lines[index], field);
    line.amount = money_at(lines[index], "amount", field + ".amount");
    request.lines.push_back(std::move(line));
  }
  return request;
}

std::string line_label(const StoredOrder& order, const std::string& line_id) {
  const auto found = order.sku_by_line.find(line_id);
  if (found == order.sku_by_line.end() || found->second.empty()) {
    return "item " + line_id;
  }
  return found->second;
}

std::string delivery_result(const std::string& channel_reference, bool already_applied,
                            const std::string& message) {
  json result = {{"schema", "orderhub.delivery_result/1"},
                 {"already_applied", already_applied},
                 {"message", message}};
  if (!channel_reference.empty()) {
    result["channel_reference"] = channel_reference;
  }
  return dump_json(result);
}

}  // namespace orderhub::cscart
