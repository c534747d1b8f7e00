// order_pnl.h: the profit and loss of one order, in its currency, to the minor unit.
//
//   revenue      = items + shipping + tax collected, as the channel charged them (items: unit
//                  price x quantity per line); a cancelled part of an order counts through
//                  its refund
//   discounts    = the channel's discount + refunds taken as a discount
//   refunds      = money given back to the buyer (on the channel or locally)
//   net sales    = revenue - tax - discounts - refunds
//   costs        = item cost (unit cost from the hub's inventory x (quantity - cancelled -
//                  returned)) + commission (pnl.commission_percent of the items not cancelled
//                  + shipping - the channel's discount, rounded half to even once) + fixed fee
//                  (pnl.fee_fixed) + shipping costs recorded with shipments + cost lines
//                  entered by hand
//   A whole order cancelled (status cancelled or void, or every unit cancelled): money taken and
//   given back nets to nothing, so revenue, discounts, refunds, item cost, commission and fee
//   are 0 and only the recorded cost lines remain.
//   profit       = net sales - costs
//   margin       = profit / net sales, in basis points rounded half to even (none when net
//                  sales is 0 or less)
// The figures are "estimated" until the order is completed.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/money.h"
#include "domain/order.h"
#include "domain/order_cost.h"
#include "pipeline/pnl/exact_rates.h"

namespace orderhub::pipeline::pnl {

// The account's fee settings, read exactly.
struct ChannelFees {
  Percentage commission{};
  std::string fee_fixed = "0";  // decimal text, read in the order's currency
};

// What an order's P&L needs besides the order.
struct PnlInputs {
  ChannelFees fees{};
  std::map<std::string, std::optional<domain::Money>> unit_costs{};  // by SKU; nullopt: unknown
  std::vector<domain::OrderCost> cost_lines{};
};

struct OrderPnl {
  domain::OrderId order_id{};
  domain::AccountId account{};
  domain::Currency currency{};
  bool estimated = true;
  bool cancelled = false;

  domain::Money items{};
  domain::Money shipping{};
  domain::Money tax{};
  domain::Money revenue{};
  domain::Money channel_discount{};
  domain::Money refund_discount{};
  domain::Money discounts{};
  domain::Money refunds{};
  domain::Money net_sales{};
  domain::Money item_cost{};
  domain::Money commission{};
  domain::Money fees{};
  domain::Money shipping_cost{};
  domain::Money other_costs{};
  domain::Money costs{};
  domain::Money profit{};
  std::optional<std::int64_t> margin_basis_points{};

  std::vector<domain::OrderCost> cost_lines{};
  std::vector<std::string> notes{};  // what the figures could not include, e.g. a missing cost
};

// Errors name the setting or cost that cannot be read in the order's currency.
domain::Result<OrderPnl> order_pnl(const domain::Order& order, const PnlInputs& inputs);

}  // namespace orderhub::pipeline::pnl
