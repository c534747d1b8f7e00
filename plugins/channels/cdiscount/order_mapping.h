// One Cdiscount <Order> (GetOrderList with FetchOrderLines) -> one orderhub order, or a rejection
// naming the order and the field. Amounts are VAT-inclusive decimals turned into exact minor
// units; PurchasePrice is read as the price of the whole line (unit price x Quantity).
#ifndef ORDERHUB_PLUGINS_CDISCOUNT_ORDER_MAPPING_H
#define ORDERHUB_PLUGINS_CDISCOUNT_ORDER_MAPPING_H

#include <optional>
#include <string>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

namespace orderhub::cdiscount {

struct Rejection {
  std::optional<std::string> channel_order_id;
  std::string field;  // e.g. "OrderLineList.OrderLine.2.Quantity"
  std::string message;
  std::string raw;

  nlohmann::json to_json() const;
};

struct OrderMapping {
  std::optional<nlohmann::json> order;  // set when mapped
  Rejection rejection;                  // meaningful when order is empty
};

OrderMapping map_order(const pugi::xml_node& order_node, const std::string& currency);

// The element as XML text, for "raw".
std::string xml_text(const pugi::xml_node& node);

}  // namespace orderhub::cdiscount

#endif  // ORDERHUB_PLUGINS_CDISCOUNT_ORDER_MAPPING_H
