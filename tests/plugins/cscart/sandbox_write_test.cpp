// The CS-Cart plugin's writes against orderhub-sandbox through the host's loader and HTTP service:
// shipments, cancellations and refunds, each checked against what the sandbox received, and each
// retry answered already_applied without a second effect.
#include "sandbox_fixture.h"

namespace orderhub::cscart::testing {
namespace {

TEST_F(CscartSandboxTest, ShipmentIsPostedOnceAndARetryIsAlreadyApplied) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json document = shipment_document(order, "ship-" + order_id, all_lines(order));

  const json first =
      expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  ASSERT_TRUE(first.contains("channel_reference"));

  const json shipments = received_for("shipment", order_id);
  ASSERT_EQ(shipments.size(), 1u);
  const json& body = shipments[0]["body"];
  EXPECT_EQ(body["order_id"], order_id);
  EXPECT_EQ(body["carrier"], "UPS");  // code_to_send wins over the carrier's name
  EXPECT_EQ(body["tracking_number"], "1Z" + order_id);
  EXPECT_EQ(body["order_status"], "C");  // everything shipped
  EXPECT_EQ(body["shipping_id"], order["channel_data"]["shipping_id"]);
  EXPECT_EQ(body["shipping"], order["shipping_method"]);
  json expected_products = json::object();
  for (const json& line : order["lines"]) {
    expected_products[line["line_id"].get<std::string>()] = line["quantity"];
  }
  EXPECT_EQ(body["products"], expected_products);
  EXPECT_EQ(first["channel_reference"],
            std::to_string(shipments[0]["result"]["shipment_id"].get<int>()));

  const json retry =
      expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(retry["channel_reference"], first["channel_reference"]);
  EXPECT_EQ(received_for("shipment", order_id).size(), 1u);

  const json shipped = downloaded_order(order_id);
  EXPECT_EQ(shipped["shipping_status"], "fully_shipped");
  EXPECT_EQ(shipped["channel_status"], "C");
}

TEST_F(CscartSandboxTest, ShipmentRetriedAfterTheConnectionDroppedIsAppliedOnce) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json document = shipment_document(order, "ship-dropped-" + order_id, all_lines(order));

  admin("PUT", "/admin/faults", {{"fault-drop-after-apply", 1.0}});
  const CallResult dropped = instance_->upload_shipment(document.dump());
  EXPECT_EQ(dropped.status, StatusCode::unavailable) << dropped.message;
  EXPECT_EQ(received_for("shipment", order_id).size(), 1u);  // applied before the drop

  admin("PUT", "/admin/faults", {{"fault-drop-after-apply", 0.0}});
  const json retry =
      expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("shipment", order_id).size(), 1u);
}

TEST_F(CscartSandboxTest, PartialShipmentLeavesTheOrderOpen) {
  const json order = paid_unshipped_order(2);
  const std::string order_id = order["channel_order_id"];
  const json first_line = order["lines"][0];
  const json document =
      shipment_document(order, "ship-part-" + order_id,
                        json::array({{{"line_id", first_line["line_id"]}, {"quantity", 1}}}));

  expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  const json shipments = received_for("shipment", order_id);
  ASSERT_EQ(shipments.size(), 1u);
  EXPECT_FALSE(shipments[0]["body"].contains("order_status"));
  EXPECT_EQ(shipments[0]["body"]["products"],
            (json{{first_line["line_id"].get<std::string>(), 1}}));

  const json after = downloaded_order(order_id);
  EXPECT_EQ(after["shipping_status"], "partially_shipped");
  EXPECT_EQ(after["channel_status"], "P");
}

TEST_F(CscartSandboxTest, FullCancellationSetsStatusIOnce) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json document = {{"schema", "orderhub.cancellation/1"},
                         {"idempotency_key", "cancel-" + order_id},
                         {"order", stored(order)},
                         {"reason", "customer request"},
                         {"lines", json::array()},
                         {"full", true},
                         {"restock", true}};

  const json first = expect_document(instance_->cancel_order(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json changes = received_for("status_change", order_id);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0]["method"], "PUT");
  EXPECT_EQ(changes[0]["body"], (json{{"status", "I"}}));

  const json retry = expect_document(instance_->cancel_order(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("status_change", order_id).size(), 1u);

  const json cancelled = downloaded_order(order_id);
  EXPECT_EQ(cancelled["cancelled"], true);
  EXPECT_EQ(cancelled["channel_status"], "I");
}

TEST_F(CscartSandboxTest, PartialCancellationIsAStaffNoteOnce) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json& line = order["lines"][0];
  const json document = {{"schema", "orderhub.cancellation/1"},
                         {"idempotency_key", "cancel-part-" + order_id},
                         {"order", stored(order)},
                         {"reason", "out of stock"},
                         {"lines", json::array({{{"line_id", line["line_id"]}, {"quantity", 1}}})},
                         {"full", false},
                         {"restock", false}};

  const json first = expect_document(instance_->cancel_order(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json notes = received_for("note", order_id);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0]["body"]["details"], "Cancelled: 1 x " + line["sku"].get<std::string>() +
                                             ". Reason: out of stock. (orderhub cancel-part-" +
                                             order_id + ")");
  EXPECT_TRUE(received_for("status_change", order_id).empty());

  const json retry = expect_document(instance_->cancel_order(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("note", order_id).size(), 1u);
}

TEST_F(CscartSandboxTest, PartialRefundIsANoteNamingTheKeyOnce) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json& line = order["lines"][0];
  const json document = {
      {"schema", "orderhub.refund/1"},
      {"idempotency_key", "refund-" + order_id},
      {"order", stored(order)},
      {"reason", "damaged"},
      {"notes", "photo received"},
      {"lines",
       json::array(
           {{{"line_id", line["line_id"]}, {"quantity", 1}, {"amount", line["unit_price"]}}})},
      {"amount", line["unit_price"]},
      {"full", false},
      {"restock", false}};

  const json first = expect_document(instance_->refund_order(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json notes = received_for("note", order_id);
  ASSERT_EQ(notes.size(), 1u);
  const std::string details = notes[0]["body"]["details"];
  EXPECT_EQ(details.rfind("Refund refund-" + order_id + ": ", 0), 0u) << details;
  EXPECT_NE(details.find(" USD. Lines: 1 x " + line["sku"].get<std::string>()), std::string::npos)
      << details;
  EXPECT_NE(details.find("Reason: damaged. Notes: photo received"), std::string::npos) << details;

  const json retry = expect_document(instance_->refund_order(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("note", order_id).size(), 1u);
}

TEST_F(CscartSandboxTest, FullRefundCancelsTheOrderOnce) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json document = {{"schema", "orderhub.refund/1"},
                         {"idempotency_key", "refund-full-" + order_id},
                         {"order", stored(order)},
                         {"reason", "not delivered"},
                         {"lines", json::array()},
                         {"amount", order["paid"]},
                         {"full", true},
                         {"restock", false}};

  expect_document(instance_->refund_order(document.dump()), "delivery_result");
  const json changes = received_for("status_change", order_id);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0]["body"], (json{{"status", "I"}}));
  const json retry = expect_document(instance_->refund_order(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("status_change", order_id).size(), 1u);
}

}  // namespace
}  // namespace orderhub::cscart::testing
