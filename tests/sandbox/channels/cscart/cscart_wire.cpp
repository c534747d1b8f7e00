// CS-Cart JSON serialisation and parsing; see cscart_wire.h.
#include "channels/cscart/cscart_wire.h"

#include "core/decimal_text.h"
#include "core/json_fields.h"

#include <array>

namespace orderhub::sandbox::cscart {
namespace {

using nlohmann::json;

std::string number_text(std::int64_t value) {
  return std::to_string(value);
}

void write_address(json& wire, const char* prefix, const Address& address) {
  const std::string p = prefix;
  wire[p + "firstname"] = address.firstname;
  wire[p + "lastname"] = address.lastname;
  wire[p + "address"] = address.address;
  wire[p + "address_2"] = address.address_2;
  wire[p + "city"] = address.city;
  wire[p + "county"] = address.county;
  wire[p + "state"] = address.state;
  wire[p + "country"] = address.country;
  wire[p + "zipcode"] = address.zipcode;
  wire[p + "phone"] = address.phone;
}

Address read_address(JsonFields& fields, const char* prefix) {
  const std::string p = prefix;
  Address address;
  address.firstname = fields.text((p + "firstname").c_str());
  address.lastname = fields.text((p + "lastname").c_str());
  address.address = fields.text((p + "address").c_str());
  address.address_2 = fields.text((p + "address_2").c_str());
  address.city = fields.text((p + "city").c_str());
  address.county = fields.text((p + "county").c_str());
  address.state = fields.text((p + "state").c_str());
  address.country = fields.text((p + "country").c_str());
  address.zipcode = fields.text((p + "zipcode").c_str());
  address.phone = fields.text((p + "phone").c_str());
  return address;
}

// Every top-level key order_to_wire writes; anything else is kept in extra_fields.
bool is_modelled_field(const std::string& key) {
  static const std::array<const char*, 20> plain{
      "order_id",   "timestamp",      "updated_at",    "status",       "total",
      "subtotal",   "discount",       "shipping_cost", "tax_subtotal", "email",
      "phone",      "firstname",      "lastname",      "notes",        "details",
      "payment_id", "payment_method", "shipping_ids",  "shipping",     "products"};
  for (const char* name : plain) {
    if (key == name) {
      return true;
    }
  }
  static const std::array<const char*, 10> address_fields{
      "firstname", "lastname", "address", "address_2", "city",
      "county",    "state",    "country", "zipcode",   "phone"};
  for (const char* prefix : {"b_", "s_"}) {
    for (const char* name : address_fields) {
      if (key == std::string(prefix) + name) {
        return true;
      }
    }
  }
  return false;
}

std::optional<OrderStatus> read_status(JsonFields& fields, const char* field) {
  const std::string letter = fields.text(field);
  const auto status = parse_order_status(letter);
  if (!status) {
    fields.fail(std::string(field) + " must be one of O P C F D B I Y N, got \"" + letter + "\"");
  }
  return status;
}

std::vector<ShippingMethod> read_shipping(const json& wire, JsonFields& fields) {
  std::vector<ShippingMethod> methods;
  const auto found = wire.find("shipping");
  if (found == wire.end() || found->is_null()) {
    return methods;
  }
  // Real stores send either an array of entries or an object keyed by shipping id.
  if (!found->is_array() && !found->is_object()) {
    fields.fail("shipping must be an array or object of shipping entries, got " + found->dump());
    return methods;
  }
  for (const auto& [key, entry] : found->items()) {
    JsonFields entry_fields(entry, "shipping." + key + ".");
    ShippingMethod method;
    method.shipping_id =
        entry_fields.has("shipping_id") ? std::to_string(entry_fields.integer("shipping_id")) : key;
    method.shipping = entry_fields.required_text("shipping");
    if (entry_fields.failed()) {
      fields.fail(*entry_fields.error());
    }
    methods.push_back(std::move(method));
  }
  return methods;
}

std::vector<CartItem> read_products(const json& wire, JsonFields& fields) {
  std::vector<CartItem> items;
  const auto found = wire.find("products");
  if (found == wire.end() || !found->is_object() || found->empty()) {
    fields.fail("products must be a non-empty object keyed by item_id");
    return items;
  }
  for (const auto& [key, entry] : found->items()) {
    JsonFields item_fields(entry, "products." + key + ".");
    CartItem item;
    item.item_id = item_fields.text("item_id", key);
    item.product_id = item_fields.integer("product_id", 0);
    item.product_code = item_fields.required_text("product_code");
    item.product = item_fields.text("product", item.product_code);
    item.price_cents = item_fields.minor_units("price");
    item.amount = item_fields.integer("amount");
    item.shipped_amount = item_fields.integer("shipped_amount", 0);
    if (!item_fields.failed() && item.item_id != key) {
      item_fields.fail("products." + key + ".item_id must equal its key, got \"" + item.item_id +
                       "\"");
    }
    if (!item_fields.failed() &&
        (item.amount <= 0 || item.shipped_amount < 0 || item.shipped_amount > item.amount)) {
      item_fields.fail("products." + key + " needs 0 < amount and 0 <= shipped_amount <= amount");
    }
    if (item_fields.failed()) {
      fields.fail(*item_fields.error());
    }
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace

json order_to_wire(const Order& order) {
  json wire = order.extra_fields.is_object() ? order.extra_fields : json::object();
  wire["order_id"] = number_text(order.order_id);
  wire["timestamp"] = number_text(order.timestamp);
  wire["updated_at"] = number_text(order.updated_at);
  wire["status"] = status_letter(order.status);
  wire["total"] = format_minor_units(order.total_cents);
  wire["subtotal"] = format_minor_units(order.subtotal_cents);
  wire["discount"] = format_minor_units(order.discount_cents);
  wire["shipping_cost"] = format_minor_units(order.shipping_cost_cents);
  wire["tax_subtotal"] = format_minor_units(order.tax_subtotal_cents);
  wire["email"] = order.email;
  wire["phone"] = order.phone;
  wire["firstname"] = order.billing.firstname;
  wire["lastname"] = order.billing.lastname;
  write_address(wire, "b_", order.billing);
  write_address(wire, "s_", order.shipping_address);
  wire["notes"] = order.notes;
  wire["details"] = order.details;
  wire["payment_id"] = order.payment_method.payment_id;
  wire["payment_method"] = {{"payment_id", order.payment_method.payment_id},
                            {"payment", order.payment_method.payment}};
  json shipping = json::array();
  std::string shipping_ids;
  for (const auto& method : order.shipping) {
    shipping.push_back({{"shipping_id", method.shipping_id}, {"shipping", method.shipping}});
    shipping_ids += (shipping_ids.empty() ? "" : ",") + method.shipping_id;
  }
  wire["shipping"] = std::move(shipping);
  wire["shipping_ids"] = shipping_ids;
  json products = json::object();
  for (const auto& item : order.products) {
    products[item.item_id] = {{"item_id", item.item_id},
                              {"order_id", number_text(order.order_id)},
                              {"product_id", number_text(item.product_id)},
                              {"product_code", item.product_code},
                              {"product", item.product},
                              {"price", format_minor_units(item.price_cents)},
                              {"amount", number_text(item.amount)},
                              {"shipped_amount", number_text(item.shipped_amount)}};
  }
  wire["products"] = std::move(products);
  return wire;
}

json order_summary_to_wire(const Order& order) {
  return {
      {"order_id", number_text(order.order_id)},        {"timestamp", number_text(order.timestamp)},
      {"updated_at", number_text(order.updated_at)},    {"status", status_letter(order.status)},
      {"total", format_minor_units(order.total_cents)}, {"email", order.email},
      {"firstname", order.billing.firstname},           {"lastname", order.billing.lastname}};
}

json shipment_to_wire(const Shipment& shipment) {
  json products = json::object();
  for (const auto& [item_id, quantity] : shipment.products) {
    products[item_id] = number_text(quantity);
  }
  return {{"shipment_id", number_text(shipment.shipment_id)},
          {"order_id", number_text(shipment.order_id)},
          {"timestamp", number_text(shipment.timestamp)},
          {"shipping_id", shipment.shipping_id},
          {"shipping", shipment.shipping},
          {"carrier", shipment.carrier},
          {"tracking_number", shipment.tracking_number},
          {"comments", shipment.comments},
          {"products", std::move(products)}};
}

std::variant<Order, std::string> order_from_wire(const json& wire) {
  JsonFields fields(wire);
  if (fields.failed()) {
    return *fields.error();
  }
  Order order;
  order.order_id = fields.integer("order_id");
  order.timestamp = fields.integer("timestamp");
  order.updated_at = fields.integer("updated_at", order.timestamp);
  if (const auto status = read_status(fields, "status")) {
    order.status = *status;
  }
  order.total_cents = fields.minor_units("total");
  order.subtotal_cents = fields.minor_units("subtotal");
  order.discount_cents = fields.minor_units("discount");
  order.shipping_cost_cents = fields.minor_units("shipping_cost");
  order.tax_subtotal_cents = fields.minor_units("tax_subtotal");
  order.email = fields.text("email");
  order.phone = fields.text("phone");
  order.billing = read_address(fields, "b_");
  order.shipping_address = read_address(fields, "s_");
  order.notes = fields.text("notes");
  order.details = fields.text("details");
  if (wire.contains("payment_method") && wire.at("payment_method").is_object()) {
    JsonFields payment(wire.at("payment_method"), "payment_method.");
    order.payment_method.payment_id = payment.has("payment_id")
                                          ? std::to_string(payment.integer("payment_id"))
                                          : fields.text("payment_id");
    order.payment_method.payment = payment.text("payment");
    if (payment.failed()) {
      fields.fail(*payment.error());
    }
  }
  order.shipping = read_shipping(wire, fields);
  order.products = read_products(wire, fields);
  for (const auto& [key, value] : wire.items()) {
    if (!is_modelled_field(key)) {
      order.extra_fields[key] = value;
    }
  }
  if (order.order_id <= 0 && !fields.failed()) {
    fields.fail("order_id must be a positive integer, got " + wire.at("order_id").dump());
  }
  if (fields.failed()) {
    return *fields.error();
  }
  return order;
}

std::variant<ShipmentRequest, ApiError> shipment_request_from_wire(const json& body) {
  JsonFields fields(body);
  ShipmentRequest request;
  request.order_id = fields.integer("order_id");
  request.shipping_id =
      fields.has("shipping_id") ? std::to_string(fields.integer("shipping_id")) : std::string();
  request.shipping = fields.text("shipping");
  request.carrier = fields.text("carrier");
  request.tracking_number = fields.text("tracking_number");
  request.comments = fields.text("comments");
  if (fields.has("order_status")) {
    request.order_status = read_status(fields, "order_status");
  }
  if (fields.failed()) {
    return ApiError{400, *fields.error()};
  }
  const json& products = body.contains("products") ? body.at("products") : json();
  if (!products.is_object() || products.empty()) {
    return ApiError{
        400, "products must be a non-empty object {item_id: quantity}, got " + products.dump()};
  }
  for (const auto& [item_id, quantity] : products.items()) {
    const auto parsed = integer_from_json(quantity);
    if (!parsed || *parsed <= 0) {
      return ApiError{
          400, "products." + item_id + " must be a positive quantity, got " + quantity.dump()};
    }
    request.products.emplace_back(item_id, *parsed);
  }
  return request;
}

std::variant<OrderUpdateRequest, ApiError> order_update_from_wire(const json& body) {
  JsonFields fields(body);
  OrderUpdateRequest update;
  if (fields.has("status")) {
    update.status = read_status(fields, "status");
  }
  if (fields.has("details")) {
    update.details = fields.text("details");
  }
  if (fields.failed()) {
    return ApiError{400, *fields.error()};
  }
  if (!update.status && !update.details) {
    return ApiError{400, "nothing to change: expected \"status\" or \"details\""};
  }
  return update;
}

}  // namespace orderhub::sandbox::cscart
