// cancel_test.cpp: cancelling before Ship Confirmed, the three forms, and restocking on request.
#include <nlohmann/json.hpp>

#include "action_test_support.h"

namespace orderhub::pipeline::testing {
namespace {

using domain::CancellationForm;
using domain::LineQuantity;

class CancelTest : public ActionTest {
 protected:
  CancelRequest request(CancellationForm form, std::vector<LineQuantity> lines = {}) {
    CancelRequest request;
    request.form = form;
    request.reason = "buyer asked";
    request.lines = std::move(lines);
    return request;
  }

  void expect_refused(const CancelRequest& cancel, const ChannelFacts& channel,
                      const std::string& message) {
    const Snapshot before = snapshot(order_id_);
    auto result = cancel_order(*store_, order_id_, cancel, channel, context());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, message);
    EXPECT_EQ(snapshot(order_id_), before);
  }

  std::string id() const { return std::to_string(order_id_.value); }
};

TEST_F(CancelTest, CancelIsRefusedAfterShipConfirmed) {
  domain::Order order = stored(order_id_);
  domain::find_line(order, "7")->quantity_shipped = 1;
  order.shipping_status = domain::ShippingStatus::partially_shipped;
  order.channel_notified_for_shipping = true;
  store_order(order);

  const std::string message =
      "order " + id() +
      " is Ship Confirmed (its channel accepted the shipment), so it can no longer be cancelled: "
      "use `orderhub refund " +
      id() + "` to give money back, or `orderhub rma create " + id() +
      "` when items are coming back";
  for (CancellationForm form :
       {CancellationForm::on_channel, CancellationForm::internal, CancellationForm::void_order}) {
    expect_refused(request(form), full_channel(), message);
  }
  expect_refused(request(CancellationForm::internal, {{"7", 1}}), full_channel(), message);
}

TEST_F(CancelTest, ChannelCancelQueuesTheCancellationDocument) {
  auto outcome = cancel_order(*store_, order_id_, request(CancellationForm::on_channel),
                              full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_TRUE(outcome->full);
  EXPECT_EQ(stored(order_id_).status, domain::OrderStatus::cancelled);

  const auto rows = outbox_rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].kind, domain::OutboxKind::cancellation);
  const std::string key = "cancel:" + id() + ":" + std::to_string(outcome->cancellation.id);
  EXPECT_EQ(rows[0].idempotency_key, key);
  const auto document = nlohmann::json::parse(rows[0].payload_json);
  EXPECT_EQ(document["schema"], "orderhub.cancellation/1");
  EXPECT_EQ(document["idempotency_key"], key);
  EXPECT_EQ(document["reason"], "buyer asked");
  EXPECT_EQ(document["full"], true);
  EXPECT_EQ(document["restock"], false);
  EXPECT_EQ(
      document["lines"],
      nlohmann::json::parse(R"([{"line_id":"7","quantity":2},{"line_id":"8","quantity":1}])"));
  EXPECT_EQ(document["order"]["cancelled"], true);
}

TEST_F(CancelTest, APlainCancelOnASiteOnlyChannelIsRefused) {
  expect_refused(request(CancellationForm::on_channel), site_only_channel(),
                 "this channel cancels on its own site only: use --internal");
}

TEST_F(CancelTest, InternalCancelSendsNothing) {
  auto outcome = cancel_order(*store_, order_id_, request(CancellationForm::internal),
                              site_only_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_TRUE(outbox_rows().empty());
  EXPECT_EQ(outcome->channel.not_sent_reason,
            "cancelled internally: nothing is sent to the channel");
  EXPECT_EQ(stored(order_id_).status, domain::OrderStatus::cancelled);
  const auto cancellations = store_->begin_read()->fulfilment().list_cancellations(order_id_);
  ASSERT_EQ(cancellations.size(), 1u);
  EXPECT_EQ(cancellations[0].form, CancellationForm::internal);
  EXPECT_EQ(cancellations[0].reason, "buyer asked");
  EXPECT_EQ(history(order_id_).back().kind, "cancelled");
}

TEST_F(CancelTest, VoidSendsNothing) {
  auto outcome = cancel_order(*store_, order_id_, request(CancellationForm::void_order),
                              full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_TRUE(outbox_rows().empty());
  EXPECT_EQ(stored(order_id_).status, domain::OrderStatus::voided);
  EXPECT_EQ(history(order_id_).back().kind, "voided");
}

TEST_F(CancelTest, AVoidAppliesToTheWholeOrder) {
  expect_refused(request(CancellationForm::void_order, {{"7", 1}}), full_channel(),
                 "a void applies to the whole order: name no lines");
}

TEST_F(CancelTest, PartialCancelAdjustsQuantityCancelledAndKeepsTheOrderOpen) {
  auto outcome = cancel_order(*store_, order_id_, request(CancellationForm::internal, {{"7", 1}}),
                              full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_FALSE(outcome->full);
  const domain::Order order = stored(order_id_);
  EXPECT_EQ(order.status, domain::OrderStatus::in_process);
  EXPECT_EQ(domain::find_line(order, "7")->quantity_cancelled, 1);
  EXPECT_EQ(domain::find_line(order, "8")->quantity_cancelled, 0);
}

TEST_F(CancelTest, ShippedQuantitiesCannotBeCancelled) {
  ShipRequest ship;
  ship.tracking_number = "1Z1";
  ship.lines = {{"7", 2}};
  ASSERT_TRUE(ship_order(*store_, order_id_, ship, full_channel(), context()).ok());
  expect_refused(request(CancellationForm::internal, {{"7", 1}}), full_channel(),
                 "line 7: cannot cancel 1, only 0 neither shipped nor cancelled (ordered 2, "
                 "shipped 2, cancelled 0); shipped quantities cannot be cancelled");

  // What is left unshipped can go; the order is then complete.
  auto outcome = cancel_order(*store_, order_id_, request(CancellationForm::internal),
                              full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_EQ(outcome->cancellation.lines, (std::vector<LineQuantity>{{"8", 1}}));
  const domain::Order order = stored(order_id_);
  EXPECT_EQ(order.status, domain::OrderStatus::completed);
  EXPECT_EQ(order.shipping_status, domain::ShippingStatus::fully_shipped);
}

TEST_F(CancelTest, RestockOnlyWhenAsked) {
  ASSERT_TRUE(cancel_order(*store_, order_id_, request(CancellationForm::internal, {{"7", 1}}),
                           full_channel(), context())
                  .ok());
  EXPECT_TRUE(store_->begin_read()->inventory().list().empty());

  CancelRequest restocking = request(CancellationForm::internal);
  restocking.restock = true;
  auto outcome = cancel_order(*store_, order_id_, restocking, full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  auto reading = store_->begin_read();
  EXPECT_EQ(reading->inventory().find("SKU-1")->on_hand, 1);
  EXPECT_EQ(reading->inventory().find("SKU-2")->on_hand, 1);
  EXPECT_TRUE(outcome->cancellation.restock);
}

TEST_F(CancelTest, ThirdPartyManagedChannelCancelIsRecordedAsInternal) {
  domain::Order order = stored(order_id_);
  order.third_party_managed = true;
  store_order(order);
  auto outcome = cancel_order(*store_, order_id_, request(CancellationForm::on_channel),
                              full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_TRUE(outbox_rows().empty());
  EXPECT_EQ(outcome->cancellation.form, CancellationForm::internal);
}

}  // namespace
}  // namespace orderhub::pipeline::testing
