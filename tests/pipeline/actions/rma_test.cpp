// rma_test.cpp: returns of shipped items: opening, receiving, restocking and refunding them.
#include "action_test_support.h"

namespace orderhub::pipeline::testing {
namespace {

class RmaTest : public ActionTest {
 protected:
  void ship(std::vector<domain::LineQuantity> lines) {
    ShipRequest ship;
    ship.tracking_number = "1Z1";
    ship.lines = std::move(lines);
    ASSERT_TRUE(ship_order(*store_, order_id_, ship, full_channel(), context()).ok());
  }

  static RmaRequest request(std::vector<domain::LineQuantity> lines) {
    return RmaRequest{std::move(lines), "does not fit"};
  }

  void expect_refused(const RmaRequest& rma, const std::string& message) {
    const Snapshot before = snapshot(order_id_);
    auto result = create_rma(*store_, order_id_, rma, context());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, message);
    EXPECT_EQ(snapshot(order_id_), before);
  }
};

TEST_F(RmaTest, AnRmaNeedsShippedQuantities) {
  expect_refused(request({{"7", 1}}),
                 "line 7 has not been shipped: only shipped items can be returned (cancel "
                 "unshipped items instead)");
  ship({{"7", 1}});
  expect_refused(request({{"7", 2}}),
                 "line 7: cannot return 2, only 1 shipped and not on an RMA yet (shipped 1, on "
                 "earlier RMAs 0)");
  ASSERT_TRUE(create_rma(*store_, order_id_, request({{"7", 1}}), context()).ok());
  expect_refused(request({{"7", 1}}),
                 "line 7: cannot return 1, only 0 shipped and not on an RMA yet (shipped 1, on "
                 "earlier RMAs 1)");
}

TEST_F(RmaTest, AnRmaNeedsLinesAndAReason) {
  ship({});
  expect_refused(RmaRequest{{}, "broken"},
                 "an RMA needs at least one line: say which items are coming back");
  expect_refused(RmaRequest{{{"7", 1}}, ""}, "an RMA needs a reason");
  expect_refused(request({{"7", -2}}), "line 7: quantity must be a positive integer (got -2)");
}

TEST_F(RmaTest, CreatingAnRmaRecordsItAndLeavesTheOrderAsItIs) {
  ship({});
  const domain::Order before = stored(order_id_);
  auto outcome = create_rma(*store_, order_id_, request({{"7", 1}}), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_EQ(outcome->rma.status, domain::RmaStatus::created);
  EXPECT_EQ(stored(order_id_), before);
  EXPECT_EQ(history(order_id_).back().kind, "rma_created");
}

TEST_F(RmaTest, ReceivingWithoutRestockLeavesInventoryAlone) {
  ship({});
  auto rma = create_rma(*store_, order_id_, request({{"7", 1}}), context());
  ASSERT_TRUE(rma.ok());
  auto received = receive_rma(*store_, rma->rma.id, RmaReceiptRequest{}, full_channel(), context());
  ASSERT_TRUE(received.ok()) << received.error().message;
  EXPECT_TRUE(store_->begin_read()->inventory().list().empty());
  EXPECT_EQ(domain::find_line(stored(order_id_), "7")->quantity_returned, 1);
  EXPECT_EQ(store_->begin_read()->fulfilment().find_rma(rma->rma.id)->status,
            domain::RmaStatus::received);
  EXPECT_TRUE(outbox_rows().size() == 1u);  // only the shipment
}

TEST_F(RmaTest, ReceivingWithRestockAndRefundRestocksAndRefundsTheReturnedLines) {
  ship({});
  auto rma = create_rma(*store_, order_id_, request({{"7", 2}}), context());
  ASSERT_TRUE(rma.ok());
  RmaReceiptRequest receipt;
  receipt.restock = true;
  receipt.refund = true;
  auto received = receive_rma(*store_, rma->rma.id, receipt, full_channel(), context());
  ASSERT_TRUE(received.ok()) << received.error().message;

  EXPECT_EQ(store_->begin_read()->inventory().find("SKU-1")->on_hand, 2);
  ASSERT_TRUE(received->refund.has_value());
  EXPECT_EQ(received->refund->refund.amount, usd(3240));  // 2 x 15.00 + the line's 2.40 tax
  EXPECT_EQ(received->refund->refund.reason,
            "RMA " + std::to_string(rma->rma.id) + ": does not fit");
  EXPECT_TRUE(received->refund->channel.outbox_row.has_value());
  const domain::Order order = stored(order_id_);
  EXPECT_EQ(domain::find_line(order, "7")->quantity_returned, 2);
  EXPECT_EQ(domain::find_line(order, "7")->quantity_refunded, 2);
  EXPECT_EQ(order.refunded, usd(3240));
  EXPECT_EQ(order.payment_status, domain::PaymentStatus::partial_refund);
  EXPECT_TRUE(store_->begin_read()->fulfilment().find_rma(rma->rma.id)->refunded);
  const auto events = history(order_id_);
  ASSERT_GE(events.size(), 2u);
  EXPECT_EQ(events[events.size() - 2].kind, "rma_received");
  EXPECT_EQ(events.back().kind, "refunded");
}

TEST_F(RmaTest, ReceivingAnRmaTwiceIsRefused) {
  ship({});
  auto rma = create_rma(*store_, order_id_, request({{"8", 1}}), context());
  ASSERT_TRUE(rma.ok());
  ASSERT_TRUE(receive_rma(*store_, rma->rma.id, {}, full_channel(), context()).ok());
  const Snapshot before = snapshot(order_id_);
  auto again = receive_rma(*store_, rma->rma.id, {}, full_channel(), context());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().message, "RMA " + std::to_string(rma->rma.id) + " was already received");
  EXPECT_EQ(snapshot(order_id_), before);
}

TEST_F(RmaTest, ARefundThatCannotBeMadeRefusesTheWholeReceipt) {
  ship({});
  auto rma = create_rma(*store_, order_id_, request({{"7", 1}}), context());
  ASSERT_TRUE(rma.ok());
  RefundRequest everything;
  ASSERT_TRUE(refund_order(*store_, order_id_, everything, full_channel(), context()).ok());

  const Snapshot before = snapshot(order_id_);
  RmaReceiptRequest receipt;
  receipt.restock = true;
  receipt.refund = true;
  auto received = receive_rma(*store_, rma->rma.id, receipt, full_channel(), context());
  ASSERT_FALSE(received.ok());
  EXPECT_EQ(received.error().message,
            "cannot refund RMA " + std::to_string(rma->rma.id) + ": order " +
                std::to_string(order_id_.value) +
                " is already fully refunded (48.30 USD paid, 48.30 USD given back)");
  EXPECT_EQ(snapshot(order_id_), before);
}

TEST_F(RmaTest, AnUnknownRmaIsRefused) {
  auto received = receive_rma(*store_, 999, {}, full_channel(), context());
  ASSERT_FALSE(received.ok());
  EXPECT_EQ(received.error().message, "there is no RMA 999");
}

}  // namespace
}  // namespace orderhub::pipeline::testing
