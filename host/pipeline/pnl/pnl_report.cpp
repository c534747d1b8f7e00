// pnl_report.cpp: loading P&L inputs from the store, summing per currency, and the JSON views.
#include "pipeline/pnl/pnl_report.h"

#include <array>
#include <chrono>
#include <map>

#include "pipeline/accounts/account_settings.h"

namespace orderhub::pipeline::pnl {
namespace {

using nlohmann::ordered_json;

constexpr std::array<NamedFigure, 16> kFigures{{
    {"items", &OrderPnl::items},
    {"shipping", &OrderPnl::shipping},
    {"tax", &OrderPnl::tax},
    {"revenue", &OrderPnl::revenue},
    {"channel_discount", &OrderPnl::channel_discount},
    {"refund_discount", &OrderPnl::refund_discount},
    {"discounts", &OrderPnl::discounts},
    {"refunds", &OrderPnl::refunds},
    {"net_sales", &OrderPnl::net_sales},
    {"item_cost", &OrderPnl::item_cost},
    {"commission", &OrderPnl::commission},
    {"fees", &OrderPnl::fees},
    {"shipping_cost", &OrderPnl::shipping_cost},
    {"other_costs", &OrderPnl::other_costs},
    {"costs", &OrderPnl::costs},
    {"profit", &OrderPnl::profit},
}};

ordered_json money(const domain::Money& amount) {
  ordered_json json;
  json["minor"] = amount.minor;
  json["currency"] = std::string(amount.currency.code());
  return json;
}

void put_margin(ordered_json& json, const std::optional<std::int64_t>& margin) {
  if (margin) {
    json["margin_basis_points"] = *margin;
    json["margin_percent"] = basis_points_to_percent_text(*margin);
  } else {
    json["margin_basis_points"] = nullptr;
    json["margin_percent"] = nullptr;
  }
}

domain::Result<ChannelFees> fees_of(store::Transaction& transaction,
                                    const domain::AccountId& account) {
  const std::optional<domain::Account> stored = transaction.accounts().find(account);
  if (!stored) {
    return domain::Error{"there is no account " + account.str()};
  }
  auto settings = parse_account_settings(stored->settings);
  if (!settings) {
    return settings.error().within("account " + account.str());
  }
  auto commission = parse_percentage(settings->pnl_commission_percent);
  if (!commission) {
    return commission.error().within("pnl.commission_percent");
  }
  return ChannelFees{*commission, settings->pnl_fee_fixed};
}

domain::Result<OrderPnl> pnl_of(store::Transaction& transaction, const domain::Order& order,
                                const ChannelFees& fees) {
  PnlInputs inputs;
  inputs.fees = fees;
  for (const domain::OrderLine& line : order.lines) {
    if (!inputs.unit_costs.contains(line.sku)) {
      const std::optional<domain::InventoryItem> item = transaction.inventory().find(line.sku);
      inputs.unit_costs[line.sku] = item ? item->unit_cost : std::nullopt;
    }
  }
  inputs.cost_lines = transaction.costs().list(order.id);
  auto pnl = order_pnl(order, inputs);
  if (!pnl) {
    return pnl.error().within("order " + std::to_string(order.id.value));
  }
  return pnl;
}

}  // namespace

std::span<const NamedFigure> figures() {
  return kFigures;
}

domain::Result<OrderPnl> load_order_pnl(store::Transaction& transaction, domain::OrderId order_id) {
  const std::optional<domain::Order> order = transaction.orders().find(order_id);
  if (!order) {
    return domain::Error{"there is no order " + std::to_string(order_id.value)};
  }
  auto fees = fees_of(transaction, order->account);
  if (!fees) {
    return fees.error();
  }
  return pnl_of(transaction, *order, *fees);
}

domain::Result<AccountPnl> load_account_pnl(store::Transaction& transaction,
                                            const domain::AccountId& account, domain::Date from,
                                            domain::Date to) {
  auto fees = fees_of(transaction, account);
  if (!fees) {
    return fees.error();
  }
  const domain::Timestamp start{std::chrono::sys_days{from}};
  const domain::Timestamp end{std::chrono::sys_days{to} + std::chrono::days{1}};
  store::OrderFilter filter;
  filter.account = account;
  filter.limit = -1;
  std::map<std::string, CurrencySummary> by_currency;
  for (const domain::Order& order : transaction.orders().list(filter)) {
    if (order.status == domain::OrderStatus::voided || order.created_at < start ||
        order.created_at >= end) {
      continue;
    }
    auto pnl = pnl_of(transaction, order, *fees);
    if (!pnl) {
      return pnl.error();
    }
    const std::string code(order.currency.code());
    auto [entry, inserted] = by_currency.try_emplace(code);
    CurrencySummary& summary = entry->second;
    if (inserted) {
      summary.currency = order.currency;
      for (const NamedFigure& figure : figures()) {
        summary.totals.*figure.amount = domain::Money::zero(order.currency);
      }
      summary.totals.currency = order.currency;
      summary.totals.account = account;
    }
    ++summary.orders;
    summary.estimated += pnl->estimated ? 1 : 0;
    for (const NamedFigure& figure : figures()) {
      summary.totals.*figure.amount =
          domain::add(summary.totals.*figure.amount, (*pnl).*figure.amount).value();
    }
  }
  AccountPnl result;
  result.account = account;
  result.from = from;
  result.to = to;
  for (auto& [code, summary] : by_currency) {
    if (summary.totals.net_sales.minor > 0) {
      summary.totals.margin_basis_points =
          basis_points(summary.totals.profit.minor, summary.totals.net_sales.minor);
    }
    summary.totals.estimated = summary.estimated > 0;
    result.currencies.push_back(summary);
  }
  return result;
}

ordered_json order_pnl_to_json(const OrderPnl& pnl) {
  ordered_json json;
  json["order_id"] = pnl.order_id.value;
  json["account"] = pnl.account.str();
  json["currency"] = std::string(pnl.currency.code());
  json["estimated"] = pnl.estimated;
  json["cancelled"] = pnl.cancelled;
  for (const NamedFigure& figure : figures()) {
    json[figure.name] = money(pnl.*figure.amount);
  }
  put_margin(json, pnl.margin_basis_points);
  json["cost_lines"] = ordered_json::array();
  for (const domain::OrderCost& cost : pnl.cost_lines) {
    ordered_json line;
    line["id"] = cost.id;
    line["kind"] = cost.kind == domain::CostKind::shipping ? "shipping" : "manual";
    line["label"] = cost.label;
    line["amount"] = money(cost.amount);
    line["shipment_id"] =
        cost.shipment_id ? ordered_json(*cost.shipment_id) : ordered_json(nullptr);
    line["created_at"] = domain::format_timestamp(cost.created_at);
    json["cost_lines"].push_back(line);
  }
  json["notes"] = pnl.notes;
  return json;
}

ordered_json account_pnl_to_json(const AccountPnl& pnl) {
  ordered_json json;
  json["account"] = pnl.account.str();
  json["from"] = domain::format_date(pnl.from);
  json["to"] = domain::format_date(pnl.to);
  json["currencies"] = ordered_json::array();
  for (const CurrencySummary& summary : pnl.currencies) {
    ordered_json entry;
    entry["currency"] = std::string(summary.currency.code());
    entry["orders"] = summary.orders;
    entry["estimated"] = summary.estimated;
    for (const NamedFigure& figure : figures()) {
      entry[figure.name] = money(summary.totals.*figure.amount);
    }
    put_margin(entry, summary.totals.margin_basis_points);
    json["currencies"].push_back(entry);
  }
  return json;
}

}  // namespace orderhub::pipeline::pnl
