// pnl_report.h: profit and loss from the store: one order with its inputs (the account's fees,
// the inventory's unit costs, the order's cost lines), and the orders of one account created in a
// date range summed per currency (amounts of different currencies are never added together).
#pragma once

#include <span>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/ids.h"
#include "domain/result.h"
#include "domain/time.h"
#include "pipeline/pnl/order_pnl.h"
#include "store/transaction.h"

namespace orderhub::pipeline::pnl {

domain::Result<OrderPnl> load_order_pnl(store::Transaction& transaction, domain::OrderId order_id);

struct CurrencySummary {
  domain::Currency currency{};
  int orders = 0;
  int estimated = 0;  // of which not completed yet
  OrderPnl totals{};  // every amount summed; margin over the sums
};

struct AccountPnl {
  domain::AccountId account{};
  domain::Date from{};
  domain::Date to{};                          // inclusive
  std::vector<CurrencySummary> currencies{};  // by currency code
};

// Orders of the account created from `from` to `to` (whole UTC days, inclusive), void ones left
// out.
domain::Result<AccountPnl> load_account_pnl(store::Transaction& transaction,
                                            const domain::AccountId& account, domain::Date from,
                                            domain::Date to);

// The amounts of OrderPnl by JSON name, in display order.
struct NamedFigure {
  const char* name;
  domain::Money OrderPnl::*amount;
};
std::span<const NamedFigure> figures();

// {"order_id", "account", "currency", "estimated", "cancelled", <figures as {"minor",
//  "currency"}>, "margin_basis_points", "margin_percent", "cost_lines": [...], "notes": [...]}
nlohmann::ordered_json order_pnl_to_json(const OrderPnl& pnl);
// {"account", "from", "to", "currencies": [{"currency", "orders", "estimated", <figures>,
//  "margin_basis_points", "margin_percent"}]}
nlohmann::ordered_json account_pnl_to_json(const AccountPnl& pnl);

}  // namespace orderhub::pipeline::pnl
