// closed_orders_test.cpp: rules that hold for every action: nothing on void or cancelled orders,
// and nothing ever sent about third-party managed orders.
#include "action_test_support.h"

namespace orderhub::pipeline::testing {
namespace {

class ClosedOrdersTest : public ActionTest {
 protected:
  // Every action on the order is refused with message, and nothing changes.
  void expect_every_action_refused(const std::string& message) {
    const Snapshot before = snapshot(order_id_);
    ShipRequest ship;
    ship.tracking_number = "1Z1";
    CancelRequest cancel;
    cancel.form = domain::CancellationForm::internal;
    RefundRequest refund;
    refund.amount = "1.00";
    RmaRequest rma{{{"7", 1}}, "broken"};

    auto shipped = ship_order(*store_, order_id_, ship, full_channel(), context());
    auto cancelled = cancel_order(*store_, order_id_, cancel, full_channel(), context());
    auto refunded = refund_order(*store_, order_id_, refund, full_channel(), context());
    auto returned = create_rma(*store_, order_id_, rma, context());
    ASSERT_FALSE(shipped.ok());
    ASSERT_FALSE(cancelled.ok());
    ASSERT_FALSE(refunded.ok());
    ASSERT_FALSE(returned.ok());
    EXPECT_EQ(shipped.error().message, message);
    EXPECT_EQ(cancelled.error().message, message);
    EXPECT_EQ(refunded.error().message, message);
    EXPECT_EQ(returned.error().message, message);
    EXPECT_EQ(snapshot(order_id_), before);
  }
};

TEST_F(ClosedOrdersTest, ActionsOnVoidOrCancelledOrdersAreRefused) {
  domain::Order order = stored(order_id_);
  domain::find_line(order, "7")->quantity_shipped = 1;  // so that an RMA would otherwise qualify
  order.status = domain::OrderStatus::cancelled;
  store_order(order);
  expect_every_action_refused("order " + std::to_string(order_id_.value) +
                              " is cancelled: no further action is possible");

  order.status = domain::OrderStatus::voided;
  store_order(order);
  expect_every_action_refused("order " + std::to_string(order_id_.value) +
                              " is void: no further action is possible");
}

TEST_F(ClosedOrdersTest, AnOrderCancelledByAnActionRefusesTheNextOne) {
  CancelRequest cancel;
  cancel.form = domain::CancellationForm::internal;
  ASSERT_TRUE(cancel_order(*store_, order_id_, cancel, full_channel(), context()).ok());
  expect_every_action_refused("order " + std::to_string(order_id_.value) +
                              " is cancelled: no further action is possible");
}

TEST_F(ClosedOrdersTest, ThirdPartyManagedOrdersNeverProduceOutboxRows) {
  domain::Order order = stored(order_id_);
  order.third_party_managed = true;
  store_order(order);
  const std::string reason = "order " + std::to_string(order_id_.value) +
                             " is third-party managed (fulfilled outside the hub): nothing is "
                             "sent to its channel";

  ShipRequest ship;
  ship.tracking_number = "1Z1";
  ship.lines = {{"7", 1}};
  auto shipped = ship_order(*store_, order_id_, ship, full_channel(), context());
  ASSERT_TRUE(shipped.ok()) << shipped.error().message;
  EXPECT_EQ(shipped->channel.not_sent_reason, reason);

  RefundRequest refund;
  refund.amount = "2.00";
  auto refunded = refund_order(*store_, order_id_, refund, full_channel(), context());
  ASSERT_TRUE(refunded.ok()) << refunded.error().message;
  EXPECT_EQ(refunded->channel.not_sent_reason, reason);
  EXPECT_EQ(refunded->refund.form, domain::RefundForm::local);

  CancelRequest cancel;
  cancel.lines = {{"8", 1}};
  auto cancelled = cancel_order(*store_, order_id_, cancel, full_channel(), context());
  ASSERT_TRUE(cancelled.ok()) << cancelled.error().message;
  EXPECT_EQ(cancelled->channel.not_sent_reason, reason);

  EXPECT_TRUE(outbox_rows().empty());
}

}  // namespace
}  // namespace orderhub::pipeline::testing
