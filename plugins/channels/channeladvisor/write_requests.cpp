// Field-by-field reading of the write documents, with messages that name the field.
#include "write_requests.h"

#include <orderhub/sdk/error.h>

#include "exact_json.h"

namespace orderhub::channeladvisor {
namespace {

using nlohmann::json;

[[noreturn]] void refuse(const std::string& message) {
  throw sdk::Error(sdk::Status::INVALID_ARGUMENT, message);
}

json parse_document(std::string_view document, std::string_view schema) {
  json parsed = json::parse(document, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    refuse("the request is not a JSON object");
  }
  const json* found = member(parsed, "schema");
  if (found == nullptr || !found->is_string() || found->get<std::string>() != schema) {
    refuse("the request is not an " + std::string(schema) + " document");
  }
  return parsed;
}

std::string text_at(const json& parent, const char* key, const std::string& field, bool required) {
  const json* found = member(parent, key);
  if (found == nullptr) {
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

bool flag_at(const json& parent, const char* key, const std::string& field, bool fallback) {
  const json* found = member(parent, key);
  if (found == nullptr) {
    return fallback;
  }
  if (!found->is_boolean()) {
    refuse(field + " must be true or false");
  }
  return found->get<bool>();
}

std::int64_t quantity_at(const json& parent, const std::string& field) {
  const json* found = member(parent, "quantity");
  if (found == nullptr || !found->is_number_integer() || found->get<std::int64_t>() < 0) {
    refuse(field + ".quantity must be a whole number of at least 0");
  }
  return found->get<std::int64_t>();
}

std::int64_t minor_at(const json& parent, const char* key, const std::string& field,
                      bool required) {
  const json* found = member(parent, key);
  if (found == nullptr) {
    if (required) {
      refuse(field + " is missing");
    }
    return 0;
  }
  const json* minor = member(*found, "minor");
  if (minor == nullptr || !minor->is_number_integer()) {
    refuse(field + ".minor must be a whole number of minor units");
  }
  if (minor->get<std::int64_t>() < 0) {
    refuse(field + ".minor is negative");
  }
  return minor->get<std::int64_t>();
}

const json& list_at(const json& parent, const char* key, const std::string& field) {
  static const json empty = json::array();
  const json* found = member(parent, key);
  if (found == nullptr) {
    return empty;
  }
  if (!found->is_array()) {
    refuse(field + " must be a list");
  }
  return *found;
}

std::vector<LineQuantity> line_quantities(const json& lines, const std::string& field) {
  std::vector<LineQuantity> result;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::string line_field = field + "[" + std::to_string(index) + "]";
    const std::string line_id = text_at(lines[index], "line_id", line_field + ".line_id", true);
    const std::int64_t quantity = quantity_at(lines[index], line_field);
    if (quantity > 0) {
      result.push_back(LineQuantity{line_id, quantity});
    }
  }
  return result;
}

StoredOrder stored_order(const json& order, const std::string& field) {
  if (!order.is_object()) {
    refuse(field + " is missing or not an object");
  }
  StoredOrder stored;
  stored.order_id = text_at(order, "channel_order_id", field + ".channel_order_id", true);
  if (stored.order_id.empty() ||
      stored.order_id.find_first_not_of("0123456789") != std::string::npos) {
    refuse(field + ".channel_order_id \"" + stored.order_id +
           "\" is not a ChannelAdvisor order ID");
  }
  stored.site_name = text_at(order, "marketplace", field + ".marketplace", false);
  stored.currency = text_at(order, "currency", field + ".currency", false);
  const std::string shipping = text_at(order, "shipping_status", field + ".shipping_status", false);
  stored.shipped = shipping == "partially_shipped" || shipping == "fully_shipped";
  stored.third_party_managed =
      flag_at(order, "third_party_managed", field + ".third_party_managed", false);
  const json* site_items = nullptr;
  if (const json* data = member(order, "channel_data")) {
    site_items = member(*data, "site_order_item_ids");
  }
  for (const json& line : list_at(order, "lines", field + ".lines")) {
    const json* line_id = member(line, "line_id");
    if (line_id == nullptr || !line_id->is_string()) {
      continue;
    }
    const std::string id = line_id->get<std::string>();
    std::string reference;
    if (site_items != nullptr && site_items->contains(id) && (*site_items)[id].is_string()) {
      reference = (*site_items)[id].get<std::string>();
    }
    if (reference.empty()) {
      if (const json* sku = member(line, "sku"); sku != nullptr && sku->is_string()) {
        reference = sku->get<std::string>();
      }
    }
    stored.item_reference[id] = reference;
    if (const json* shipped = member(line, "quantity_shipped");
        shipped != nullptr && shipped->is_number_integer()) {
      stored.shipped_units[id] = shipped->get<std::int64_t>();
    }
  }
  return stored;
}

std::string idempotency_key(const json& document) {
  std::string key = text_at(document, "idempotency_key", "idempotency_key", true);
  if (key.empty()) {
    refuse("idempotency_key is empty");
  }
  return key;
}

const json& order_of(const json& document) {
  static const json none;
  const json* order = member(document, "order");
  return order != nullptr ? *order : none;
}

}  // namespace

ShipmentRequest read_shipment_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.shipment/1");
  ShipmentRequest request;
  request.idempotency_key = idempotency_key(parsed);
  request.order = stored_order(order_of(parsed), "order");
  const json* shipment = member(parsed, "shipment");
  if (shipment == nullptr || !shipment->is_object()) {
    refuse("shipment is missing or not an object");
  }
  request.carrier = text_at(*shipment, "code_to_send", "shipment.code_to_send", false);
  if (request.carrier.empty()) {
    request.carrier = text_at(*shipment, "carrier", "shipment.carrier", true);
  }
  request.service = text_at(*shipment, "service_code", "shipment.service_code", false);
  if (request.service.empty()) {
    request.service = text_at(*shipment, "service", "shipment.service", false);
  }
  request.tracking_number =
      text_at(*shipment, "tracking_number", "shipment.tracking_number", false);
  request.ship_date = text_at(*shipment, "ship_date", "shipment.ship_date", true);
  request.lines = line_quantities(list_at(*shipment, "lines", "shipment.lines"), "shipment.lines");
  if (request.lines.empty()) {
    refuse("shipment.lines has nothing to ship (no line with a quantity above 0)");
  }
  return request;
}

CancellationRequest read_cancellation_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.cancellation/1");
  CancellationRequest request;
  request.idempotency_key = idempotency_key(parsed);
  request.order = stored_order(order_of(parsed), "order");
  request.reason = text_at(parsed, "reason", "reason", false);
  request.full = flag_at(parsed, "full", "full", false);
  request.restock = flag_at(parsed, "restock", "restock", false);
  request.lines = line_quantities(list_at(parsed, "lines", "lines"), "lines");
  if (!request.full && request.lines.empty()) {
    refuse("lines has nothing to cancel and full is false");
  }
  return request;
}

RefundRequest read_refund_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.refund/1");
  RefundRequest request;
  request.idempotency_key = idempotency_key(parsed);
  request.order = stored_order(order_of(parsed), "order");
  request.reason = text_at(parsed, "reason", "reason", false);
  request.notes = text_at(parsed, "notes", "notes", false);
  request.full = flag_at(parsed, "full", "full", false);
  request.restock = flag_at(parsed, "restock", "restock", false);
  request.amount_minor = minor_at(parsed, "amount", "amount", true);
  request.shipping_minor = minor_at(parsed, "shipping", "shipping", false);
  request.tax_minor = minor_at(parsed, "tax", "tax", false);
  const json& lines = list_at(parsed, "lines", "lines");
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::string field = "lines[" + std::to_string(index) + "]";
    RefundLine line;
    line.line_id = text_at(lines[index], "line_id", field + ".line_id", true);
    line.quantity = quantity_at(lines[index], field);
    line.amount_minor = minor_at(lines[index], "amount", field + ".amount", true);
    request.lines.push_back(std::move(line));
  }
  return request;
}

AcknowledgementRequest read_acknowledgement_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.acknowledgement/1");
  AcknowledgementRequest request;
  request.idempotency_key = idempotency_key(parsed);
  const json& orders = list_at(parsed, "orders", "orders");
  for (std::size_t index = 0; index < orders.size(); ++index) {
    request.orders.push_back(stored_order(orders[index], "orders[" + std::to_string(index) + "]"));
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
  return dump_json(result);
}

}  // namespace orderhub::channeladvisor
