// Reading the write documents the host sends (orderhub.acknowledgement/1, orderhub.shipment/1,
// orderhub.invoice_upload/1) into the values the Smart Bargains calls need, and building the
// orderhub.delivery_result/1 answer. A document that lacks what Smart Bargains needs is refused
// with sdk::Error(INVALID_ARGUMENT) naming the field.
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_WRITE_REQUESTS_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_WRITE_REQUESTS_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::smartbargains {

struct Money {
  std::int64_t minor = 0;
  std::string currency;
};

struct LineQuantity {
  std::string line_id;  // the Smart Bargains line_number, as the order mapping wrote it
  std::int64_t quantity = 0;
};

struct AcknowledgementRequest {
  std::string idempotency_key;
  std::vector<std::string> po_numbers;  // orders[].channel_order_id
};

struct ShipmentRequest {
  std::string idempotency_key;
  std::string po_number;            // order.channel_order_id
  std::string carrier;              // shipment.code_to_send when non-empty, else shipment.carrier
  std::string service;              // shipment.service_code when non-empty, else shipment.service
  std::string tracking_number;      // shipment.tracking_number
  std::string ship_date;            // shipment.ship_date, RFC 3339
  std::vector<LineQuantity> lines;  // shipment.lines with a quantity above 0
};

struct InvoiceTotals {
  Money items;
  Money shipping;
  Money tax;
  Money discount;
  Money total;
};

struct InvoiceRequest {
  std::string idempotency_key;
  std::string po_number;  // order.channel_order_id
  std::string invoice_number;
  std::string invoice_date;  // YYYY-MM-DD
  InvoiceTotals totals;
  std::string pdf_base64;
};

AcknowledgementRequest read_acknowledgement_request(std::string_view document);
ShipmentRequest read_shipment_request(std::string_view document);
InvoiceRequest read_invoice_request(std::string_view document);

// {"schema": "orderhub.delivery_result/1", "channel_reference": ..., "already_applied": ...,
//  "message": ...}; channel_reference left out when empty.
std::string delivery_result(const std::string& channel_reference, bool already_applied,
                            const std::string& message);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_WRITE_REQUESTS_H
