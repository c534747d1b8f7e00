// Field-by-field reading of the write documents, with messages that name the field.
#include "write_requests.h"

#include <orderhub/sdk/error.h>

#include <nlohmann/json.hpp>

#include "exact_json.h"

namespace orderhub::smartbargains {
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
  std::string text = found->get<std::string>();
  if (required && text.empty()) {
    refuse(field + " is empty");
  }
  return text;
}

const json& array_at(const json& parent, const char* key, const std::string& field) {
  const auto found = parent.find(key);
  if (found == parent.end() || !found->is_array()) {
    refuse(field + " is missing or not a list");
  }
  return *found;
}

Money money_at(const json& parent, const char* key, const std::string& field) {
  const json& value = object_at(parent, key, field);
  const auto minor = value.find("minor");
  const auto currency = value.find("currency");
  if (minor == value.end() || !minor->is_number_integer()) {
    refuse(field + ".minor must be a whole number of minor units");
  }
  if (currency == value.end() || !currency->is_string()) {
    refuse(field + ".currency must be an ISO 4217 code");
  }
  return Money{minor->get<std::int64_t>(), currency->get<std::string>()};
}

std::string po_number_of(const json& order, const std::string& field) {
  return string_at(order, "channel_order_id", field + ".channel_order_id", /*required=*/true);
}

// Lines with a quantity above 0; a line named twice has its quantities added.
std::vector<LineQuantity> line_quantities(const json& lines, const std::string& field) {
  std::vector<LineQuantity> result;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::string line_field = field + "[" + std::to_string(index) + "]";
    if (!lines[index].is_object()) {
      refuse(line_field + " must be an object");
    }
    const std::string line_id =
        string_at(lines[index], "line_id", line_field + ".line_id", /*required=*/true);
    const auto quantity = lines[index].find("quantity");
    if (quantity == lines[index].end() || !quantity->is_number_integer() ||
        quantity->get<std::int64_t>() < 0) {
      refuse(line_field + ".quantity must be a whole number of at least 0");
    }
    const std::int64_t count = quantity->get<std::int64_t>();
    if (count == 0) {
      continue;
    }
    bool merged = false;
    for (LineQuantity& existing : result) {
      if (existing.line_id == line_id) {
        existing.quantity += count;
        merged = true;
      }
    }
    if (!merged) {
      result.push_back(LineQuantity{line_id, count});
    }
  }
  return result;
}

}  // namespace

AcknowledgementRequest read_acknowledgement_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.acknowledgement/1");
  AcknowledgementRequest request;
  request.idempotency_key =
      string_at(parsed, "idempotency_key", "idempotency_key", /*required=*/true);
  const json& orders = array_at(parsed, "orders", "orders");
  for (std::size_t index = 0; index < orders.size(); ++index) {
    const std::string field = "orders[" + std::to_string(index) + "]";
    if (!orders[index].is_object()) {
      refuse(field + " must be an object");
    }
    request.po_numbers.push_back(po_number_of(orders[index], field));
  }
  return request;
}

ShipmentRequest read_shipment_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.shipment/1");
  ShipmentRequest request;
  request.idempotency_key =
      string_at(parsed, "idempotency_key", "idempotency_key", /*required=*/true);
  request.po_number = po_number_of(object_at(parsed, "order", "order"), "order");
  const json& shipment = object_at(parsed, "shipment", "shipment");
  request.carrier = string_at(shipment, "code_to_send", "shipment.code_to_send", false);
  if (request.carrier.empty()) {
    request.carrier = string_at(shipment, "carrier", "shipment.carrier", /*required=*/true);
  }
  request.service = string_at(shipment, "service_code", "shipment.service_code", false);
  if (request.service.empty()) {
    request.service = string_at(shipment, "service", "shipment.service", false);
  }
  request.tracking_number =
      string_at(shipment, "tracking_number", "shipment.tracking_number", /*required=*/true);
  request.ship_date = string_at(shipment, "ship_date", "shipment.ship_date", /*required=*/true);
  request.lines = line_quantities(array_at(shipment, "lines", "shipment.lines"), "shipment.lines");
  if (request.lines.empty()) {
    refuse("shipment.lines has nothing to ship (no line with a quantity above 0)");
  }
  return request;
}

InvoiceRequest read_invoice_request(std::string_view document) {
  const json parsed = parse_document(document, "orderhub.invoice_upload/1");
  InvoiceRequest request;
  request.idempotency_key =
      string_at(parsed, "idempotency_key", "idempotency_key", /*required=*/true);
  request.po_number = po_number_of(object_at(parsed, "order", "order"), "order");
  request.invoice_number =
      string_at(parsed, "invoice_number", "invoice_number", /*required=*/true);
  request.invoice_date = string_at(parsed, "invoice_date", "invoice_date", /*required=*/true);
  const json& totals = object_at(parsed, "totals", "totals");
  request.totals = InvoiceTotals{money_at(totals, "items", "totals.items"),
                                 money_at(totals, "shipping", "totals.shipping"),
                                 money_at(totals, "tax", "totals.tax"),
                                 money_at(totals, "discount", "totals.discount"),
                                 money_at(totals, "total", "totals.total")};
  request.pdf_base64 = string_at(parsed, "pdf_base64", "pdf_base64", /*required=*/true);
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

}  // namespace orderhub::smartbargains
