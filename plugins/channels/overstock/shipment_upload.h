// "shipment.upload" and "cancel.channel": both are POST /shipments with a
// supplierShipmentMessage holding one supplierShipment per line; a shipped line carries a
// supplierShipConfirmation, a cancelled line a shortShip with a reason code.
//
// Idempotency (SYNTHETIC): every supplierShipment carries the write's <idempotencyKey>, which the
// channel keeps; before posting, GET /shipments?salesChannelOrderNumber=N lists what the channel
// already holds for the order, and a message whose key is there is answered already_applied.
#ifndef ORDERHUB_PLUGINS_OVERSTOCK_SHIPMENT_UPLOAD_H
#define ORDERHUB_PLUGINS_OVERSTOCK_SHIPMENT_UPLOAD_H

#include <string>

#include <pugixml.hpp>

#include "overstock_client.h"
#include "write_requests.h"

namespace orderhub::overstock {

// The XML bodies, as posted.
std::string shipment_message(const ShipmentRequest& request, const std::string& warehouse_code);
std::string short_ship_message(const CancellationRequest& request,
                               const std::string& warehouse_code);

// Whether a GET /shipments (or /returns) reply holds an element carrying this idempotency key.
bool holds_idempotency_key(const pugi::xml_document& reply, const std::string& key);

std::string upload_shipment(const OverstockClient& client, const std::string& warehouse_code,
                            const ShipmentRequest& request);
std::string cancel_order(const OverstockClient& client, const std::string& warehouse_code,
                         const CancellationRequest& request);

}  // namespace orderhub::overstock

#endif  // ORDERHUB_PLUGINS_OVERSTOCK_SHIPMENT_UPLOAD_H
