// "shipment.upload": POST /v1/Orders(ID)/Ship {"Value": {"ShippedDateUtc", "TrackingNumber",
// "SellerFulfillmentID", "ShippingCarrier", "ShippingClass", "DeliveryStatus": "Complete",
// "Items": [{"SkuOrSiteOrderItemID", "Quantity"}]}}. SellerFulfillmentID carries the idempotency
// key, and before sending, GET /v1/Orders(ID)?$expand=Fulfillments looks for a fulfillment with
// that SellerFulfillmentID: when there is one, the shipment is already at the channel.
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_SHIPMENT_UPLOAD_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_SHIPMENT_UPLOAD_H

#include <string>

#include <nlohmann/json.hpp>

#include "channeladvisor_client.h"
#include "write_requests.h"

namespace orderhub::channeladvisor {

// The Ship body for a shipment.
nlohmann::json ship_body(const ShipmentRequest& request);

// Returns the orderhub.delivery_result/1.
std::string upload_shipment(ChannelAdvisorClient& client, const ShipmentRequest& request);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_SHIPMENT_UPLOAD_H
