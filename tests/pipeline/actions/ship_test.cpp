// ship_test.cpp: shipping rules and what a shipment records and queues.
#include <nlohmann/json.hpp>

#include "action_test_support.h"

namespace orderhub::pipeline::testing {
namespace {

using domain::LineQuantity;

class ShipTest : public ActionTest {
 protected:
  ShipRequest request(std::vector<LineQuantity> lines = {}) {
    ShipRequest request;
    request.carrier = "UPS";
    request.service = "Ground";
    request.tracking_number = "1Z999AA10123456784";
    request.lines = std::move(lines);
    return request;
  }

  // Refused with exactly this message, and nothing changed.
  void expect_refused(const ShipRequest& ship, const std::string& message,
                      domain::OrderId id = {}) {
    if (id.value == 0) {
      id = order_id_;
    }
    const Snapshot before = snapshot(id);
    auto result = ship_order(*store_, id, ship, full_channel(), context());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, message);
    EXPECT_EQ(snapshot(id), before);
  }
};

TEST_F(ShipTest, PartialShipmentLeavesOrderInProcessAndPartiallyShipped) {
  auto outcome = ship_order(*store_, order_id_, request({{"7", 1}}), full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;

  const domain::Order order = stored(order_id_);
  EXPECT_EQ(order.status, domain::OrderStatus::in_process);
  EXPECT_EQ(order.shipping_status, domain::ShippingStatus::partially_shipped);
  EXPECT_EQ(domain::find_line(order, "7")->quantity_shipped, 1);
  EXPECT_EQ(domain::find_line(order, "8")->quantity_shipped, 0);
  EXPECT_FALSE(order.channel_notified_for_shipping);  // only the channel's acceptance sets it
  const auto shipments = store_->begin_read()->fulfilment().list_shipments(order_id_);
  ASSERT_EQ(shipments.size(), 1u);
  EXPECT_EQ(shipments[0].lines, (std::vector<LineQuantity>{{"7", 1}}));
}

TEST_F(ShipTest, FullShipmentCompletesTheOrderAndQueuesTheShipmentDocument) {
  auto outcome = ship_order(*store_, order_id_, request(), full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;

  const domain::Order order = stored(order_id_);
  EXPECT_EQ(order.status, domain::OrderStatus::completed);
  EXPECT_EQ(order.shipping_status, domain::ShippingStatus::fully_shipped);

  const auto rows = outbox_rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].kind, domain::OutboxKind::shipment);
  EXPECT_EQ(rows[0].account, shop_);
  EXPECT_EQ(rows[0].order_id, order_id_);
  const std::string key =
      "ship:" + std::to_string(order_id_.value) + ":" + std::to_string(outcome->shipment.id);
  EXPECT_EQ(rows[0].idempotency_key, key);
  EXPECT_EQ(rows[0].next_attempt_at, now_);

  const auto document = nlohmann::json::parse(rows[0].payload_json);
  EXPECT_EQ(document["schema"], "orderhub.shipment/1");
  EXPECT_EQ(document["idempotency_key"], key);
  EXPECT_EQ(document["order"]["channel_order_id"], "1001");
  EXPECT_EQ(document["order"]["shipping_status"], "fully_shipped");
  EXPECT_FALSE(document["order"].contains("raw"));
  EXPECT_EQ(document["order"]["channel_data"], nlohmann::json({{"order_id", "1001"}}));
  const nlohmann::json expected_shipment = {
      {"carrier", "UPS"},
      {"service", "Ground"},
      {"code_to_send", "UPS"},
      {"service_code", "03"},
      {"tracking_number", "1Z999AA10123456784"},
      {"ship_date", "2026-11-23T12:00:00Z"},
      {"lines", {{{"line_id", "7"}, {"quantity", 2}}, {{"line_id", "8"}, {"quantity", 1}}}}};
  EXPECT_EQ(document["shipment"], expected_shipment);

  const auto events = history(order_id_);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().kind, "shipped");
  EXPECT_EQ(events.back().actor, "cli");
  EXPECT_EQ(nlohmann::json::parse(events.back().after_json)["status"], "completed");
}

TEST_F(ShipTest, CarrierAndServiceDefaultToTheMappedMethod) {
  ShipRequest ship = request();
  ship.carrier.clear();
  ship.service.clear();
  ship.ship_date = at("2026-11-22T09:30:00Z");
  auto outcome = ship_order(*store_, order_id_, ship, full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_EQ(outcome->shipment.carrier, "UPS");
  EXPECT_EQ(outcome->shipment.service, "Ground");
  EXPECT_EQ(outcome->shipment.ship_date, at("2026-11-22T09:30:00Z"));
}

TEST_F(ShipTest, AnotherCarrierThanTheMappedOneSendsNoChannelCode) {
  ShipRequest ship = request();
  ship.carrier = "FedEx";
  ship.service = "2Day";
  ASSERT_TRUE(ship_order(*store_, order_id_, ship, full_channel(), context()).ok());
  const auto document = nlohmann::json::parse(outbox_rows().at(0).payload_json);
  EXPECT_EQ(document["shipment"]["code_to_send"], "");
  EXPECT_EQ(document["shipment"]["service_code"], "");
}

TEST_F(ShipTest, AnUnmappedOrderNeedsACarrierAndAService) {
  domain::Order order = stored(order_id_);
  order.shipping = {"Pigeon Post", "", "", "", "", false, true};
  store_order(order);
  const std::string id = std::to_string(order_id_.value);
  ShipRequest ship = request();
  ship.carrier.clear();
  expect_refused(ship, "a carrier is required: order " + id +
                           "'s shipping method \"Pigeon Post\" is not mapped");
  ship = request();
  ship.service.clear();
  expect_refused(ship, "a service is required: order " + id +
                           "'s shipping method \"Pigeon Post\" is not mapped");
  EXPECT_TRUE(ship_order(*store_, order_id_, request(), full_channel(), context()).ok());
}

TEST_F(ShipTest, ShippingMoreThanOrderedIsRefused) {
  expect_refused(request({{"7", 3}}),
                 "line 7: cannot ship 3, only 2 left to ship (ordered 2, shipped 0, cancelled 0)");
  ASSERT_TRUE(ship_order(*store_, order_id_, request({{"7", 1}}), full_channel(), context()).ok());
  expect_refused(request({{"7", 1}, {"7", 1}}),
                 "line 7: cannot ship 2, only 1 left to ship (ordered 2, shipped 1, cancelled 0)");
}

TEST_F(ShipTest, UnknownLineIsRefused) {
  expect_refused(request({{"99", 1}}), "order " + std::to_string(order_id_.value) +
                                           " has no line \"99\" (its lines: 7, 8)");
}

TEST_F(ShipTest, NegativeQuantityIsRefused) {
  expect_refused(request({{"7", -1}}), "line 7: quantity must be a positive integer (got -1)");
  expect_refused(request({{"7", 0}}), "line 7: quantity must be a positive integer (got 0)");
}

TEST_F(ShipTest, AnUnpaidOrderCannotBeShipped) {
  for (auto unpaid : {domain::PaymentStatus::no_payment, domain::PaymentStatus::payment_error}) {
    domain::Order order = stored(order_id_);
    order.payment_status = unpaid;
    store_order(order);
    expect_refused(request(), "order " + std::to_string(order_id_.value) + " is not paid yet");
  }
}

TEST_F(ShipTest, AnOrderOnHoldOrWithAProblemIsNotShippedUntilReleased) {
  domain::Order order = stored(order_id_);
  order.status = domain::OrderStatus::on_hold;
  order.hold_reason = "address check";
  store_order(order);
  expect_refused(request(), "order " + std::to_string(order_id_.value) +
                                " is on hold (address check): release it before shipping");
  order.status = domain::OrderStatus::problem;
  order.hold_reason.clear();
  store_order(order);
  expect_refused(request(), "order " + std::to_string(order_id_.value) +
                                " is flagged as a problem: release it before shipping");
}

TEST_F(ShipTest, NothingLeftToShipIsRefused) {
  ASSERT_TRUE(ship_order(*store_, order_id_, request(), full_channel(), context()).ok());
  expect_refused(request(),
                 "order " + std::to_string(order_id_.value) + " has nothing left to ship");
}

TEST_F(ShipTest, UploadDisabledProducesNoShipmentRow) {
  ActionSettings settings;
  settings.fulfillment_upload = false;
  auto outcome = ship_order(*store_, order_id_, request(), full_channel(settings), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_FALSE(outcome->channel.outbox_row.has_value());
  EXPECT_EQ(outcome->channel.not_sent_reason, "fulfillment.upload is off for this account");
  EXPECT_TRUE(outbox_rows().empty());
  EXPECT_EQ(stored(order_id_).status, domain::OrderStatus::completed);  // shipped all the same
}

TEST_F(ShipTest, AChannelWithoutShipmentUploadGetsNoRow) {
  CapabilityList download_only({"orders.download"});
  auto outcome =
      ship_order(*store_, order_id_, request(), ChannelFacts{download_only, {}}, context());
  ASSERT_TRUE(outcome.ok());
  EXPECT_TRUE(outbox_rows().empty());
  EXPECT_EQ(outcome->channel.not_sent_reason, "the channel takes no shipment uploads");
}

TEST_F(ShipTest, FulfillmentDelayHoldsTheUploadBack) {
  ActionSettings settings;
  settings.fulfillment_delay = std::chrono::minutes(30);
  ASSERT_TRUE(ship_order(*store_, order_id_, request(), full_channel(settings), context()).ok());
  EXPECT_EQ(outbox_rows().at(0).next_attempt_at, at("2026-11-23T12:30:00Z"));
}

}  // namespace
}  // namespace orderhub::pipeline::testing
