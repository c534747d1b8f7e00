// The two writes Cdiscount takes, both through ValidateOrderList:
// - "orders.acknowledge": accept the orders still WaitingForSellerAcceptation (OrderState and
//   every line AcceptedBySeller);
// - "shipment.upload": OrderState Shipped, lines ShippedBySeller, CarrierName, TrackingNumber,
//   TrackingUrl.
// Both look first (GetOrderList by OrderReferenceList) and answer already_applied when the
// effect is there: the order accepted or beyond; the order Shipped with this tracking number.
// A per-order Validated false inside an OperationSuccess true envelope is a failure: permanent
// (FAILED_PRECONDITION) unless its ErrorType is TechnicalError (UNAVAILABLE, retried).
#ifndef ORDERHUB_PLUGINS_CDISCOUNT_ORDER_VALIDATION_H
#define ORDERHUB_PLUGINS_CDISCOUNT_ORDER_VALIDATION_H

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cdiscount_client.h"

namespace orderhub::cdiscount {

struct ValidateLine {
  std::string seller_product_id;
  std::string product_condition;
};

struct ValidateOrder {
  std::string order_number;
  std::string order_state;  // "AcceptedBySeller" or "Shipped"
  std::string line_state;   // "AcceptedBySeller" or "ShippedBySeller"
  std::vector<ValidateLine> lines;
  std::string carrier_name;     // shipping only
  std::string tracking_number;  // shipping only
  std::string tracking_url;     // shipping only
};

// The <validateOrderListMessage> element.
std::string validate_message_xml(const std::vector<ValidateOrder>& orders);

// Throws sdk::Error for the first order whose ValidateOrderResult says Validated false.
void check_validate_results(const pugi::xml_node& result);

// A carrier's public tracking page for a number, or "" for carriers without a known one.
std::string tracking_url_for(std::string_view carrier, std::string_view tracking_number);

// orderhub.acknowledgement/1 -> orderhub.delivery_result/1.
std::string acknowledge_orders(const CdiscountClient& client, std::string_view request);

// orderhub.shipment/1 -> orderhub.delivery_result/1.
std::string upload_shipment(const CdiscountClient& client, std::string_view request);

}  // namespace orderhub::cdiscount

#endif  // ORDERHUB_PLUGINS_CDISCOUNT_ORDER_VALIDATION_H
