// The write calls: "orders.acknowledge" (POST /v1/orders/{po}/acknowledge), "shipment.upload"
// (POST /v1/orders/{po}/shipments) and "invoice.upload" (POST /v1/orders/{po}/invoices).
//
// Every POST carries "Idempotency-Key": the document's idempotency_key (for an acknowledgement of
// several orders, "<idempotency_key>/<po_number>" per order). Smart Bargains keeps the first
// answer for a key and replays it with "Idempotent-Replayed: true"; the plugin then answers
// already_applied. An acknowledgement also counts as already applied when Smart Bargains says
// the order was acknowledged before ("already_acknowledged": true).
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_WRITES_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_WRITES_H

#include <string>

#include <nlohmann/json.hpp>

#include "smartbargains_client.h"
#include "write_requests.h"

namespace orderhub::smartbargains {

// The body of POST /v1/orders/{po}/shipments.
nlohmann::json shipment_body(const ShipmentRequest& request);

// The body of POST /v1/orders/{po}/invoices: amounts as decimal strings in the totals' currency.
// Throws sdk::Error(INVALID_ARGUMENT) when the totals mix currencies.
nlohmann::json invoice_body(const InvoiceRequest& request);

// Each answers an orderhub.delivery_result/1.
std::string acknowledge_orders(const SmartBargainsClient& client,
                               const AcknowledgementRequest& request);
std::string upload_shipment(const SmartBargainsClient& client, const ShipmentRequest& request);
std::string upload_invoice(const SmartBargainsClient& client, const InvoiceRequest& request);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_WRITES_H
