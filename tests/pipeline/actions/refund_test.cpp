// refund_test.cpp: how much may be refunded, the three forms, and what a refund records and queues.
#include <nlohmann/json.hpp>

#include "action_test_support.h"

namespace orderhub::pipeline::testing {
namespace {

using domain::RefundForm;

class RefundTest : public ActionTest {
 protected:
  void expect_refused(const RefundRequest& refund, const std::string& message,
                      const ChannelFacts& channel) {
    const Snapshot before = snapshot(order_id_);
    auto result = refund_order(*store_, order_id_, refund, channel, context());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, message);
    EXPECT_EQ(snapshot(order_id_), before);
  }
  void expect_refused(const RefundRequest& refund, const std::string& message) {
    expect_refused(refund, message, full_channel());
  }

  static RefundRequest amount(const std::string& text) {
    RefundRequest request;
    request.amount = text;
    return request;
  }

  void ship_everything() {
    ShipRequest ship;
    ship.tracking_number = "1Z1";
    ASSERT_TRUE(ship_order(*store_, order_id_, ship, full_channel(), context()).ok());
  }

  std::string id() const { return std::to_string(order_id_.value); }
};

TEST_F(RefundTest, LocalRefundRecordsMethodAmountDateNotesReference) {
  ship_everything();
  RefundRequest request;
  request.notes = "damaged in transit";
  request.method = "check";
  request.reference = "CHK-1042";
  request.operation_type = "credit card";
  auto outcome = refund_order(*store_, order_id_, request, site_only_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;

  const auto refunds = store_->begin_read()->fulfilment().list_refunds(order_id_);
  ASSERT_EQ(refunds.size(), 1u);
  const domain::Refund& refund = refunds[0];
  EXPECT_EQ(refund.form, RefundForm::local);
  EXPECT_EQ(refund.amount, usd(4830));  // defaults to the amount paid
  EXPECT_EQ(refund.refund_date, domain::parse_date("2026-11-23").value());  // today
  EXPECT_EQ(refund.notes, "damaged in transit");
  EXPECT_EQ(refund.method, "check");
  EXPECT_EQ(refund.reference, "CHK-1042");
  EXPECT_EQ(refund.operation_type, "credit card");
  EXPECT_TRUE(outbox_rows().size() == 1u);  // the shipment's only: a local refund sends nothing

  const domain::Order order = stored(order_id_);
  EXPECT_EQ(order.refunded, usd(4830));
  EXPECT_EQ(order.payment_status, domain::PaymentStatus::full_refund);
  EXPECT_EQ(order.status, domain::OrderStatus::completed);
}

TEST_F(RefundTest, AGivenRefundDateIsKept) {
  RefundRequest request = amount("5");
  request.refund_date = domain::parse_date("2026-11-20").value();
  auto outcome = refund_order(*store_, order_id_, request, full_channel(), context());
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(outcome->refund.refund_date, domain::parse_date("2026-11-20").value());
  EXPECT_EQ(outcome->refund.amount, usd(500));
}

TEST_F(RefundTest, RefundAsDiscountLeavesTheOrderShippable) {
  RefundRequest request = amount("5.00");
  request.as_discount = true;
  auto outcome = refund_order(*store_, order_id_, request, full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_EQ(outcome->refund.form, RefundForm::discount);
  EXPECT_TRUE(outbox_rows().empty());

  domain::Order order = stored(order_id_);
  EXPECT_EQ(order.discount_added, usd(500));
  EXPECT_EQ(order.refunded, usd(0));
  EXPECT_EQ(order.status, domain::OrderStatus::in_process);
  EXPECT_EQ(order.payment_status, domain::PaymentStatus::partial_refund);

  // Even the rest taken as a discount leaves it open and shippable.
  RefundRequest rest;
  rest.as_discount = true;
  ASSERT_TRUE(refund_order(*store_, order_id_, rest, full_channel(), context()).ok());
  EXPECT_EQ(stored(order_id_).status, domain::OrderStatus::in_process);
  ShipRequest ship;
  ship.tracking_number = "1Z1";
  EXPECT_TRUE(ship_order(*store_, order_id_, ship, full_channel(), context()).ok());
}

TEST_F(RefundTest, OverRefundIsRefused) {
  expect_refused(amount("50.00"), "refund of 50.00 USD exceeds the refundable 48.30 USD");
  ASSERT_TRUE(refund_order(*store_, order_id_, amount("23.30"), full_channel(), context()).ok());
  expect_refused(amount("30.00"), "refund of 30.00 USD exceeds the refundable 25.00 USD");
  RefundRequest with_parts = amount("24.00");
  with_parts.shipping = "1.00";
  with_parts.tax = "0.01";
  expect_refused(with_parts, "refund of 25.01 USD exceeds the refundable 25.00 USD");
}

TEST_F(RefundTest, BadMoneyStringIsRefused) {
  expect_refused(amount("12,50"),
                 "refund amount: amount \"12,50\" is not a decimal number like 12.34");
  expect_refused(amount("-5"),
                 "refund amount: amount \"-5\" is negative; a negative amount is not allowed here");
  expect_refused(amount("1.234"), "refund amount: amount \"1.234\" has 3 decimals but USD has 2");
  RefundRequest shipping;
  shipping.shipping = "abc";
  expect_refused(shipping, "shipping refund: amount \"abc\" is not a decimal number like 12.34");
  RefundRequest tax;
  tax.tax = "";
  expect_refused(tax, "tax refund: amount \"\" is empty");
}

TEST_F(RefundTest, AZeroRefundIsRefused) {
  expect_refused(amount("0.00"), "nothing to refund: the total is 0.00 USD");
}

TEST_F(RefundTest, NoPaymentNoRefund) {
  domain::Order order = stored(order_id_);
  order.paid = usd(0);
  order.payment_status = domain::PaymentStatus::no_payment;
  store_order(order);
  expect_refused(amount("1.00"), "no payment has been applied to order " + id() + " yet");
}

TEST_F(RefundTest, AnAmountAndLinesTogetherAreRefused) {
  RefundRequest request = amount("1.00");
  request.lines = {{"7", 1}};
  expect_refused(request, "give either an amount or lines to refund, not both");
}

TEST_F(RefundTest, ALineRefundIsItsUnitPriceTimesQuantityPlusItsTaxShare) {
  RefundRequest request;
  request.lines = {{"7", 1}};
  auto outcome = refund_order(*store_, order_id_, request, full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_EQ(outcome->refund.amount, usd(1620));  // 15.00 + half of the line's 2.40 tax
  EXPECT_EQ(outcome->refund.tax, usd(120));
  ASSERT_EQ(outcome->refund.lines.size(), 1u);
  EXPECT_EQ(outcome->refund.lines[0].amount, usd(1620));
  EXPECT_EQ(domain::find_line(stored(order_id_), "7")->quantity_refunded, 1);

  RefundRequest again;
  again.lines = {{"7", 2}};
  expect_refused(again, "line 7: cannot refund 2, only 1 not refunded yet (ordered 2, refunded 1)");
}

TEST_F(RefundTest, ALinesTaxShareIsRoundedHalfToEven) {
  domain::Order order = stored(order_id_);
  domain::find_line(order, "7")->tax = usd(5);  // 0.05 over 2 units: 2.5 cents each
  store_order(order);
  RefundRequest request;
  request.lines = {{"7", 1}};
  auto first = refund_order(*store_, order_id_, request, full_channel(), context());
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->refund.tax, usd(2));  // 2.5 rounds to the even 2

  domain::Order other = sample_order(shop_, "1002");
  domain::find_line(other, "7")->tax = usd(7);  // 3.5 cents each
  const domain::OrderId other_id = import(other);
  auto second = refund_order(*store_, other_id, request, full_channel(), context());
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second->refund.tax, usd(4));  // 3.5 rounds to the even 4
  EXPECT_EQ(second->refund.amount, usd(1504));
}

TEST_F(RefundTest, ShippingAndTaxRefundsStayWithinWhatWasCharged) {
  RefundRequest shipping;
  shipping.shipping = "6.00";
  expect_refused(shipping, "shipping refund of 6.00 USD exceeds the refundable shipping 5.00 USD");
  shipping.shipping = "3.00";
  ASSERT_TRUE(refund_order(*store_, order_id_, shipping, full_channel(), context()).ok());
  expect_refused(shipping, "shipping refund of 3.00 USD exceeds the refundable shipping 2.00 USD");
  RefundRequest tax;
  tax.tax = "3.31";
  expect_refused(tax, "tax refund of 3.31 USD exceeds the refundable tax 3.30 USD");
}

TEST_F(RefundTest, AChannelRefundQueuesTheRefundDocument) {
  RefundRequest request = amount("10.00");
  request.shipping = "2.00";
  request.tax = "0.50";
  request.reason = "late delivery";
  request.notes = "goodwill";
  auto outcome = refund_order(*store_, order_id_, request, full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_EQ(outcome->refund.form, RefundForm::on_channel);

  const auto rows = outbox_rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].kind, domain::OutboxKind::refund);
  const std::string key = "refund:" + id() + ":" + std::to_string(outcome->refund.id);
  EXPECT_EQ(rows[0].idempotency_key, key);
  const auto document = nlohmann::json::parse(rows[0].payload_json);
  EXPECT_EQ(document["schema"], "orderhub.refund/1");
  EXPECT_EQ(document["idempotency_key"], key);
  EXPECT_EQ(document["amount"], nlohmann::json::parse(R"({"minor":1250,"currency":"USD"})"));
  EXPECT_EQ(document["shipping"], nlohmann::json::parse(R"({"minor":200,"currency":"USD"})"));
  EXPECT_EQ(document["tax"], nlohmann::json::parse(R"({"minor":50,"currency":"USD"})"));
  EXPECT_EQ(document["lines"], nlohmann::json::array());
  EXPECT_EQ(document["reason"], "late delivery");
  EXPECT_EQ(document["notes"], "goodwill");
  EXPECT_EQ(document["full"], false);
  EXPECT_EQ(document["order"]["payment_status"], "partial_refund");
  EXPECT_EQ(stored(order_id_).payment_status, domain::PaymentStatus::partial_refund);
}

TEST_F(RefundTest, LocalOrSendToChannelOffOrASiteOnlyChannelKeepTheRefundLocal) {
  RefundRequest local = amount("1.00");
  local.local = true;
  ActionSettings off;
  off.refund_send_to_channel = false;
  const std::vector<std::pair<RefundRequest, ChannelFacts>> cases = {
      {local, full_channel()},
      {amount("1.00"), full_channel(off)},
      {amount("1.00"), site_only_channel()}};
  for (const auto& [request, channel] : cases) {
    auto outcome = refund_order(*store_, order_id_, request, channel, context());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message;
    EXPECT_EQ(outcome->refund.form, RefundForm::local);
    EXPECT_FALSE(outcome->channel.outbox_row.has_value());
  }
  EXPECT_TRUE(outbox_rows().empty());
  EXPECT_EQ(stored(order_id_).refunded, usd(300));
}

TEST_F(RefundTest, AFullRefundWithNothingShippedCancelsTheOrder) {
  auto outcome = refund_order(*store_, order_id_, RefundRequest{}, full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_TRUE(outcome->full);
  EXPECT_TRUE(outcome->cancelled_order);
  const domain::Order order = stored(order_id_);
  EXPECT_EQ(order.status, domain::OrderStatus::cancelled);
  EXPECT_EQ(order.payment_status, domain::PaymentStatus::full_refund);
  const auto document = nlohmann::json::parse(outbox_rows().at(0).payload_json);
  EXPECT_EQ(document["full"], true);
  EXPECT_EQ(document["amount"]["minor"], 4830);
  EXPECT_EQ(document["order"]["cancelled"], true);
}

TEST_F(RefundTest, AFullyRefundedOrderHasNothingLeftToRefund) {
  ship_everything();
  ASSERT_TRUE(refund_order(*store_, order_id_, RefundRequest{}, full_channel(), context()).ok());
  expect_refused(
      amount("1.00"),
      "order " + id() + " is already fully refunded (48.30 USD paid, 48.30 USD given back)");
}

}  // namespace
}  // namespace orderhub::pipeline::testing
