// statuses.h: the three independent statuses of an order, with their exact text forms
// (the ones users know from the systems orderhub replaces, and the ones documents carry).
#pragma once

#include <string_view>

#include "domain/result.h"

namespace orderhub::domain {

enum class OrderStatus {
  in_process,  // "in_process": new or partly shipped
  on_hold,     // "on_hold"
  completed,   // "completed": fully shipped
  cancelled,   // "cancelled"
  problem,     // "problem": held and flagged
  voided,      // "void": hidden, a soft delete
};

enum class ShippingStatus {
  unshipped,          // "unshipped"
  partially_shipped,  // "partially_shipped"
  fully_shipped,      // "fully_shipped"
};

enum class PaymentStatus {
  no_payment,       // "no_payment"
  authorized,       // "authorized"
  charged,          // "charged"
  partial_payment,  // "partial_payment"
  partial_refund,   // "partial_refund"
  full_refund,      // "full_refund"
  payment_error,    // "payment_error"
};

std::string_view to_string(OrderStatus status);
std::string_view to_string(ShippingStatus status);
std::string_view to_string(PaymentStatus status);

Result<OrderStatus> parse_order_status(std::string_view text);
Result<ShippingStatus> parse_shipping_status(std::string_view text);
Result<PaymentStatus> parse_payment_status(std::string_view text);

}  // namespace orderhub::domain
