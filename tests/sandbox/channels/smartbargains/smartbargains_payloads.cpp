// Write bodies of the Smart Bargains API, checked and applied.
#include "channels/smartbargains/smartbargains_payloads.h"

#include "channels/smartbargains/smartbargains_time.h"
#include "core/decimal_text.h"

#include <cstdint>
#include <map>

namespace orderhub::sandbox::smartbargains {
namespace {

using nlohmann::json;

std::variant<json, ApiError> parse_object(const std::string& body) {
  json parsed = json::parse(body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    return ApiError{400, "the body is not a JSON object: " + body.substr(0, 200)};
  }
  return parsed;
}

std::optional<ApiError> require_text(const json& object, const char* field) {
  const auto found = object.find(field);
  if (found == object.end() || !found->is_string() || found->get<std::string>().empty()) {
    return ApiError{422, std::string(field) + " must be a non-empty string"};
  }
  return std::nullopt;
}

}  // namespace

std::variant<json, ApiError> read_shipment(const std::string& body) {
  auto parsed = parse_object(body);
  if (std::holds_alternative<ApiError>(parsed)) {
    return parsed;
  }
  json shipment = std::get<json>(std::move(parsed));
  for (const char* field : {"carrier", "tracking_number", "ship_date"}) {
    if (auto missing = require_text(shipment, field)) {
      return *missing;
    }
  }
  if (shipment.contains("service") && !shipment["service"].is_string()) {
    return ApiError{422, "service must be a string"};
  }
  if (!parse_utc_time(shipment["ship_date"].get<std::string>())) {
    return ApiError{422, "ship_date \"" + shipment["ship_date"].get<std::string>() +
                             "\" is not a UTC time such as 2026-11-23T16:00:00Z"};
  }
  if (!shipment.contains("lines") || !shipment["lines"].is_array() ||
      shipment["lines"].empty()) {
    return ApiError{422, "lines must be a non-empty list"};
  }
  for (std::size_t index = 0; index < shipment["lines"].size(); ++index) {
    json& line = shipment["lines"][index];
    const std::string path = "lines[" + std::to_string(index) + "]";
    if (!line.is_object()) {
      return ApiError{422, path + " must be an object"};
    }
    for (const char* field : {"line_number", "qty"}) {
      const auto value = line.contains(field) ? integer_from_json(line[field]) : std::nullopt;
      if (!value || *value < 1) {
        return ApiError{422, path + "." + field + " must be a whole number of at least 1"};
      }
      line[field] = *value;
    }
  }
  return shipment;
}

std::optional<ApiError> apply_shipment(json& order, const json& shipment) {
  if (!order.contains("lines") || !order["lines"].is_array()) {
    return ApiError{422, "the purchase order has no lines"};
  }
  std::map<std::int64_t, std::int64_t> shipping;
  for (const json& line : shipment["lines"]) {
    shipping[line["line_number"].get<std::int64_t>()] += line["qty"].get<std::int64_t>();
  }
  json lines = order["lines"];
  for (const auto& [line_number, quantity] : shipping) {
    json* found = nullptr;
    for (json& line : lines) {
      if (line.is_object() && line.contains("line_number") &&
          integer_from_json(line["line_number"]) == line_number) {
        found = &line;
      }
    }
    if (found == nullptr) {
      return ApiError{422, "line_number " + std::to_string(line_number) +
                               " is not a line of this purchase order"};
    }
    const std::int64_t ordered = integer_from_json((*found)["qty"]).value_or(0);
    const std::int64_t shipped =
        found->contains("qty_shipped") ? integer_from_json((*found)["qty_shipped"]).value_or(0) : 0;
    if (shipped + quantity > ordered) {
      return ApiError{422, "line_number " + std::to_string(line_number) + ": shipping " +
                               std::to_string(quantity) + " but only " +
                               std::to_string(ordered - shipped) + " of " +
                               std::to_string(ordered) + " are open"};
    }
    (*found)["qty_shipped"] = shipped + quantity;
  }
  bool all_shipped = true;
  for (const json& line : lines) {
    const std::int64_t ordered = integer_from_json(line["qty"]).value_or(0);
    const std::int64_t shipped =
        line.contains("qty_shipped") ? integer_from_json(line["qty_shipped"]).value_or(0) : 0;
    all_shipped = all_shipped && shipped >= ordered;
  }
  order["lines"] = std::move(lines);
  order["status"] = all_shipped ? "SHIPPED" : "ACKNOWLEDGED";
  return std::nullopt;
}

std::variant<json, ApiError> read_invoice(const std::string& body) {
  auto parsed = parse_object(body);
  if (std::holds_alternative<ApiError>(parsed)) {
    return parsed;
  }
  json invoice = std::get<json>(std::move(parsed));
  for (const char* field : {"invoice_number", "invoice_date", "currency", "pdf_base64"}) {
    if (auto missing = require_text(invoice, field)) {
      return *missing;
    }
  }
  if (!is_calendar_date(invoice["invoice_date"].get<std::string>())) {
    return ApiError{422, "invoice_date \"" + invoice["invoice_date"].get<std::string>() +
                             "\" is not a date such as 2026-11-23"};
  }
  if (!invoice.contains("totals") || !invoice["totals"].is_object()) {
    return ApiError{422, "totals must be an object"};
  }
  for (const char* field : {"items", "shipping", "tax", "discount", "total"}) {
    const json& totals = invoice["totals"];
    if (!totals.contains(field) || !minor_units_from_json(totals[field])) {
      return ApiError{422, std::string("totals.") + field +
                               " must be a decimal amount string such as \"19.99\""};
    }
  }
  const auto pdf = decode_base64(invoice["pdf_base64"].get<std::string>());
  if (!pdf) {
    return ApiError{422, "pdf_base64 is not valid base64"};
  }
  if (pdf->rfind("%PDF-", 0) != 0) {
    return ApiError{422, "pdf_base64 does not hold a PDF (no %PDF- header)"};
  }
  static constexpr char hex[] = "0123456789abcdef";
  std::string pdf_hex;
  for (const char byte : *pdf) {
    pdf_hex += hex[static_cast<unsigned char>(byte) >> 4];
    pdf_hex += hex[static_cast<unsigned char>(byte) & 15];
  }
  invoice.erase("pdf_base64");
  invoice["pdf_size"] = pdf->size();
  invoice["pdf_hex"] = pdf_hex;
  return invoice;
}

std::optional<std::string> decode_base64(const std::string& text) {
  if (text.size() % 4 != 0) {
    return std::nullopt;
  }
  std::string bytes;
  std::uint32_t buffer = 0;
  int bits = 0;
  std::size_t padding = 0;
  for (std::size_t index = 0; index < text.size(); ++index) {
    const char letter = text[index];
    int value = -1;
    if (letter >= 'A' && letter <= 'Z') {
      value = letter - 'A';
    } else if (letter >= 'a' && letter <= 'z') {
      value = letter - 'a' + 26;
    } else if (letter >= '0' && letter <= '9') {
      value = letter - '0' + 52;
    } else if (letter == '+') {
      value = 62;
    } else if (letter == '/') {
      value = 63;
    } else if (letter == '=' && index + 2 >= text.size()) {
      ++padding;
      continue;
    }
    if (value < 0 || padding > 0) {
      return std::nullopt;
    }
    buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return bytes;
}

}  // namespace orderhub::sandbox::smartbargains
