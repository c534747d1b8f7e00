// pnl_test.cpp: profit and loss of real stored orders, checked against figures computed by hand.
//
// The sample order (USD): 2 x SKU-1 at 15.00 and 1 x SKU-2 at 10.00: items 40.00, shipping
// 5.00, tax 3.30, total 48.30, paid. Unit costs: SKU-1 6.00, SKU-2 4.00. The account charges a
// 12.5% commission and a 0.30 fee per order.
#include <gtest/gtest.h>

#include "action_test_support.h"
#include "pipeline/pnl/pnl_report.h"

namespace orderhub::pipeline::pnl {
namespace {

using testing::at;
using testing::usd;

domain::Money eur(std::int64_t minor) {
  return domain::Money{minor, domain::Currency::parse("EUR").value()};
}

class PnlTest : public testing::ActionTest {
 protected:
  PnlTest() {
    store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
      transaction.accounts().replace_settings(
          shop_, {{"pnl.commission_percent", "12.5"}, {"pnl.fee_fixed", "0.30"}});
      transaction.inventory().put(domain::InventoryItem{"SKU-1", 10, 0, {}, 0, {}, usd(600)});
      transaction.inventory().put(domain::InventoryItem{"SKU-2", 10, 0, {}, 0, {}, usd(400)});
      transaction.inventory().put(domain::InventoryItem{"EU-1", 10, 0, {}, 0, {}, eur(500)});
    });
  }

  OrderPnl pnl(domain::OrderId id) {
    auto figures = store::in_read_transaction(
        *store_, [&](store::Transaction& transaction) { return load_order_pnl(transaction, id); });
    EXPECT_TRUE(figures.ok()) << figures.error().message;
    return *figures;
  }

  RefundRequest refund(const char* amount, bool as_discount) {
    RefundRequest request;
    request.amount = amount;
    request.local = !as_discount;  // a discount is never sent, and is not "local" either
    request.as_discount = as_discount;
    request.reason = "test";
    return request;
  }

  void add_cost(domain::OrderId id, domain::CostKind kind, domain::Money amount) {
    store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
      domain::OrderCost cost;
      cost.order_id = id;
      cost.kind = kind;
      cost.label = "test";
      cost.amount = amount;
      cost.created_at = now_;
      transaction.costs().add(cost);
    });
  }
};

TEST_F(PnlTest, ACompletedOrderWithAShippingCostIsFinal) {
  ShipRequest request;
  request.tracking_number = "1Z1";
  request.shipping_cost = "7.95";
  ASSERT_TRUE(ship_order(*store_, order_id_, request, full_channel(), context()).ok());

  const OrderPnl figures = pnl(order_id_);
  EXPECT_FALSE(figures.estimated);
  EXPECT_EQ(figures.revenue, usd(4830));
  EXPECT_EQ(figures.net_sales, usd(4500));  // 48.30 - 3.30 tax
  EXPECT_EQ(figures.item_cost, usd(1600));  // 2 x 6.00 + 4.00
  EXPECT_EQ(figures.commission, usd(562));  // 12.5% of 45.00 = 5.625 -> 5.62
  EXPECT_EQ(figures.fees, usd(30));
  EXPECT_EQ(figures.shipping_cost, usd(795));
  EXPECT_EQ(figures.costs, usd(2987));
  EXPECT_EQ(figures.profit, usd(1513));
  EXPECT_EQ(figures.margin_basis_points, 3362);  // 15.13 / 45.00
  ASSERT_EQ(figures.cost_lines.size(), 1u);
  EXPECT_EQ(figures.cost_lines[0].kind, domain::CostKind::shipping);
  const auto json = order_pnl_to_json(figures);
  EXPECT_EQ(json["margin_percent"], "33.62");
  EXPECT_EQ(json["profit"]["minor"], 1513);
  EXPECT_TRUE(json["margin_basis_points"].is_number_integer());
}

TEST_F(PnlTest, APartialRefundIsSubtractedAndTheOrderStaysEstimated) {
  ASSERT_TRUE(
      refund_order(*store_, order_id_, refund("10.00", false), full_channel(), context()).ok());
  const OrderPnl figures = pnl(order_id_);
  EXPECT_TRUE(figures.estimated);
  EXPECT_EQ(figures.refunds, usd(1000));
  EXPECT_EQ(figures.discounts, usd(0));
  EXPECT_EQ(figures.net_sales, usd(3500));  // 48.30 - 3.30 - 10.00
  EXPECT_EQ(figures.costs, usd(2192));      // 16.00 + 5.62 + 0.30
  EXPECT_EQ(figures.profit, usd(1308));
  EXPECT_EQ(figures.margin_basis_points, 3737);  // 13.08 / 35.00 = 37.371%
}

TEST_F(PnlTest, ARefundTakenAsADiscountCountsAsADiscount) {
  ASSERT_TRUE(
      refund_order(*store_, order_id_, refund("5.00", true), full_channel(), context()).ok());
  const OrderPnl figures = pnl(order_id_);
  EXPECT_EQ(figures.refund_discount, usd(500));
  EXPECT_EQ(figures.discounts, usd(500));
  EXPECT_EQ(figures.refunds, usd(0));
  EXPECT_EQ(figures.net_sales, usd(4000));
  EXPECT_EQ(figures.profit, usd(1808));          // 40.00 - 21.92
  EXPECT_EQ(figures.margin_basis_points, 4520);  // exactly 45.20%
}

TEST_F(PnlTest, ACancelledLineLeavesItemCostAndCommissionAndCountsThroughItsRefund) {
  CancelRequest cancel;
  cancel.form = domain::CancellationForm::internal;
  cancel.lines = {{"8", 1}};
  ASSERT_TRUE(cancel_order(*store_, order_id_, cancel, full_channel(), context()).ok());
  ASSERT_TRUE(
      refund_order(*store_, order_id_, refund("10.90", false), full_channel(), context()).ok());

  const OrderPnl figures = pnl(order_id_);
  EXPECT_FALSE(figures.cancelled);
  EXPECT_EQ(figures.revenue, usd(4830));
  EXPECT_EQ(figures.refunds, usd(1090));
  EXPECT_EQ(figures.net_sales, usd(3410));  // 48.30 - 3.30 - 10.90
  EXPECT_EQ(figures.item_cost, usd(1200));  // SKU-2 was cancelled
  EXPECT_EQ(figures.commission, usd(438));  // 12.5% of 35.00 = 4.375 -> 4.38
  EXPECT_EQ(figures.costs, usd(1668));
  EXPECT_EQ(figures.profit, usd(1742));
  EXPECT_EQ(figures.margin_basis_points, 5109);  // 17.42 / 34.10 = 51.085%
}

TEST_F(PnlTest, AWhollyCancelledOrderKeepsOnlyItsRecordedCosts) {
  ASSERT_TRUE(
      refund_order(*store_, order_id_, refund("48.30", false), full_channel(), context()).ok());
  ASSERT_EQ(stored(order_id_).status, domain::OrderStatus::cancelled);
  add_cost(order_id_, domain::CostKind::manual, usd(200));

  const OrderPnl figures = pnl(order_id_);
  EXPECT_TRUE(figures.cancelled);
  EXPECT_TRUE(figures.estimated);
  EXPECT_EQ(figures.revenue, usd(0));
  EXPECT_EQ(figures.refunds, usd(0));
  EXPECT_EQ(figures.item_cost, usd(0));
  EXPECT_EQ(figures.commission, usd(0));
  EXPECT_EQ(figures.fees, usd(0));
  EXPECT_EQ(figures.other_costs, usd(200));
  EXPECT_EQ(figures.profit, usd(-200));
  EXPECT_FALSE(figures.margin_basis_points.has_value());
  EXPECT_TRUE(order_pnl_to_json(figures)["margin_basis_points"].is_null());
}

TEST_F(PnlTest, AnAccountSummaryNeverAddsDifferentCurrencies) {
  // Order 1001 (USD): completed with a 7.95 shipping cost; profit 15.13.
  ShipRequest request;
  request.tracking_number = "1Z1";
  request.shipping_cost = "7.95";
  ASSERT_TRUE(ship_order(*store_, order_id_, request, full_channel(), context()).ok());
  // Order 1002 (USD): refunded 10.00; profit 13.08.
  const domain::OrderId refunded = import(testing::sample_order(shop_, "1002"));
  ASSERT_TRUE(
      refund_order(*store_, refunded, refund("10.00", false), full_channel(), context()).ok());
  // Order 2001 (EUR): EU-1 costs 5.00 EUR, EU-2 has no cost; profit 45.00 - 10.00 - 5.62 - 0.30.
  domain::Order euro = testing::sample_order(shop_, "2001");
  euro.currency = domain::Currency::parse("EUR").value();
  euro.totals = {eur(4000), eur(500), eur(330), eur(0), eur(4830)};
  euro.paid = eur(4830);
  euro.refunded = eur(0);
  euro.discount_added = eur(0);
  for (domain::OrderLine& line : euro.lines) {
    for (domain::Money* amount : {&line.unit_price, &line.tax, &line.shipping, &line.discount}) {
      amount->currency = euro.currency;
    }
    line.sku = line.sku == "SKU-1" ? "EU-1" : "EU-2";
  }
  const domain::OrderId euro_id = import(euro);
  // Created outside the range: left out.
  domain::Order later = testing::sample_order(shop_, "1003");
  later.created_at = at("2026-11-25T10:00:00Z");
  import(later);

  auto summary = store::in_read_transaction(*store_, [&](store::Transaction& transaction) {
    return load_account_pnl(transaction, shop_, domain::parse_date("2026-11-20").value(),
                            domain::parse_date("2026-11-20").value());
  });
  ASSERT_TRUE(summary.ok()) << summary.error().message;
  ASSERT_EQ(summary->currencies.size(), 2u);
  const CurrencySummary& euros = summary->currencies[0];
  const CurrencySummary& dollars = summary->currencies[1];
  EXPECT_EQ(euros.currency.code(), "EUR");
  EXPECT_EQ(euros.orders, 1);
  EXPECT_EQ(euros.estimated, 1);
  EXPECT_EQ(euros.totals.item_cost, eur(1000));
  EXPECT_EQ(euros.totals.profit, eur(2908));
  EXPECT_EQ(euros.totals.margin_basis_points, 6462);
  EXPECT_EQ(pnl(euro_id).notes,
            std::vector<std::string>{"SKU EU-2 has no unit cost in the inventory: counted as 0"});
  EXPECT_EQ(dollars.currency.code(), "USD");
  EXPECT_EQ(dollars.orders, 2);
  EXPECT_EQ(dollars.estimated, 1);
  EXPECT_EQ(dollars.totals.revenue, usd(9660));
  EXPECT_EQ(dollars.totals.net_sales, usd(8000));
  EXPECT_EQ(dollars.totals.costs, usd(5179));
  EXPECT_EQ(dollars.totals.profit, usd(2821));
  EXPECT_EQ(dollars.totals.margin_basis_points, 3526);  // 28.21 / 80.00 = 35.2625%
  const auto json = account_pnl_to_json(*summary);
  EXPECT_EQ(json["currencies"][1]["margin_percent"], "35.26");
}

TEST_F(PnlTest, AShippingCostInTooManyDecimalsIsRefusedAndNothingShips) {
  ShipRequest request;
  request.tracking_number = "1Z1";
  request.shipping_cost = "7.955";
  const testing::Snapshot before = snapshot(order_id_);
  auto refused = ship_order(*store_, order_id_, request, full_channel(), context());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().message.substr(0, 22), "shipping cost: amount ");
  EXPECT_EQ(snapshot(order_id_), before);
}

}  // namespace
}  // namespace orderhub::pipeline::pnl
