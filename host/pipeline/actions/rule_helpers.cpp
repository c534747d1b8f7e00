// rule_helpers.cpp: the pieces the order rules share.
#include "pipeline/actions/rule_helpers.h"

namespace orderhub::pipeline::rules {

using domain::Error;
using domain::LineQuantity;
using domain::Order;
using domain::OrderLine;

namespace {

std::string line_ids_of(const Order& order) {
  std::string ids;
  for (const OrderLine& line : order.lines) {
    ids += (ids.empty() ? "" : ", ") + line.line_id;
  }
  return ids;
}

}  // namespace

domain::Result<std::vector<LineQuantity>> check_requested_lines(
    const Order& order, const std::vector<LineQuantity>& requested) {
  std::vector<LineQuantity> merged;
  for (const LineQuantity& wanted : requested) {
    if (domain::find_line(order, wanted.line_id) == nullptr) {
      return Error{order_name(order) + " has no line " + domain::quoted(wanted.line_id) +
                   " (its lines: " + line_ids_of(order) + ")"};
    }
    if (wanted.quantity <= 0) {
      return Error{"line " + wanted.line_id + ": quantity must be a positive integer (got " +
                   std::to_string(wanted.quantity) + ")"};
    }
    bool seen = false;
    for (LineQuantity& earlier : merged) {
      if (earlier.line_id == wanted.line_id) {
        if (__builtin_add_overflow(earlier.quantity, wanted.quantity, &earlier.quantity)) {
          return Error{"line " + wanted.line_id + ": the quantities asked for are too large"};
        }
        seen = true;
      }
    }
    if (!seen) {
      merged.push_back(wanted);
    }
  }
  return merged;
}

std::int64_t open_quantity(const OrderLine& line) {
  return line.quantity - line.quantity_shipped - line.quantity_cancelled;
}

void settle_fulfilment(Order& order) {
  std::int64_t shipped = 0;
  std::int64_t open = 0;
  for (const OrderLine& line : order.lines) {
    shipped += line.quantity_shipped;
    open += open_quantity(line);
  }
  if (open > 0) {
    order.shipping_status =
        shipped > 0 ? domain::ShippingStatus::partially_shipped : domain::ShippingStatus::unshipped;
    return;
  }
  if (shipped > 0) {
    order.shipping_status = domain::ShippingStatus::fully_shipped;
    order.status = domain::OrderStatus::completed;
  } else {
    order.shipping_status = domain::ShippingStatus::unshipped;
    order.status = domain::OrderStatus::cancelled;
  }
}

domain::Result<std::vector<Restock>> restock_for(const Order& order,
                                                 const std::vector<LineQuantity>& lines) {
  std::vector<Restock> restock;
  for (const LineQuantity& moved : lines) {
    const OrderLine* line = domain::find_line(order, moved.line_id);
    if (line == nullptr) {
      return Error{order_name(order) + " has no line " + domain::quoted(moved.line_id)};
    }
    if (line->sku.empty()) {
      return Error{"line " + line->line_id + " has no SKU, so it cannot be restocked"};
    }
    bool merged = false;
    for (Restock& entry : restock) {
      if (entry.sku == line->sku) {
        entry.quantity += moved.quantity;
        merged = true;
      }
    }
    if (!merged) {
      restock.push_back(Restock{line->sku, moved.quantity});
    }
  }
  return restock;
}

domain::Result<domain::Money> proportional_share(const domain::Money& amount,
                                                 std::int64_t numerator, std::int64_t denominator) {
  if (denominator <= 0) {
    return Error{"cannot share " + domain::to_string(amount) + " over " +
                 std::to_string(denominator) + " units"};
  }
  const __int128 product = static_cast<__int128>(amount.minor) * numerator;
  __int128 quotient = product / denominator;
  const __int128 remainder = product % denominator;
  // Round half to even on the magnitude of the remainder; the sign follows the product.
  const __int128 twice = (remainder < 0 ? -remainder : remainder) * 2;
  if (twice > denominator || (twice == denominator && quotient % 2 != 0)) {
    quotient += product < 0 ? -1 : 1;
  }
  if (quotient > INT64_MAX || quotient < INT64_MIN) {
    return Error{"the share of " + domain::to_string(amount) + " is too large"};
  }
  return domain::Money{static_cast<std::int64_t>(quotient), amount.currency};
}

}  // namespace orderhub::pipeline::rules
