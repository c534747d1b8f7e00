// Smart Bargains purchase order (one element of GET /v1/orders' "orders") -> orderhub order (the
// "order" of orderhub.order_batch/1). Pure functions: no I/O, so every rule is unit-tested on
// payloads.
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_MAPPING_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_MAPPING_H

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "currency.h"

namespace orderhub::smartbargains {

// The purchase order statuses Smart Bargains sends.
enum class PurchaseOrderStatus { new_order, acknowledged, shipped, cancelled };

std::optional<PurchaseOrderStatus> purchase_order_status(std::string_view text);

// A payload that could not be mapped, as an entry of the batch's "rejected" list.
struct Rejection {
  std::optional<std::string> channel_order_id;  // the po_number, when readable
  std::string field;                            // dotted path in the payload: "lines.1.qty"
  std::string message;
  std::string raw;  // the payload as received

  nlohmann::json to_json() const;
};

struct OrderMapping {
  bool mapped = false;
  nlohmann::json order;  // when mapped
  Rejection rejection;   // when not
};

// Maps one purchase order given as JSON text. Never throws for bad payloads: text that is not a
// JSON object, missing or malformed fields all come back as a rejection naming the field.
// default_currency applies when the order has no "currency".
OrderMapping map_order(std::string_view payload, const Currency& default_currency);

// The same for a payload already parsed with parse_json_keeping_decimals(); raw is its text.
OrderMapping map_order(const nlohmann::json& wire, std::string raw,
                       const Currency& default_currency);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_MAPPING_H
