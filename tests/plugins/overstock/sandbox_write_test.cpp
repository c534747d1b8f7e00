// The Overstock plugin's writes against orderhub-sandbox: ship confirmations, short ships,
// returns, acknowledgements and inventory, each checked field by field against what the sandbox
// received, and each retry answered already_applied without a second effect.
#include "sandbox_fixture.h"

namespace orderhub::overstock::testing {
namespace {

json shipment_document(const json& order, const std::string& key, json lines) {
  return json{{"schema", "orderhub.shipment/1"},
              {"idempotency_key", key},
              {"order", stored(order)},
              {"shipment",
               {{"carrier", "FedEx"},
                {"service", "Two Day"},
                {"code_to_send", "FEDEX"},
                {"service_code", ""},
                {"tracking_number", "7946" + order["channel_order_id"].get<std::string>()},
                {"ship_date", "2026-11-23T16:00:00Z"},
                {"lines", std::move(lines)}}}};
}

TEST_F(OverstockSandboxTest, ShipmentIsConfirmedPerLineOnceAndARetryIsAlreadyApplied) {
  const json order = open_order();
  const std::string number = order["channel_order_id"];
  const json document = shipment_document(order, "ship-" + number, all_lines(order));

  const json first =
      expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json shipments = received_for("shipment", number);
  ASSERT_EQ(shipments.size(), 1u);
  const json& body = shipments[0]["body"];
  EXPECT_EQ(body["idempotencyKey"], "ship-" + number);
  ASSERT_EQ(body["lines"].size(), order["lines"].size());
  for (std::size_t index = 0; index < order["lines"].size(); ++index) {
    const json& sent = body["lines"][index];
    EXPECT_EQ(sent["kind"], "ship_confirmation");
    EXPECT_EQ(sent["salesChannelName"], "OSTK");
    EXPECT_EQ(sent["salesChannelLineNumber"], order["lines"][index]["line_id"]);
    EXPECT_EQ(sent["quantity"], order["lines"][index]["quantity"]);
    EXPECT_EQ(sent["warehouse"], "WH1");
    EXPECT_EQ(sent["carrier"], "FEDEX");         // the code to send wins over the name
    EXPECT_EQ(sent["serviceLevel"], "TWO_DAY");  // no service code: the name in Overstock's form
    EXPECT_EQ(sent["trackingNumber"], "7946" + number);
    EXPECT_EQ(sent["shipDate"], "2026-11-23T16:00:00Z");
  }

  const json retry =
      expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("shipment", number).size(), 1u);
}

TEST_F(OverstockSandboxTest, ShipmentRetriedAfterTheConnectionDroppedIsAppliedOnce) {
  const json order = open_order();
  const std::string number = order["channel_order_id"];
  const json document = shipment_document(order, "ship-dropped-" + number, all_lines(order));
  admin("PUT", "/admin/faults", {{"fault-drop-after-apply", 1.0}});
  const CallResult dropped = instance_->upload_shipment(document.dump());
  admin("PUT", "/admin/faults", {{"fault-drop-after-apply", 0.0}});
  EXPECT_EQ(dropped.status, StatusCode::unavailable) << dropped.message;
  EXPECT_EQ(received_for("shipment", number).size(), 1u);
  const json retry =
      expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("shipment", number).size(), 1u);
}

TEST_F(OverstockSandboxTest, CancellationIsAShortShipWithTheMappedReasonCode) {
  const json order = open_order();
  const std::string number = order["channel_order_id"];
  const json line = order["lines"][0];
  const json document = {{"schema", "orderhub.cancellation/1"},
                         {"idempotency_key", "cancel-" + number},
                         {"order", stored(order)},
                         {"reason", "Item is out of stock"},
                         {"lines", {{{"line_id", line["line_id"]}, {"quantity", 1}}}},
                         {"full", false},
                         {"restock", false}};
  const json first = expect_document(instance_->cancel_order(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json cancellations = received_for("cancellation", number);
  ASSERT_EQ(cancellations.size(), 1u);
  const json& sent = cancellations[0]["body"]["lines"][0];
  EXPECT_EQ(sent["kind"], "short_ship");
  EXPECT_EQ(sent["reasonCode"], "OUT_OF_STOCK");
  EXPECT_EQ(sent["salesChannelLineNumber"], line["line_id"]);
  EXPECT_EQ(sent["quantity"], 1);

  const json retry = expect_document(instance_->cancel_order(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("cancellation", number).size(), 1u);
}

TEST_F(OverstockSandboxTest, PartialRefundOfAPartialQuantityIsOneReturn) {
  const json order = open_order();
  const std::string number = order["channel_order_id"];
  const json line = order["lines"][0];
  const json document = {
      {"schema", "orderhub.refund/1"},
      {"idempotency_key", "refund-" + number},
      {"order", stored(order)},
      {"reason", "damaged"},
      {"notes", "one of two scratched"},
      {"lines",
       {{{"line_id", line["line_id"]},
         {"quantity", 1},
         {"amount", {{"minor", 525}, {"currency", "USD"}}}}}},
      {"amount", {{"minor", 525}, {"currency", "USD"}}},
      {"shipping", {{"minor", 0}, {"currency", "USD"}}},
      {"tax", {{"minor", 0}, {"currency", "USD"}}},
      {"full", false},
      {"restock", false}};
  const json first = expect_document(instance_->refund_order(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json returns = received_for("return", number);
  ASSERT_EQ(returns.size(), 1u);
  const json& body = returns[0]["body"];
  EXPECT_EQ(body["idempotencyKey"], "refund-" + number);
  EXPECT_EQ(body["reason"], "damaged");
  EXPECT_EQ(body["notes"], "one of two scratched");
  EXPECT_EQ(body["amount_cents"], 525);
  EXPECT_EQ(body["shippingAmount_cents"], 0);
  EXPECT_EQ(body["fullRefund"], false);
  EXPECT_EQ(body["lines"], (json{{{"salesChannelLineNumber", line["line_id"]},
                                  {"quantity", 1},
                                  {"amount_cents", 525}}}));

  const json retry = expect_document(instance_->refund_order(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("return", number).size(), 1u);
}

TEST_F(OverstockSandboxTest, AcknowledgementIsRecordedOnceAndARepeatIsAlreadyApplied) {
  std::vector<json> fresh;
  for (const json& order : download_all()) {
    if (order["channel_status"] == "NEW") {
      fresh.push_back(stored(order));
    }
  }
  ASSERT_GE(fresh.size(), 2u);
  const json document = {{"schema", "orderhub.acknowledgement/1"},
                         {"idempotency_key", "ack-1"},
                         {"orders", {fresh[0], fresh[1]}}};
  const json first =
      expect_document(instance_->acknowledge_orders(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json acknowledged = received("acknowledgement");
  ASSERT_EQ(acknowledged.size(), 2u);
  EXPECT_EQ(acknowledged[0]["body"]["salesChannelOrderNumber"], fresh[0]["channel_order_id"]);
  EXPECT_EQ(acknowledged[1]["body"]["salesChannelOrderNumber"], fresh[1]["channel_order_id"]);

  const json retry =
      expect_document(instance_->acknowledge_orders(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received("acknowledgement").size(), 2u);
}

TEST_F(OverstockSandboxTest, InventoryPushSendsEachSkusBackorderFigures) {
  const json document = {
      {"schema", "orderhub.inventory_update/1"},
      {"idempotency_key", "inventory-1"},
      {"items",
       {{{"sku", "OS-LAMP-7"},
         {"quantity", 0},
         {"quantity_on_order", 12},
         {"expected_delivery_date", "2026-12-15"}},
        {{"sku", "281729"}, {"quantity", 4}, {"quantity_on_order", 0},
         {"expected_delivery_date", nullptr}}}}};
  expect_document(instance_->push_inventory(document.dump()), "delivery_result");
  const json rows = received("inventory");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["body"], (json{{"partnerSKU", "OS-LAMP-7"},
                                   {"warehouse", "WH1"},
                                   {"quantity", 0},
                                   {"quantityOnOrder", 12},
                                   {"expectedDeliveryDate", "2026-12-15"}}));
  EXPECT_EQ(rows[1]["body"], (json{{"partnerSKU", "281729"},
                                   {"warehouse", "WH1"},
                                   {"quantity", 4},
                                   {"quantityOnOrder", 0},
                                   {"expectedDeliveryDate", nullptr}}));
  EXPECT_EQ(admin("GET", "/admin/overstock/orders")["inventory"]["OS-LAMP-7"]["quantityOnOrder"],
            12);
}

}  // namespace
}  // namespace orderhub::overstock::testing
