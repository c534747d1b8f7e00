// The CS-Cart emulator's model of an order and a shipment. Amounts are integer cents; the wire
// form (decimal strings, numbers as strings) lives in cscart_wire.h.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace orderhub::sandbox::cscart {

// CS-Cart's one-letter order statuses.
enum class OrderStatus : char {
  Open = 'O',       // placed, not paid
  Processed = 'P',  // paid, to be shipped
  Complete = 'C',   // shipped
  Failed = 'F',
  Declined = 'D',
  Backordered = 'B',
  Cancelled = 'I',
  AwaitingCall = 'Y',
  Incomplete = 'N',  // checkout abandoned: never listed
};

std::optional<OrderStatus> parse_order_status(std::string_view letter);
std::string status_letter(OrderStatus status);

struct Address {
  std::string firstname;
  std::string lastname;
  std::string address;
  std::string address_2;
  std::string city;
  std::string county;
  std::string state;
  std::string country;
  std::string zipcode;
  std::string phone;
};

// One line of the order; `products` on the wire is an object keyed by item_id.
struct CartItem {
  std::string item_id;
  std::int64_t product_id = 0;
  std::string product_code;  // the SKU
  std::string product;       // the title
  std::int64_t price_cents = 0;
  std::int64_t amount = 0;  // quantity ordered
  std::int64_t shipped_amount = 0;
};

struct ShippingMethod {
  std::string shipping_id;
  std::string shipping;  // the method's name, e.g. "UPS Ground"
};

struct PaymentMethod {
  std::string payment_id;
  std::string payment;
};

struct Order {
  std::int64_t order_id = 0;
  std::int64_t timestamp = 0;   // placed, unix seconds
  std::int64_t updated_at = 0;  // last modified, unix seconds
  OrderStatus status = OrderStatus::Open;
  std::int64_t subtotal_cents = 0;
  std::int64_t discount_cents = 0;
  std::int64_t shipping_cost_cents = 0;
  std::int64_t tax_subtotal_cents = 0;
  std::int64_t total_cents = 0;
  std::string email;
  std::string phone;
  Address billing;
  Address shipping_address;
  std::vector<ShippingMethod> shipping;
  PaymentMethod payment_method;
  std::vector<CartItem> products;
  std::string notes;    // the customer's notes
  std::string details;  // staff notes; a partial refund appends a line here
  // Top-level fields this model does not know, kept so admin edits can add custom fields.
  nlohmann::json extra_fields = nlohmann::json::object();
};

struct Shipment {
  std::int64_t shipment_id = 0;
  std::int64_t order_id = 0;
  std::int64_t timestamp = 0;
  std::string shipping_id;
  std::string shipping;
  std::string carrier;
  std::string tracking_number;
  std::string comments;
  std::vector<std::pair<std::string, std::int64_t>> products;  // item_id -> quantity
};

// Sum of price * amount over the lines.
std::int64_t products_subtotal_cents(const Order& order);

// subtotal - discount + shipping_cost + tax_subtotal: what `total` must equal.
std::int64_t computed_total_cents(const Order& order);

// O, F, D and Y: placed but not paid.
bool is_unpaid(OrderStatus status);

}  // namespace orderhub::sandbox::cscart
