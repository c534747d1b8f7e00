// CS-Cart order (the JSON of GET /api/orders/<id>) -> orderhub order (the "order" of
// orderhub.order_batch/1). Pure functions: no I/O, so every rule is unit-tested on payloads.
#ifndef ORDERHUB_PLUGINS_CSCART_ORDER_MAPPING_H
#define ORDERHUB_PLUGINS_CSCART_ORDER_MAPPING_H

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "currency.h"

namespace orderhub::cscart {

// A payload that could not be mapped, as an entry of the batch's "rejected" list.
struct Rejection {
  std::optional<std::string> channel_order_id;  // the CS-Cart order_id, when readable
  std::string field;                            // dotted path in the payload: "products.7.amount"
  std::string message;
  std::string raw;  // the payload as received

  nlohmann::json to_json() const;
};

enum class MappingOutcome {
  mapped,    // order holds the orderhub order
  skipped,   // not an order for orderhub (status N, incomplete checkout); skip_reason says why
  rejected,  // rejection says which field is wrong
};

struct OrderMapping {
  MappingOutcome outcome = MappingOutcome::rejected;
  nlohmann::json order;
  Rejection rejection;
  std::string skip_reason;
};

// Maps one CS-Cart order payload. Never throws for bad payloads: JSON that is not an object,
// missing or malformed fields all come back as a rejection naming the field.
OrderMapping map_order(std::string_view payload, const Currency& currency);

// The same for a payload already parsed with parse_json_keeping_decimals(); raw is its text.
OrderMapping map_order(const nlohmann::json& wire, std::string raw, const Currency& currency);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_ORDER_MAPPING_H
