// delivery_test.cpp: the real orderhub against the Smart Bargains sandbox: download queues one
// acknowledgement per stored order, ship queues shipments, and `orderhub sync` delivers them, each
// checked field by field in what the sandbox received.
#include "smartbargains_channel.h"

namespace orderhub::testing {
namespace {

class SmartBargainsDeliveryTest : public SmartBargainsFixture {};

std::string key_of(const std::vector<domain::OutboxRow>& rows, domain::OrderId order) {
  for (const domain::OutboxRow& row : rows) {
    if (row.order_id == order) {
      return row.idempotency_key;
    }
  }
  ADD_FAILURE() << "no row for order " << order.value;
  return "";
}

TEST_F(SmartBargainsDeliveryTest, DownloadedOrdersAreAcknowledgedOnceBySync) {
  const std::vector<domain::Order> orders = stored_orders();
  ASSERT_FALSE(orders.empty());
  const std::vector<domain::OutboxRow> acknowledgements =
      outbox_of(domain::OutboxKind::acknowledgement);
  ASSERT_EQ(acknowledgements.size(), orders.size());
  EXPECT_TRUE(received().empty());  // nothing goes out before sync

  must({"sync"});
  for (const domain::OutboxRow& row : outbox()) {
    EXPECT_EQ(row.state, domain::OutboxState::done) << row.idempotency_key << " " << row.last_error;
  }
  std::size_t new_orders = 0;
  for (const domain::Order& order : orders) {
    const std::string po = order.channel_order_id.str();
    const auto entries = received_of("acknowledgement", po);
    if (order.channel_status == "NEW") {
      ++new_orders;
      ASSERT_EQ(entries.size(), 1u) << po;
      EXPECT_EQ(entries[0]["body"]["idempotency_key"], key_of(acknowledgements, order.id));
      EXPECT_EQ(entries[0]["path"], "/smartbargains/v1/orders/" + po + "/acknowledge");
    } else {
      // Acknowledged at Smart Bargains already: answered as applied, nothing changes there.
      EXPECT_TRUE(entries.empty()) << po;
    }
    EXPECT_EQ(sandbox_order(po)["status"], "ACKNOWLEDGED") << po;
  }
  EXPECT_GT(new_orders, 0u);
  EXPECT_EQ(received().size(), new_orders);

  EXPECT_NE(must({"sync"}).find("0 rows still to send"), std::string::npos);
  EXPECT_EQ(received().size(), new_orders);
}

TEST_F(SmartBargainsDeliveryTest, ShipThenSyncDeliversFullAndPartialShipmentsFieldByField) {
  deliver_acknowledgements();
  const std::size_t acknowledged = received().size();
  std::vector<domain::Order> orders = shippable_orders();
  std::stable_partition(orders.begin(), orders.end(), [](const domain::Order& order) {
    return order.lines.size() > 1 || order.lines[0].quantity > 1;
  });
  ASSERT_GE(orders.size(), 2u);
  const domain::Order& partly_shipped = orders[0];
  const domain::Order& shipped = orders[1];
  const domain::OrderLine& first_line = partly_shipped.lines[0];

  must({"ship", id_text(shipped), "--carrier", "UPS", "--service", "Ground", "--tracking",
        "1Z999AA10000000001"});
  must({"ship", "shop:" + partly_shipped.channel_order_id.str(), "--carrier", "FedEx",
        "--service", "Home", "--tracking", "7712", "--line", first_line.line_id + ":1"});
  EXPECT_EQ(received().size(), acknowledged);

  const std::string summary = must({"sync"});
  EXPECT_NE(summary.find("shop: 2 delivered, 0 to retry, 0 failed"), std::string::npos) << summary;
  const std::vector<domain::OutboxRow> rows = outbox_of(domain::OutboxKind::shipment);
  ASSERT_EQ(rows.size(), 2u);

  {
    const auto entries = received_of("shipment", shipped.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    const nlohmann::json& body = entries[0]["body"];
    EXPECT_EQ(body["carrier"], "UPS");
    EXPECT_EQ(body["service"], "Ground");
    EXPECT_EQ(body["tracking_number"], "1Z999AA10000000001");
    EXPECT_EQ(body["ship_date"].get<std::string>().size(), 20u) << body["ship_date"];
    EXPECT_EQ(body["idempotency_key"], key_of(rows, shipped.id));
    nlohmann::json lines = nlohmann::json::array();
    for (const domain::OrderLine& line : shipped.lines) {
      lines.push_back({{"line_number", std::stoll(line.line_id)}, {"qty", line.quantity}});
    }
    EXPECT_EQ(body["lines"], lines);
    EXPECT_EQ(sandbox_order(shipped.channel_order_id.str())["status"], "SHIPPED");
    const domain::Order after = stored(shipped.id);
    EXPECT_TRUE(after.channel_notified_for_shipping);
    EXPECT_EQ(after.shipping_status, domain::ShippingStatus::fully_shipped);
  }
  {
    const auto entries = received_of("shipment", partly_shipped.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    const nlohmann::json& body = entries[0]["body"];
    EXPECT_EQ(body["carrier"], "FedEx");
    EXPECT_EQ(body["service"], "Home");
    EXPECT_EQ(body["tracking_number"], "7712");
    EXPECT_EQ(body["lines"], nlohmann::json::array(
                                 {{{"line_number", std::stoll(first_line.line_id)}, {"qty", 1}}}));
    const nlohmann::json wire = sandbox_order(partly_shipped.channel_order_id.str());
    EXPECT_EQ(wire["status"], "ACKNOWLEDGED");
    EXPECT_EQ(wire["lines"][0]["qty_shipped"], 1);
    const domain::Order after = stored(partly_shipped.id);
    EXPECT_EQ(after.shipping_status, domain::ShippingStatus::partially_shipped);
    EXPECT_TRUE(after.channel_notified_for_shipping);
  }

  // A second sync has nothing to do and sends nothing.
  EXPECT_NE(must({"sync"}).find("0 rows still to send"), std::string::npos);
  EXPECT_EQ(received().size(), acknowledged + 2);
}

}  // namespace
}  // namespace orderhub::testing
