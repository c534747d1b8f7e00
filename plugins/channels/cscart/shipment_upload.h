// "shipment.upload": orderhub.shipment/1 -> POST /api/shipments, made idempotent.
//
// Before posting, GET /api/shipments?order_id=N: a shipment that carries this idempotency key in
// its comments, or the same non-empty tracking_number for the same products, is the effect of an
// earlier attempt, and the answer is already_applied with its shipment_id. Otherwise the order is
// read (GET /api/orders/N) to check the items and to learn whether this shipment completes it, in
// which case "order_status": "C" is sent along.
#ifndef ORDERHUB_PLUGINS_CSCART_SHIPMENT_UPLOAD_H
#define ORDERHUB_PLUGINS_CSCART_SHIPMENT_UPLOAD_H

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "cscart_client.h"
#include "currency.h"
#include "write_requests.h"

namespace orderhub::cscart {

// The comment every shipment this plugin creates carries, so a retry can find it.
std::string shipment_comment(const std::string& idempotency_key);

// The shipment_id of the shipment in list_reply (GET /api/shipments) that is this request's
// effect, if any.
std::optional<std::string> find_applied_shipment(const nlohmann::json& list_reply,
                                                 const ShipmentRequest& request);

// The body of POST /api/shipments for request against the live CS-Cart order. Throws
// sdk::Error(INVALID_ARGUMENT) when a line is not an item of the order, or ships more than is
// left to ship.
nlohmann::json shipment_body(const ShipmentRequest& request, const nlohmann::json& live_order,
                             const Currency& currency);

// Answers the orderhub.delivery_result/1.
std::string upload_shipment(const CscartClient& client, const Currency& currency,
                            const ShipmentRequest& request);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_SHIPMENT_UPLOAD_H
