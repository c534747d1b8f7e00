// Status letters and order arithmetic; see cscart_order.h.
#include "channels/cscart/cscart_order.h"

namespace orderhub::sandbox::cscart {

std::optional<OrderStatus> parse_order_status(std::string_view letter) {
  if (letter.size() != 1) {
    return std::nullopt;
  }
  switch (letter[0]) {
    case 'O':
      return OrderStatus::Open;
    case 'P':
      return OrderStatus::Processed;
    case 'C':
      return OrderStatus::Complete;
    case 'F':
      return OrderStatus::Failed;
    case 'D':
      return OrderStatus::Declined;
    case 'B':
      return OrderStatus::Backordered;
    case 'I':
      return OrderStatus::Cancelled;
    case 'Y':
      return OrderStatus::AwaitingCall;
    case 'N':
      return OrderStatus::Incomplete;
    default:
      return std::nullopt;
  }
}

std::string status_letter(OrderStatus status) {
  return std::string(1, static_cast<char>(status));
}

std::int64_t products_subtotal_cents(const Order& order) {
  std::int64_t subtotal = 0;
  for (const auto& item : order.products) {
    subtotal += item.price_cents * item.amount;
  }
  return subtotal;
}

std::int64_t computed_total_cents(const Order& order) {
  return order.subtotal_cents - order.discount_cents + order.shipping_cost_cents +
         order.tax_subtotal_cents;
}

bool is_unpaid(OrderStatus status) {
  return status == OrderStatus::Open || status == OrderStatus::Failed ||
         status == OrderStatus::Declined || status == OrderStatus::AwaitingCall;
}

}  // namespace orderhub::sandbox::cscart
