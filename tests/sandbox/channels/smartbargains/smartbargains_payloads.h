// Checking the bodies of shipment and invoice POSTs field by field (the first problem names the
// field and the input), and applying a shipment to an order held in the wire shape.
#pragma once

#include "core/reply.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <variant>

namespace orderhub::sandbox::smartbargains {

// {"lines": [{"line_number", "qty"}], "carrier", "service", "tracking_number", "ship_date"} ->
// the same, checked (line_number and qty as integers), or a 400/422 naming the field.
std::variant<nlohmann::json, ApiError> read_shipment(const std::string& body);

// Adds the shipped quantities to the order's lines (qty_shipped) and moves its status to SHIPPED
// when every line is shipped, else ACKNOWLEDGED (shipping implies acknowledging). A 422 when a
// line is unknown or more than its open quantity is shipped; then nothing changes.
std::optional<ApiError> apply_shipment(nlohmann::json& order, const nlohmann::json& shipment);

// {"invoice_number", "invoice_date", "currency", "totals": {items, shipping, tax, discount,
// total}, "pdf_base64"} -> the fields without pdf_base64, plus "pdf_size" and "pdf_hex" (the
// decoded bytes in hex), or a 400/422 naming the field. The PDF must decode and start "%PDF-".
std::variant<nlohmann::json, ApiError> read_invoice(const std::string& body);

// RFC 4648 base64 (padding required); nullopt for anything else.
std::optional<std::string> decode_base64(const std::string& text);

}  // namespace orderhub::sandbox::smartbargains
