// seed_rules_test.cpp: the Smart Bargains rules of the hub, end to end with the real orderhub.
// Cancellations and refunds are managed on the Smart Bargains site: in the hub a cancel is
// internal only (nothing is sent) and only before Ship Confirmed; refunds are local only; a refund
// taken as a discount leaves the order shippable, and it ships afterwards.
#include "smartbargains_channel.h"

namespace orderhub::testing {
namespace {

class SmartBargainsSeedRulesTest : public SmartBargainsFixture {
 protected:
  void SetUp() override {
    SmartBargainsFixture::SetUp();
    deliver_acknowledgements();
    acknowledged_ = received().size();
  }
  std::size_t acknowledged_ = 0;
};

TEST_F(SmartBargainsSeedRulesTest, CancelIsInternalOnlyAndSendsNothing) {
  const domain::Order order = shippable_orders().at(0);
  const OrderhubRun on_channel = orderhub({"cancel", id_text(order), "--reason", "buyer asked"});
  EXPECT_EQ(on_channel.exit_code, 1);
  EXPECT_NE(on_channel.err.find("cancels on its own site only: use --internal"), std::string::npos)
      << on_channel.err;
  EXPECT_FALSE(stored(order.id).status == domain::OrderStatus::cancelled);

  must({"cancel", id_text(order), "--internal", "--reason", "buyer asked"});
  EXPECT_EQ(stored(order.id).status, domain::OrderStatus::cancelled);
  EXPECT_TRUE(outbox_of(domain::OutboxKind::cancellation).empty());
  must({"sync"});
  EXPECT_EQ(received().size(), acknowledged_);
  EXPECT_EQ(sandbox_order(order.channel_order_id.str())["status"], "ACKNOWLEDGED");
}

TEST_F(SmartBargainsSeedRulesTest, CancelIsRefusedAfterShipConfirmed) {
  const domain::Order order = shippable_orders().at(0);
  must({"ship", id_text(order), "--carrier", "UPS", "--service", "Ground", "--tracking", "1Z1",
        "--line", order.lines[0].line_id + ":1"});
  must({"sync"});
  const domain::Order confirmed = stored(order.id);
  ASSERT_TRUE(confirmed.channel_notified_for_shipping);

  const OrderhubRun run = orderhub({"cancel", id_text(order), "--internal"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("is Ship Confirmed"), std::string::npos) << run.err;
  EXPECT_EQ(stored(order.id), confirmed);
  EXPECT_EQ(received().size(), acknowledged_ + 1);
}

TEST_F(SmartBargainsSeedRulesTest, RefundsAreLocalOnly) {
  const domain::Order order = shippable_orders().at(0);
  const std::string output =
      must({"refund", id_text(order), "--amount", "1.25", "--reason", "goodwill"});
  EXPECT_NE(output.find("the channel takes no refunds: recorded in the hub only"),
            std::string::npos)
      << output;
  EXPECT_EQ(stored(order.id).payment_status, domain::PaymentStatus::partial_refund);
  EXPECT_TRUE(outbox_of(domain::OutboxKind::refund).empty());
  must({"sync"});
  EXPECT_EQ(received().size(), acknowledged_);
}

TEST_F(SmartBargainsSeedRulesTest, RefundAsDiscountLeavesTheOrderShippableAndShipsAfterwards) {
  const domain::Order order = shippable_orders().at(0);
  must({"refund", id_text(order), "--amount", "2.00", "--as-discount", "--reason", "scuffed box"});
  const domain::Order discounted = stored(order.id);
  EXPECT_EQ(discounted.discount_added.minor, 200);
  EXPECT_EQ(discounted.refunded.minor, 0);
  EXPECT_EQ(discounted.status, domain::OrderStatus::in_process);
  EXPECT_EQ(discounted.shipping_status, domain::ShippingStatus::unshipped);
  EXPECT_TRUE(outbox_of(domain::OutboxKind::refund).empty());

  must({"ship", id_text(order), "--carrier", "UPS", "--service", "Ground", "--tracking",
        "1ZDISCOUNT"});
  must({"sync"});
  const auto shipments = received_of("shipment", order.channel_order_id.str());
  ASSERT_EQ(shipments.size(), 1u);
  EXPECT_EQ(shipments[0]["body"]["tracking_number"], "1ZDISCOUNT");
  EXPECT_EQ(received().size(), acknowledged_ + 1);
  EXPECT_EQ(sandbox_order(order.channel_order_id.str())["status"], "SHIPPED");
}

}  // namespace
}  // namespace orderhub::testing
