// order.h: an order as the hub keeps it: what the channel sent (buyer, addresses, lines, totals,
// its own status and data) together with the hub's own state (the three statuses, the channel-sync
// flags, the mapped shipping method, what was shipped, cancelled, refunded and returned).
// All money of one order is in the order's currency.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ids.h"
#include "domain/money.h"
#include "domain/statuses.h"
#include "domain/time.h"

namespace orderhub::domain {

struct Buyer {
  std::string name{};
  std::string email{};
  std::string phone{};

  friend bool operator==(const Buyer&, const Buyer&) = default;
};

struct Address {
  std::string name{};
  std::string company{};
  std::string line1{};
  std::string line2{};
  std::string city{};
  std::string state{};
  std::string postal_code{};
  std::string country{};  // ISO 3166-1 alpha-2, uppercase, or empty
  std::string phone{};

  friend bool operator==(const Address&, const Address&) = default;
};

// How the order ships: the channel's method as received, and what the account's shipping mapping
// turned it into.
struct ShippingChoice {
  std::string channel_method{};  // the channel's method name or code ("code to receive"), verbatim
  std::string carrier{};         // mapped carrier, empty while unmapped
  std::string service{};         // mapped service
  std::string code_to_send{};    // carrier code the channel expects with tracking
  std::string service_code{};    // service level code the channel expects
  bool rush = false;
  bool unmapped = false;  // channel_method has no mapping: reported, never guessed

  friend bool operator==(const ShippingChoice&, const ShippingChoice&) = default;
};

struct OrderTotals {
  Money items{};
  Money shipping{};
  Money tax{};
  Money discount{};
  Money total{};

  friend bool operator==(const OrderTotals&, const OrderTotals&) = default;
};

struct OrderLine {
  std::string line_id{};  // the channel's line id, stable across downloads
  std::string sku{};
  std::string title{};
  std::int64_t quantity = 0;
  std::int64_t quantity_shipped = 0;
  std::int64_t quantity_cancelled = 0;
  std::int64_t quantity_refunded = 0;
  std::int64_t quantity_returned = 0;
  Money unit_price{};  // per unit
  Money tax{};         // for the whole line
  Money shipping{};    // for the whole line
  Money discount{};    // for the whole line

  friend bool operator==(const OrderLine&, const OrderLine&) = default;
};

// A quantity of one order line, as shipped, cancelled or returned.
struct LineQuantity {
  std::string line_id{};
  std::int64_t quantity = 0;

  friend bool operator==(const LineQuantity&, const LineQuantity&) = default;
};

struct Order {
  OrderId id{};  // assigned by the store
  AccountId account{};
  ChannelOrderId channel_order_id{};
  Timestamp created_at{};   // on the channel
  Timestamp updated_at{};   // on the channel: last modification the hub has seen
  Timestamp imported_at{};  // when the hub first stored the order
  Currency currency{};

  OrderStatus status = OrderStatus::in_process;
  ShippingStatus shipping_status = ShippingStatus::unshipped;
  PaymentStatus payment_status = PaymentStatus::no_payment;

  bool channel_notified_for_shipping =
      false;  // "Ship Confirmed": the channel accepted the shipment
  bool invoice_sent_to_channel = false;
  bool third_party_managed = false;  // fulfilled outside the hub: nothing is ever sent back

  std::string channel_status{};  // the channel's own status, verbatim
  std::string marketplace{};     // the marketplace behind an aggregator, if any
  Buyer buyer{};
  Address ship_to{};
  Address bill_to{};
  ShippingChoice shipping{};

  OrderTotals totals{};
  Money paid{};
  Money refunded{};
  Money discount_added{};  // refunds taken as a discount on what is owed

  std::string hold_reason{};
  std::string notes{};
  std::vector<OrderLine> lines{};

  std::string channel_data{};  // JSON the plugin needs again later; opaque to the hub
  std::string raw{};           // the channel's payload, verbatim, for audit

  friend bool operator==(const Order&, const Order&) = default;
};

// The line with this channel line id, or nullptr.
const OrderLine* find_line(const Order& order, std::string_view line_id);
OrderLine* find_line(Order& order, std::string_view line_id);

// Every amount of the order (totals, paid, refunded, discount_added, each line's money) paired with
// the field name used in messages, e.g. "lines[2].unit_price".
struct NamedAmount {
  std::string field{};
  const Money* amount;
};
std::vector<NamedAmount> amounts_of(const Order& order);

// An error naming the first amount whose currency is not the order's, or nullopt when they agree.
std::optional<Error> check_currencies(const Order& order);

}  // namespace orderhub::domain
