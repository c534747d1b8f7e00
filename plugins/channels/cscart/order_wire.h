// The parts of a CS-Cart order (GET /api/orders/<id>) that both the download and the write calls
// read: its cart items ("products", an object keyed by cart item id) and its shipping method
// ("shipping", an array of methods or an object keyed by shipping id).
#ifndef ORDERHUB_PLUGINS_CSCART_ORDER_WIRE_H
#define ORDERHUB_PLUGINS_CSCART_ORDER_WIRE_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "currency.h"

namespace orderhub::cscart {

struct CartItem {
  std::string item_id;                // the cart item id: "item_id", else the key in "products"
  std::string product_id;             // "product_id"
  std::string sku;                    // "product_code"; may be empty
  std::string title;                  // "product"
  std::int64_t quantity = 0;          // "amount"
  std::int64_t quantity_shipped = 0;  // "shipped_amount"; 0 when absent
  std::int64_t unit_price_minor = 0;  // "price", in minor units of the account currency
};

// Every item of order["products"], ordered by their keys (cart item ids). Throws FieldProblem
// naming e.g. "products.7.amount" for a missing or malformed value, and "products" when there is no
// item at all (an object or, when PHP encoded an empty or sequential array, an array).
std::vector<CartItem> read_cart_items(const nlohmann::json& order, const Currency& currency);

struct ShippingChoice {
  std::string shipping_id;  // "1"; may be empty when CS-Cart gave only the name
  std::string name;         // "UPS Ground"; may be empty when CS-Cart gave only the id
};

// The order's first shipping method: the first entry of "shipping" (array of {shipping_id,
// shipping}, or object keyed by shipping id), else the first id of "shipping_ids" ("1,3").
// nullopt when the order names none (downloadable goods). Throws FieldProblem for a malformed
// "shipping".
std::optional<ShippingChoice> read_shipping_choice(const nlohmann::json& order);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_ORDER_WIRE_H
