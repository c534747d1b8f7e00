// order_pnl.cpp: computing one order's profit and loss.
#include "pipeline/pnl/order_pnl.h"

#include <algorithm>

namespace orderhub::pipeline::pnl {
namespace {

using domain::Money;

// Inside the P&L every amount is the order's currency, so a failure here is an overflow.
Money plus(const Money& left, const Money& right) {
  return domain::add(left, right).value();
}
Money minus(const Money& left, const Money& right) {
  return domain::subtract(left, right).value();
}
Money times(const Money& money, std::int64_t factor) {
  return domain::multiply(money, factor).value();
}

bool whole_order_cancelled(const domain::Order& order) {
  if (order.status == domain::OrderStatus::cancelled ||
      order.status == domain::OrderStatus::voided) {
    return true;
  }
  return !order.lines.empty() &&
         std::all_of(order.lines.begin(), order.lines.end(), [](const domain::OrderLine& line) {
           return line.quantity_cancelled >= line.quantity;
         });
}

}  // namespace

domain::Result<OrderPnl> order_pnl(const domain::Order& order, const PnlInputs& inputs) {
  const domain::Currency currency = order.currency;
  const Money zero = Money::zero(currency);
  OrderPnl pnl;
  pnl.order_id = order.id;
  pnl.account = order.account;
  pnl.currency = currency;
  pnl.estimated = order.status != domain::OrderStatus::completed;
  pnl.cancelled = whole_order_cancelled(order);

  pnl.items = zero;
  pnl.item_cost = zero;
  Money commission_items = zero;  // items not cancelled: what the channel charges commission on
  for (const domain::OrderLine& line : order.lines) {
    const std::int64_t sold = std::max<std::int64_t>(line.quantity - line.quantity_cancelled, 0);
    pnl.items = plus(pnl.items, times(line.unit_price, line.quantity));
    commission_items = plus(commission_items, times(line.unit_price, sold));
    const std::int64_t kept = std::max<std::int64_t>(sold - line.quantity_returned, 0);
    if (kept == 0 || pnl.cancelled) {
      continue;
    }
    const auto cost = inputs.unit_costs.find(line.sku);
    if (cost == inputs.unit_costs.end() || !cost->second) {
      pnl.notes.push_back("SKU " + line.sku + " has no unit cost in the inventory: counted as 0");
      continue;
    }
    if (cost->second->currency != currency) {
      pnl.notes.push_back("SKU " + line.sku + " costs " + domain::to_string(*cost->second) +
                          ", not in the order's currency " + std::string(currency.code()) +
                          ": counted as 0");
      continue;
    }
    pnl.item_cost = plus(pnl.item_cost, times(*cost->second, kept));
  }

  // Money taken and given back on a cancelled order nets to nothing: only recorded costs remain.
  if (pnl.cancelled) {
    pnl.items = zero;
  }
  pnl.shipping = pnl.cancelled ? zero : order.totals.shipping;
  pnl.tax = pnl.cancelled ? zero : order.totals.tax;
  pnl.revenue = plus(plus(pnl.items, pnl.shipping), pnl.tax);
  pnl.channel_discount = pnl.cancelled ? zero : order.totals.discount;
  pnl.refund_discount = pnl.cancelled ? zero : order.discount_added;
  pnl.discounts = plus(pnl.channel_discount, pnl.refund_discount);
  pnl.refunds = pnl.cancelled ? zero : order.refunded;
  pnl.net_sales = minus(minus(minus(pnl.revenue, pnl.tax), pnl.discounts), pnl.refunds);

  pnl.commission = zero;
  pnl.fees = zero;
  if (!pnl.cancelled) {
    const Money base = minus(plus(commission_items, pnl.shipping), pnl.channel_discount);
    pnl.commission = percentage_of(base.minor > 0 ? base : zero, inputs.fees.commission);
    auto fee = domain::parse_money(inputs.fees.fee_fixed, currency);
    if (!fee) {
      return fee.error().within("pnl.fee_fixed");
    }
    pnl.fees = *fee;
  }

  pnl.shipping_cost = zero;
  pnl.other_costs = zero;
  for (const domain::OrderCost& cost : inputs.cost_lines) {
    if (cost.amount.currency != currency) {
      return domain::Error{"cost " + std::to_string(cost.id) + " is in " +
                           std::string(cost.amount.currency.code()) + ", not in the order's " +
                           std::string(currency.code())};
    }
    Money& bucket = cost.kind == domain::CostKind::shipping ? pnl.shipping_cost : pnl.other_costs;
    bucket = plus(bucket, cost.amount);
  }
  pnl.cost_lines = inputs.cost_lines;
  pnl.costs = plus(plus(plus(plus(pnl.item_cost, pnl.commission), pnl.fees), pnl.shipping_cost),
                   pnl.other_costs);
  pnl.profit = minus(pnl.net_sales, pnl.costs);
  if (pnl.net_sales.minor > 0) {
    pnl.margin_basis_points = basis_points(pnl.profit.minor, pnl.net_sales.minor);
  }
  return pnl;
}

}  // namespace orderhub::pipeline::pnl
