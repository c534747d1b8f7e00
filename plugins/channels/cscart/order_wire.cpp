// Cart items and shipping method of a CS-Cart order.
#include "order_wire.h"

#include "wire_fields.h"

namespace orderhub::cscart {
namespace {

using nlohmann::json;

CartItem read_cart_item(const std::string& key, const json& product, const Currency& currency) {
  const std::string prefix = "products." + key + ".";
  if (!product.is_object()) {
    throw FieldProblem("products." + key, "expected an object describing the cart item");
  }
  CartItem item;
  item.item_id = text_field(product, "item_id", prefix + "item_id");
  if (item.item_id.empty()) {
    item.item_id = key;
  }
  item.product_id = text_field(product, "product_id", prefix + "product_id");
  item.sku = text_field(product, "product_code", prefix + "product_code");
  item.title = text_field(product, "product", prefix + "product");

  const json* amount = member(product, "amount");
  if (amount == nullptr) {
    throw FieldProblem(prefix + "amount", "the quantity is missing");
  }
  item.quantity = quantity_value(*amount, prefix + "amount");
  if (const json* shipped = member(product, "shipped_amount")) {
    item.quantity_shipped = quantity_value(*shipped, prefix + "shipped_amount");
  }
  if (item.quantity_shipped > item.quantity) {
    throw FieldProblem(prefix + "shipped_amount",
                       "shipped_amount " + std::to_string(item.quantity_shipped) +
                           " is more than the ordered amount " + std::to_string(item.quantity));
  }
  const json* price = member(product, "price");
  if (price == nullptr) {
    throw FieldProblem(prefix + "price", "the price is missing");
  }
  item.unit_price_minor = amount_value(*price, currency, prefix + "price");
  return item;
}

ShippingChoice read_shipping_entry(const std::string& key, const json& entry,
                                   const std::string& field) {
  if (!entry.is_object()) {
    throw FieldProblem(field, "expected an object describing the shipping method");
  }
  ShippingChoice choice;
  choice.shipping_id = text_field(entry, "shipping_id", field + ".shipping_id");
  if (choice.shipping_id.empty()) {
    choice.shipping_id = key;
  }
  choice.name = text_field(entry, "shipping", field + ".shipping");
  return choice;
}

}  // namespace

std::vector<CartItem> read_cart_items(const json& order, const Currency& currency) {
  const json* products = member(order, "products");
  if (products == nullptr || !(products->is_object() || products->is_array())) {
    throw FieldProblem("products", "the order has no products object");
  }
  std::vector<CartItem> items;
  if (products->is_object()) {
    for (const auto& [key, product] : products->items()) {
      items.push_back(read_cart_item(key, product, currency));
    }
  } else {
    for (std::size_t index = 0; index < products->size(); ++index) {
      items.push_back(read_cart_item(std::to_string(index), (*products)[index], currency));
    }
  }
  if (items.empty()) {
    throw FieldProblem("products", "the order has no products");
  }
  return items;
}

std::optional<ShippingChoice> read_shipping_choice(const json& order) {
  if (const json* shipping = member(order, "shipping")) {
    if (shipping->is_array() && !shipping->empty()) {
      return read_shipping_entry(std::string(), shipping->front(), "shipping.0");
    }
    if (shipping->is_object() && !shipping->empty()) {
      const auto first = shipping->begin();
      return read_shipping_entry(first.key(), first.value(), "shipping." + first.key());
    }
    if (!shipping->is_array() && !shipping->is_object()) {
      throw FieldProblem("shipping", "expected a list of shipping methods");
    }
  }
  const std::string shipping_ids = text_field(order, "shipping_ids", "shipping_ids");
  const std::string first_id = shipping_ids.substr(0, shipping_ids.find(','));
  if (first_id.empty()) {
    return std::nullopt;
  }
  return ShippingChoice{first_id, std::string()};
}

}  // namespace orderhub::cscart
