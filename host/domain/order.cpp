// order.cpp: lookups over an order's lines and the one-currency rule of an order.
#include "domain/order.h"

namespace orderhub::domain {

const OrderLine* find_line(const Order& order, std::string_view line_id) {
  for (const OrderLine& line : order.lines) {
    if (line.line_id == line_id) {
      return &line;
    }
  }
  return nullptr;
}

OrderLine* find_line(Order& order, std::string_view line_id) {
  return const_cast<OrderLine*>(find_line(static_cast<const Order&>(order), line_id));
}

std::vector<NamedAmount> amounts_of(const Order& order) {
  std::vector<NamedAmount> amounts = {
      {"totals.items", &order.totals.items}, {"totals.shipping", &order.totals.shipping},
      {"totals.tax", &order.totals.tax},     {"totals.discount", &order.totals.discount},
      {"totals.total", &order.totals.total}, {"paid", &order.paid},
      {"refunded", &order.refunded},         {"discount_added", &order.discount_added},
  };
  for (std::size_t index = 0; index < order.lines.size(); ++index) {
    const OrderLine& line = order.lines[index];
    const std::string prefix = "lines[" + std::to_string(index) + "].";
    amounts.push_back({prefix + "unit_price", &line.unit_price});
    amounts.push_back({prefix + "tax", &line.tax});
    amounts.push_back({prefix + "shipping", &line.shipping});
    amounts.push_back({prefix + "discount", &line.discount});
  }
  return amounts;
}

std::optional<Error> check_currencies(const Order& order) {
  if (!order.currency.is_set()) {
    return Error{"currency: the order has no currency"};
  }
  for (const NamedAmount& named : amounts_of(order)) {
    if (named.amount->currency != order.currency) {
      const std::string_view found = named.amount->currency.code();
      return Error{named.field + ": amount is in " +
                   (found.empty() ? std::string("no currency") : std::string(found)) +
                   " but the order is in " + std::string(order.currency.code())};
    }
  }
  return std::nullopt;
}

}  // namespace orderhub::domain
