// delivery_test.cpp: the real orderhub against the Overstock sandbox: download, then sync
// acknowledges the new orders; ship, cancel and refund are delivered by sync, checked field by
// field in what the sandbox received.
#include <algorithm>

#include "overstock_channel.h"

namespace orderhub::testing {
namespace {

class OverstockDeliveryTest : public OverstockFixture {};

TEST_F(OverstockDeliveryTest, DownloadedOrdersAreStoredAndAcknowledgedOnce) {
  // Fully shipped (COMPLETE) orders are not downloaded unless the account allows shipped orders.
  std::size_t open = 0;
  std::size_t fresh = 0;
  for (const nlohmann::json& wire : sandbox_orders()) {
    open += wire.at("status") != "COMPLETE" ? 1 : 0;
    fresh += wire.at("status") == "NEW" ? 1 : 0;
  }
  EXPECT_EQ(stored_orders().size(), open);
  ASSERT_GT(fresh, 0u);
  must({"sync"});
  // Every stored order is acknowledged; the channel records only the ones new to it.
  EXPECT_EQ(received_kind("acknowledgement").size(), fresh);
  for (const nlohmann::json& wire : sandbox_orders()) {
    if (wire.at("status") != "COMPLETE") {
      EXPECT_EQ(wire.at("acknowledged"), true) << wire.at("salesChannelOrderNumber");
    }
  }
  EXPECT_NE(must({"sync"}).find("0 rows still to send"), std::string::npos);
  EXPECT_EQ(received_kind("acknowledgement").size(), fresh);
}

TEST_F(OverstockDeliveryTest, ShipCancelRefundThenSyncDeliversEveryEffectFieldByField) {
  must({"sync"});  // the acknowledgements
  std::vector<domain::Order> orders = shippable_orders();
  std::stable_partition(orders.begin(), orders.end(),
                        [](const domain::Order& order) { return order.lines.size() > 1; });
  ASSERT_GE(orders.size(), 4u);
  ASSERT_GT(orders[0].lines.size(), 1u);
  const domain::Order& partly_shipped = orders[0];
  const domain::Order& shipped = orders[1];
  const domain::Order& cancelled = orders[2];
  const domain::Order& refunded = orders[3];

  must({"ship", id_text(shipped), "--carrier", "UPS", "--service", "Ground", "--tracking",
        "1Z999AA10000000001"});
  must({"ship", id_text(partly_shipped), "--carrier", "FedEx", "--service", "Two Day",
        "--tracking", "7712", "--line", partly_shipped.lines[0].line_id + ":1"});
  must({"cancel", id_text(cancelled), "--reason", "buyer asked"});
  must({"refund", id_text(refunded), "--amount", "5.25", "--reason", "late", "--notes",
        "goodwill"});
  must({"sync"});

  const auto shipment_of = [&](const domain::Order& order) {
    const std::vector<nlohmann::json> entries =
        received_with_key(key_of(order.id, domain::OutboxKind::shipment));
    EXPECT_EQ(entries.size(), 1u);
    return entries.empty() ? nlohmann::json() : entries[0];
  };
  const nlohmann::json whole = shipment_of(shipped);
  EXPECT_EQ(whole.at("kind"), "shipment");
  EXPECT_EQ(whole.at("order_id"), shipped.channel_order_id.str());
  ASSERT_EQ(whole.at("body").at("lines").size(), shipped.lines.size());
  for (std::size_t index = 0; index < shipped.lines.size(); ++index) {
    const nlohmann::json& line = whole.at("body").at("lines")[index];
    EXPECT_EQ(line.at("salesChannelLineNumber"), shipped.lines[index].line_id);
    EXPECT_EQ(line.at("quantity"), shipped.lines[index].quantity);
    EXPECT_EQ(line.at("carrier"), "UPS");
    EXPECT_EQ(line.at("serviceLevel"), "GROUND");
    EXPECT_EQ(line.at("trackingNumber"), "1Z999AA10000000001");
    EXPECT_EQ(line.at("warehouse"), "WH1");
    EXPECT_EQ(line.at("salesChannelName"), "OSTK");
  }
  const nlohmann::json partial = shipment_of(partly_shipped);
  ASSERT_EQ(partial.at("body").at("lines").size(), 1u);
  EXPECT_EQ(partial.at("body").at("lines")[0].at("quantity"), 1);
  EXPECT_EQ(partial.at("body").at("lines")[0].at("carrier"), "FEDEX");
  EXPECT_EQ(partial.at("body").at("lines")[0].at("serviceLevel"), "TWO_DAY");

  const std::vector<nlohmann::json> cancellation =
      received_with_key(key_of(cancelled.id, domain::OutboxKind::cancellation));
  ASSERT_EQ(cancellation.size(), 1u);
  EXPECT_EQ(cancellation[0].at("kind"), "cancellation");
  ASSERT_EQ(cancellation[0].at("body").at("lines").size(), cancelled.lines.size());
  for (const nlohmann::json& line : cancellation[0].at("body").at("lines")) {
    EXPECT_EQ(line.at("reasonCode"), "CUSTOMER_REQUEST");
  }

  const std::vector<nlohmann::json> refund =
      received_with_key(key_of(refunded.id, domain::OutboxKind::refund));
  ASSERT_EQ(refund.size(), 1u);
  EXPECT_EQ(refund[0].at("kind"), "return");
  EXPECT_EQ(refund[0].at("body").at("amount_cents"), 525);
  EXPECT_EQ(refund[0].at("body").at("reason"), "late");
  EXPECT_EQ(refund[0].at("body").at("notes"), "goodwill");

  // The channel's own view: the shipped order complete, the cancelled one cancelled.
  EXPECT_EQ(sandbox_order(shipped.channel_order_id.str()).at("status"), "COMPLETE");
  EXPECT_EQ(sandbox_order(cancelled.channel_order_id.str()).at("status"), "CANCELLED");
  EXPECT_EQ(sandbox_order(partly_shipped.channel_order_id.str()).at("status"),
            "PARTIALLY_SHIPPED");
  EXPECT_NE(must({"sync"}).find("0 rows still to send"), std::string::npos);
}

}  // namespace
}  // namespace orderhub::testing
