// seed_rules_test.cpp: ChannelAdvisor's rules for marketplace orders, each end to end: nothing is
// sent back for third-party managed orders; unshipped items are cancelled and shipped items are
// refunded with RefundOnly; Restock is sent only when asked, and then the hub's stock rises too;
// an Amazon cancellation sends Restock true.
#include <map>

#include "channeladvisor_fixture.h"

namespace orderhub::testing {
namespace {

using nlohmann::json;

class ChannelAdvisorSeedRulesTest : public ChannelAdvisorFixture {};

TEST_F(ChannelAdvisorSeedRulesTest, ThirdPartyManagedOrdersSendNothing) {
  const json managed = {{"SiteName", "Amazon Seller Central - US"},
                        {"PaymentStatus", "Cleared"},
                        {"ShippingStatus", "ThirdPartyManaged"}};
  const std::string id = add_channel_order(managed);
  const std::string other_id = add_channel_order(managed);
  must({"download", "shop"});
  const domain::Order order = stored_by_channel_id(id);
  const domain::Order other = stored_by_channel_id(other_id);
  EXPECT_TRUE(order.third_party_managed);
  EXPECT_EQ(order.marketplace, "Amazon Seller Central - US");

  // The hub records the shipment and the cancellation, but queues nothing for the channel.
  must({"ship", id_text(order), "--carrier", "UPS", "--service", "Ground", "--tracking", "1Z"});
  must({"cancel", id_text(other), "--reason", "buyer asked"});
  for (const domain::OutboxRow& row : outbox()) {
    EXPECT_NE(row.order_id, order.id) << row.idempotency_key;
    EXPECT_NE(row.order_id, other.id) << row.idempotency_key;
  }
  must({"sync"});
  // No Export either: the hub queues no acknowledgement for an order it never fulfils, so it
  // stays listed by exported=false and is merged unchanged on every download.
  for (const json& entry : received()) {
    EXPECT_NE(entry["order_id"], id) << entry.dump();
    EXPECT_NE(entry["order_id"], other_id) << entry.dump();
  }
  EXPECT_FALSE(received_of("export").empty());
}

TEST_F(ChannelAdvisorSeedRulesTest, UnshippedItemsAreCancelledAndShippedItemsRefundedWithRefundOnly) {
  must({"sync"});
  const std::vector<domain::Order> orders = plain_shippable();
  ASSERT_GE(orders.size(), 2u);
  const domain::Order& unshipped = orders[0];
  const domain::Order& shipped = orders[1];
  must({"ship", id_text(shipped), "--carrier", "UPS", "--service", "Ground", "--tracking", "1Z7"});
  must({"sync"});
  must({"refund", id_text(unshipped), "--reason", "out of stock"});
  must({"refund", id_text(shipped), "--reason", "never arrived"});
  must({"sync"});

  const json cancellation = received_of("adjustment", unshipped.channel_order_id.str());
  ASSERT_EQ(cancellation.size(), 1u);
  EXPECT_FALSE(cancellation[0]["body"].contains("RefundOnly"));
  EXPECT_EQ(cancellation[0]["result"]["Type"], "Cancel");
  EXPECT_EQ(sandbox_order(unshipped.channel_order_id.str())["ShippingStatus"], "Canceled");

  const json refund = received_of("adjustment", shipped.channel_order_id.str());
  ASSERT_EQ(refund.size(), 1u);
  EXPECT_EQ(refund[0]["body"]["RefundOnly"], true);
  EXPECT_EQ(refund[0]["body"]["Reason"], "MerchandiseNotReceived");
  EXPECT_EQ(refund[0]["result"]["Type"], "Refund");
  EXPECT_EQ(refund[0]["result"]["AdjustmentAmount"].dump(),
            json::parse(std::to_string(shipped.totals.total.minor / 100) + "." +
                        (shipped.totals.total.minor % 100 < 10 ? "0" : "") +
                        std::to_string(shipped.totals.total.minor % 100))
                .dump());
  EXPECT_EQ(sandbox_order(shipped.channel_order_id.str())["ShippingStatus"], "Shipped");
}

TEST_F(ChannelAdvisorSeedRulesTest, RestockIsSentOnlyWhenAskedAndThenHubStockRises) {
  must({"sync"});
  const std::vector<domain::Order> orders = plain_shippable();
  ASSERT_GE(orders.size(), 2u);
  const domain::Order& plain = orders[0];
  const domain::Order& restocked = orders[1];
  std::map<std::string, std::int64_t> before;
  for (const domain::Order* order : {&plain, &restocked}) {
    for (const domain::OrderLine& line : order->lines) {
      before[line.sku] = on_hand(line.sku);
    }
  }
  must({"cancel", id_text(plain), "--reason", "buyer asked"});
  for (const auto& [sku, quantity] : before) {
    EXPECT_EQ(on_hand(sku), quantity) << sku;  // not asked: the hub's stock is untouched
  }
  must({"cancel", id_text(restocked), "--reason", "buyer asked", "--restock"});
  std::map<std::string, std::int64_t> raised;
  for (const domain::OrderLine& line : restocked.lines) {
    raised[line.sku] += line.quantity;
  }
  for (const auto& [sku, quantity] : raised) {
    EXPECT_EQ(on_hand(sku), before[sku] + quantity) << sku;
  }
  must({"sync"});
  EXPECT_EQ(received_of("adjustment", plain.channel_order_id.str()).at(0)["body"]["Restock"], false);
  EXPECT_EQ(received_of("adjustment", restocked.channel_order_id.str()).at(0)["body"]["Restock"],
            true);
}

TEST_F(ChannelAdvisorSeedRulesTest, AmazonCancellationSendsRestockTrue) {
  const std::string id = add_channel_order({{"SiteName", "Amazon Seller Central - US"},
                                            {"PaymentStatus", "Cleared"},
                                            {"ShippingStatus", "Unshipped"}});
  must({"download", "shop"});
  const domain::Order order = stored_by_channel_id(id);
  std::map<std::string, std::int64_t> before;
  for (const domain::OrderLine& line : order.lines) {
    before[line.sku] = on_hand(line.sku);
  }
  must({"cancel", id_text(order), "--reason", "buyer asked"});
  must({"sync"});
  const json entries = received_of("adjustment", id);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0]["body"]["Restock"], true);  // Amazon restocks on the marketplace
  for (const auto& [sku, quantity] : before) {
    EXPECT_EQ(on_hand(sku), quantity) << sku;  // the hub's stock moves only when asked
  }
}

}  // namespace
}  // namespace orderhub::testing
