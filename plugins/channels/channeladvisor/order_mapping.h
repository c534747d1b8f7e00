// One ChannelAdvisor order (an element of GET /v1/Orders "value", with Items and Fulfillments
// expanded) -> one order of orderhub.order_batch/1, or a rejection naming the order and the field.
//
// Statuses: PaymentStatus NotYetSubmitted -> no_payment, Submitted -> authorized, Cleared and
// Deposited -> charged, Failed -> payment_error. ShippingStatus Unshipped and PendingShipment ->
// unshipped, PartiallyShipped -> partially_shipped, Shipped -> fully_shipped, Canceled ->
// cancelled, ThirdPartyManaged -> third_party_managed (fulfilled outside the hub). Any other value
// is refused, so a new status is noticed instead of guessed.
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_ORDER_MAPPING_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_ORDER_MAPPING_H

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "money_text.h"

namespace orderhub::channeladvisor {

struct Rejection {
  std::optional<std::string> channel_order_id;  // the order's ID when it has a usable one
  std::string field;                            // the wire field path: "Items[1].Quantity"
  std::string message;
  std::string raw;  // the order as received
  nlohmann::json to_json() const;
};

struct OrderMapping {
  bool mapped = false;
  nlohmann::json order;  // when mapped
  Rejection rejection;   // when not
};

// Maps `wire`, parsed with parse_json_keeping_decimals. `fallback_currency` is used when the order
// names no Currency.
OrderMapping map_order(const nlohmann::json& wire, const Currency& fallback_currency);

// True for SiteName values of eBay ("eBay", "eBay Fixed Price US", ...).
bool is_ebay_site(std::string_view site_name);

// True for SiteName values of Amazon ("Amazon Seller Central - US", ...).
bool is_amazon_site(std::string_view site_name);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_ORDER_MAPPING_H
