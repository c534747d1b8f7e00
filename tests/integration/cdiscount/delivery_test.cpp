// delivery_test.cpp: Cdiscount end to end with the real orderhub executable: download, ship,
// sync, and what the emulated Cdiscount received, field by field; acceptance of new orders.
#include "cdiscount_channel.h"

namespace orderhub::testing {
namespace {

class CdiscountDeliveryTest : public ChannelFixture {
 protected:
  CdiscountDeliveryTest() : ChannelFixture(cdiscount_channel()) {}
};

TEST_F(CdiscountDeliveryTest, ShipmentIsValidatedAsShippedWithCarrierTrackingAndEveryLine) {
  const std::vector<domain::Order> orders = shippable_orders();
  ASSERT_FALSE(orders.empty());
  const domain::Order& order = orders.front();
  const std::string number = order.channel_order_id.str();
  const nlohmann::json before = sandbox_order(number);
  EXPECT_EQ(before["OrderState"], "WaitingForShipmentAcceptation");

  must({"ship", id_text(order), "--carrier", "Colissimo", "--service", "Expert", "--tracking",
        "6A0123456789"});
  must({"sync", "--wait", "--timeout", "60"});

  const auto shipments = received_for(received(), "shipment", number);
  ASSERT_EQ(shipments.size(), 1u) << received().dump(2);
  const nlohmann::json& body = shipments[0]["body"];
  EXPECT_EQ(body["OrderNumber"], number);
  EXPECT_EQ(body["OrderState"], "Shipped");
  EXPECT_EQ(body["CarrierName"], "Colissimo");
  EXPECT_EQ(body["TrackingNumber"], "6A0123456789");
  EXPECT_EQ(body["TrackingUrl"],
            "https://www.laposte.fr/outils/suivre-vos-envois?code=6A0123456789");
  ASSERT_EQ(body["OrderLineList"].size(), before["OrderLineList"].size());
  for (std::size_t index = 0; index < before["OrderLineList"].size(); ++index) {
    EXPECT_EQ(body["OrderLineList"][index]["SellerProductId"],
              before["OrderLineList"][index]["SellerProductId"]);
    EXPECT_EQ(body["OrderLineList"][index]["AcceptationState"], "ShippedBySeller");
    EXPECT_EQ(body["OrderLineList"][index]["ProductCondition"], "New");
  }

  const nlohmann::json after = sandbox_order(number);
  EXPECT_EQ(after["OrderState"], "Shipped");
  ASSERT_EQ(after["ParcelList"].size(), 1u);
  EXPECT_EQ(after["ParcelList"][0]["ParcelNumber"], "6A0123456789");
  for (const domain::OutboxRow& row : outbox()) {
    EXPECT_EQ(row.state, domain::OutboxState::done) << row.idempotency_key << row.last_error;
  }
}

class CdiscountAcceptanceTest : public ChannelFixture {
 protected:
  CdiscountAcceptanceTest() : ChannelFixture(cdiscount_channel({"download.allow_unpaid=true"})) {}
};

TEST_F(CdiscountAcceptanceTest, OrdersWaitingForSellerAcceptationAreAcceptedOnSync) {
  std::vector<std::string> waiting;
  for (const nlohmann::json& order : sandbox_orders()) {
    if (order["OrderState"] == "WaitingForSellerAcceptation") {
      waiting.push_back(order["OrderNumber"]);
    }
  }
  ASSERT_FALSE(waiting.empty());
  must({"sync", "--wait", "--timeout", "60"});
  const nlohmann::json all = received();
  for (const std::string& number : waiting) {
    const auto accepted = received_for(all, "acceptance", number);
    ASSERT_EQ(accepted.size(), 1u) << number;
    EXPECT_EQ(accepted[0]["body"]["OrderState"], "AcceptedBySeller");
    for (const nlohmann::json& line : accepted[0]["body"]["OrderLineList"]) {
      EXPECT_EQ(line["AcceptationState"], "AcceptedBySeller");
    }
    EXPECT_EQ(sandbox_order(number)["OrderState"], "AcceptedBySeller");
  }
  // Orders past acceptance were acknowledged without a write.
  std::size_t acceptances = 0;
  for (const nlohmann::json& entry : all) {
    acceptances += entry["kind"] == "acceptance" ? 1 : 0;
  }
  EXPECT_EQ(acceptances, waiting.size());
  for (const domain::OutboxRow& row : outbox()) {
    EXPECT_EQ(row.state, domain::OutboxState::done) << row.idempotency_key << row.last_error;
  }
}

}  // namespace
}  // namespace orderhub::testing
