// Mapping one Supplier Oasis sales order (a <processedSalesOrder> or <list> element, with or
// without the ns2: prefix) to an orderhub order (docs/documents.md). Supplier Oasis has no buyer
// e-mail, no tax and no currency: the buyer is the ship-to contact, tax is zero, and amounts are
// in the account currency. unit_price is unitCost (what Overstock pays the supplier for a unit);
// itemPrice (Overstock's retail price) is kept in channel_data.
#ifndef ORDERHUB_PLUGINS_OVERSTOCK_ORDER_MAPPING_H
#define ORDERHUB_PLUGINS_OVERSTOCK_ORDER_MAPPING_H

#include <optional>
#include <string>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "money_text.h"

namespace orderhub::overstock {

// A payload that cannot be mapped, as the "rejected" entry of an order batch.
struct Rejection {
  std::optional<std::string> channel_order_id;
  std::string field;  // the path in the payload, e.g. "processedSalesOrderLine.1.quantity"
  std::string message;
  std::string raw;

  nlohmann::json to_json() const;
};

struct OrderMapping {
  std::optional<nlohmann::json> order;  // set when mapped
  Rejection rejection;                  // meaningful when order is not set
};

OrderMapping map_order(const pugi::xml_node& sales_order, const Currency& currency);

// Status values the mapping knows (the order's <status> and a line's <lineStatus>).
bool is_known_order_status(const std::string& status);
bool is_known_line_status(const std::string& status);

}  // namespace orderhub::overstock

#endif  // ORDERHUB_PLUGINS_OVERSTOCK_ORDER_MAPPING_H
