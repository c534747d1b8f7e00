// delivery_test.cpp: download -> export -> ship, cancel, refund -> sync with the real orderhub
// against the ChannelAdvisor sandbox, checked field by field in what the sandbox received.
#include <algorithm>

#include "channeladvisor_fixture.h"

namespace orderhub::testing {
namespace {

using nlohmann::json;

std::string key_of(const std::vector<domain::OutboxRow>& rows, domain::OrderId order,
                   domain::OutboxKind kind) {
  for (const domain::OutboxRow& row : rows) {
    if (row.order_id == order && row.kind == kind) {
      return row.idempotency_key;
    }
  }
  ADD_FAILURE() << "no " << to_string(kind) << " row for order " << order.value;
  return "";
}

class ChannelAdvisorDeliveryTest : public ChannelAdvisorFixture {};

TEST_F(ChannelAdvisorDeliveryTest, StoredOrdersAreExportedOnceAndNotDownloadedAgain) {
  const std::vector<domain::Order> orders = stored_orders();
  ASSERT_GE(orders.size(), 30u);
  EXPECT_NE(must({"sync"}).find("0 rows still to send"), std::string::npos);
  std::size_t exportable = 0;
  for (const domain::Order& order : orders) {
    const json exports = received_of("export", order.channel_order_id.str());
    EXPECT_EQ(exports.size(), order.third_party_managed ? 0u : 1u) << order.channel_order_id.str();
    exportable += order.third_party_managed ? 0 : 1;
    EXPECT_FALSE(order.marketplace.empty());
  }
  EXPECT_EQ(received_of("export").size(), exportable);
  // The next download lists only what is still unexported: the third-party managed orders.
  must({"download", "shop"});
  EXPECT_EQ(stored_orders().size(), orders.size());
  EXPECT_EQ(received_of("export").size(), exportable);
}

TEST_F(ChannelAdvisorDeliveryTest, ShipCancelRefundThenSyncDeliversEveryEffectFieldByField) {
  must({"sync"});  // the exports
  std::vector<domain::Order> orders = plain_shippable();
  std::stable_partition(orders.begin(), orders.end(),
                        [](const domain::Order& order) { return order.lines.size() > 1; });
  ASSERT_GE(orders.size(), 5u);
  ASSERT_GT(orders[1].lines.size(), 1u);
  const domain::Order& partly_shipped = orders[0];
  const domain::Order& partly_cancelled = orders[1];
  const domain::Order& shipped = orders[2];
  const domain::Order& cancelled = orders[3];
  const domain::Order& partly_refunded = orders[4];

  must({"ship", id_text(shipped), "--carrier", "UPS", "--service", "Ground", "--tracking",
        "1Z999AA10000000001"});
  must({"ship", id_text(partly_shipped), "--carrier", "FedEx", "--service", "2Day", "--tracking",
        "7712", "--line", partly_shipped.lines[0].line_id + ":1"});
  must({"cancel", id_text(cancelled), "--reason", "buyer asked"});
  must({"cancel", id_text(partly_cancelled), "--reason", "out of stock", "--line",
        partly_cancelled.lines[1].line_id + ":1"});
  must({"refund", id_text(partly_refunded), "--amount", "5.00", "--reason", "late"});
  EXPECT_TRUE(received_of("shipment").empty());
  EXPECT_TRUE(received_of("adjustment").empty());

  const std::string summary = must({"sync"});
  EXPECT_NE(summary.find("shop: 5 delivered, 0 to retry, 0 failed"), std::string::npos) << summary;
  const std::vector<domain::OutboxRow> rows = outbox();

  {  // A full shipment: every line, the order Shipped at the channel.
    const json entries = received_of("shipment", shipped.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["path"], "/channeladvisor/v1/Orders(" + shipped.channel_order_id.str() + ")/Ship");
    const json& value = entries[0]["body"]["Value"];
    EXPECT_EQ(value["TrackingNumber"], "1Z999AA10000000001");
    EXPECT_EQ(value["ShippingCarrier"], "UPS");
    EXPECT_EQ(value["ShippingClass"], "Ground");
    EXPECT_EQ(value["DeliveryStatus"], "Complete");
    EXPECT_EQ(value["SellerFulfillmentID"], key_of(rows, shipped.id, domain::OutboxKind::shipment));
    ASSERT_EQ(value["Items"].size(), shipped.lines.size());
    for (std::size_t index = 0; index < shipped.lines.size(); ++index) {
      EXPECT_EQ(value["Items"][index]["Quantity"], shipped.lines[index].quantity);
    }
    EXPECT_EQ(sandbox_order(shipped.channel_order_id.str())["ShippingStatus"], "Shipped");
    EXPECT_TRUE(stored(shipped.id).channel_notified_for_shipping);
  }
  {  // A partial shipment: one unit of one line.
    const json entries = received_of("shipment", partly_shipped.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    const json& value = entries[0]["body"]["Value"];
    EXPECT_EQ(value["ShippingCarrier"], "FedEx");
    EXPECT_EQ(value["TrackingNumber"], "7712");
    ASSERT_EQ(value["Items"].size(), 1u);
    EXPECT_EQ(value["Items"][0]["Quantity"], 1);
    EXPECT_EQ(entries[0]["result"]["items"][0]["OrderItemID"].dump(), partly_shipped.lines[0].line_id);
    EXPECT_EQ(sandbox_order(partly_shipped.channel_order_id.str())["ShippingStatus"],
              "PartiallyShipped");
  }
  {  // A full cancellation of an unshipped order: order level, no RefundOnly, no Restock.
    const json entries = received_of("adjustment", cancelled.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["path"],
              "/channeladvisor/v1/Orders(" + cancelled.channel_order_id.str() + ")/Adjust");
    EXPECT_EQ(entries[0]["body"],
              json({{"Reason", "BuyerCancelled"},
                    {"Restock", false},
                    {"SellerAdjustmentID",
                     key_of(rows, cancelled.id, domain::OutboxKind::cancellation)}}));
    EXPECT_EQ(sandbox_order(cancelled.channel_order_id.str())["ShippingStatus"], "Canceled");
    EXPECT_EQ(stored(cancelled.id).status, domain::OrderStatus::cancelled);
  }
  {  // A line cancellation: item level with the quantity.
    const json entries = received_of("adjustment", partly_cancelled.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    const std::string line_id = partly_cancelled.lines[1].line_id;
    EXPECT_EQ(entries[0]["path"], "/channeladvisor/v1/OrderItems(" + line_id + ")/Adjust");
    EXPECT_EQ(entries[0]["body"],
              json({{"Quantity", 1},
                    {"Reason", "ItemNotAvailable"},
                    {"Restock", false},
                    {"SellerAdjustmentID",
                     key_of(rows, partly_cancelled.id, domain::OutboxKind::cancellation) + "/" +
                         line_id}}));
  }
  {  // An amount-only refund: order level, RefundOnly, the amount to the cent.
    const json entries = received_of("adjustment", partly_refunded.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    const json& body = entries[0]["body"];
    EXPECT_EQ(body["AdjustmentAmount"], 5.0);
    EXPECT_EQ(entries[0]["result"]["AdjustmentAmount"], 5.0);
    EXPECT_EQ(body["RefundOnly"], true);
    EXPECT_EQ(body["Reason"], "GeneralAdjustment");
    EXPECT_EQ(body["SellerAdjustmentID"],
              key_of(rows, partly_refunded.id, domain::OutboxKind::refund));
    EXPECT_EQ(stored(partly_refunded.id).payment_status, domain::PaymentStatus::partial_refund);
  }
  // A second sync sends nothing.
  EXPECT_NE(must({"sync"}).find("0 rows still to send"), std::string::npos);
  EXPECT_EQ(received_of("shipment").size(), 2u);
  EXPECT_EQ(received_of("adjustment").size(), 3u);
}

}  // namespace
}  // namespace orderhub::testing
