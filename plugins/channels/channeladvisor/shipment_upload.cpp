// Ship, checked first against the order's fulfillments.
#include "shipment_upload.h"

#include <orderhub/sdk/error.h>

#include "exact_json.h"

namespace orderhub::channeladvisor {

using nlohmann::json;

json ship_body(const ShipmentRequest& request) {
  json items = json::array();
  for (const LineQuantity& line : request.lines) {
    const auto found = request.order.item_reference.find(line.line_id);
    if (found == request.order.item_reference.end() || found->second.empty()) {
      throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                       "shipment.lines: line " + line.line_id + " of order " +
                           request.order.order_id + " has neither a SiteOrderItemID nor a SKU");
    }
    items.push_back({{"SkuOrSiteOrderItemID", found->second}, {"Quantity", line.quantity}});
  }
  json value = {{"ShippedDateUtc", request.ship_date},
                {"TrackingNumber", request.tracking_number},
                {"SellerFulfillmentID", request.idempotency_key},
                {"ShippingCarrier", request.carrier},
                {"DeliveryStatus", "Complete"},
                {"Items", std::move(items)}};
  if (!request.service.empty()) {
    value["ShippingClass"] = request.service;
  }
  return json{{"Value", std::move(value)}};
}

std::string upload_shipment(ChannelAdvisorClient& client, const ShipmentRequest& request) {
  if (request.order.third_party_managed) {
    throw sdk::Error(sdk::Status::FAILED_PRECONDITION,
                     "order " + request.order.order_id +
                         " is third-party managed: its shipments are not sent to ChannelAdvisor");
  }
  const json body = ship_body(request);
  const JsonReply current =
      client.get("/v1/Orders(" + request.order.order_id + ")?$expand=Fulfillments");
  if (const json* fulfillments = member(current.body, "Fulfillments");
      fulfillments != nullptr && fulfillments->is_array()) {
    for (const json& fulfillment : *fulfillments) {
      const json* seller_id = member(fulfillment, "SellerFulfillmentID");
      if (seller_id != nullptr && seller_id->is_string() &&
          seller_id->get<std::string>() == request.idempotency_key) {
        const json* id = member(fulfillment, "ID");
        return delivery_result(id ? "fulfillment " + id->dump() : "", true,
                               "the shipment was already at ChannelAdvisor");
      }
    }
  }
  client.post("/v1/Orders(" + request.order.order_id + ")/Ship", dump_json(body));
  return delivery_result("", false, "shipped order " + request.order.order_id);
}

}  // namespace orderhub::channeladvisor
