// The Smart Bargains plugin's write calls against orderhub-sandbox: acknowledgement, shipments and
// invoice upload, each checked field by field in what the sandbox received, and each repeated
// with the same idempotency key to be answered already_applied without a second effect.
#include "sandbox_fixture.h"

namespace orderhub::smartbargains::testing {
namespace {

class SandboxWriteTest : public SmartBargainsSandboxTest {};

// A small but complete PDF 1.4 file: catalog, page tree, one empty page, xref and trailer.
std::string minimal_pdf() {
  return "%PDF-1.4\n"
         "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
         "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
         "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
         "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
         "0000000115 00000 n \ntrailer << /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n";
}

std::string base64(const std::string& bytes) {
  static constexpr char alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string encoded;
  std::size_t index = 0;
  for (; index + 3 <= bytes.size(); index += 3) {
    const unsigned chunk = static_cast<unsigned char>(bytes[index]) << 16 |
                           static_cast<unsigned char>(bytes[index + 1]) << 8 |
                           static_cast<unsigned char>(bytes[index + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) {
      encoded += alphabet[chunk >> shift & 63];
    }
  }
  if (index < bytes.size()) {
    unsigned chunk = static_cast<unsigned char>(bytes[index]) << 16;
    const bool two = index + 1 < bytes.size();
    if (two) {
      chunk |= static_cast<unsigned char>(bytes[index + 1]) << 8;
    }
    encoded += alphabet[chunk >> 18 & 63];
    encoded += alphabet[chunk >> 12 & 63];
    encoded += two ? alphabet[chunk >> 6 & 63] : '=';
    encoded += '=';
  }
  return encoded;
}

std::string hex(const std::string& bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string text;
  for (const char byte : bytes) {
    text += digits[static_cast<unsigned char>(byte) >> 4];
    text += digits[static_cast<unsigned char>(byte) & 15];
  }
  return text;
}

json money(std::int64_t minor) {
  return json{{"minor", minor}, {"currency", "USD"}};
}

TEST_F(SandboxWriteTest, AcknowledgeMovesANewOrderAndARepeatIsAlreadyApplied) {
  const json order = order_with_status("NEW");
  const std::string po = order["channel_order_id"];
  const std::string document = acknowledgement_document(order, "ack:test:" + po).dump();

  const json first = expect_document(instance_->acknowledge_orders(document), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  EXPECT_EQ(sandbox_order(po)["status"], "ACKNOWLEDGED");
  const json entries = received("acknowledgement");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0]["order_id"], po);
  EXPECT_EQ(entries[0]["path"], "/smartbargains/v1/orders/" + po + "/acknowledge");
  EXPECT_EQ(entries[0]["body"]["idempotency_key"], "ack:test:" + po);

  const json again = expect_document(instance_->acknowledge_orders(document), "delivery_result");
  EXPECT_EQ(again["already_applied"], true);
  // Another key for an order acknowledged already: still no second effect.
  const json other_key = expect_document(
      instance_->acknowledge_orders(acknowledgement_document(order, "other").dump()),
      "delivery_result");
  EXPECT_EQ(other_key["already_applied"], true);
  EXPECT_EQ(received("acknowledgement").size(), 1u);
}

TEST_F(SandboxWriteTest, AcknowledgingACancelledOrderSucceedsWithoutAnEffect) {
  const json order = order_with_status("CANCELLED");
  const json result = expect_document(
      instance_->acknowledge_orders(acknowledgement_document(order, "ack:c").dump()),
      "delivery_result");
  EXPECT_EQ(result["already_applied"], false);
  EXPECT_NE(result["message"].get<std::string>().find("cancelled"), std::string::npos);
  EXPECT_TRUE(received("acknowledgement").empty());
}

TEST_F(SandboxWriteTest, AFullShipmentIsReceivedFieldByFieldAndARepeatIsAlreadyApplied) {
  const json order = order_with_status("NEW");
  const std::string po = order["channel_order_id"];
  const std::string document = shipment_document(order, "ship-key-1", all_lines(order)).dump();

  const json first = expect_document(instance_->upload_shipment(document), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  EXPECT_EQ(first["channel_reference"], "shipment SHP-1");
  const json entries = received("shipment");
  ASSERT_EQ(entries.size(), 1u);
  const json& body = entries[0]["body"];
  EXPECT_EQ(entries[0]["order_id"], po);
  EXPECT_EQ(body["carrier"], "UPS");
  EXPECT_EQ(body["service"], "GROUND");
  EXPECT_EQ(body["tracking_number"], "1Z" + po);
  EXPECT_EQ(body["ship_date"], "2026-11-23T16:00:00Z");
  EXPECT_EQ(body["idempotency_key"], "ship-key-1");
  json expected_lines = json::array();
  for (const json& line : order["lines"]) {
    expected_lines.push_back(
        {{"line_number", std::stoll(line["line_id"].get<std::string>())}, {"qty", line["quantity"]}});
  }
  EXPECT_EQ(body["lines"], expected_lines);
  EXPECT_EQ(sandbox_order(po)["status"], "SHIPPED");

  const json again = expect_document(instance_->upload_shipment(document), "delivery_result");
  EXPECT_EQ(again["already_applied"], true);
  EXPECT_EQ(again["channel_reference"], "shipment SHP-1");
  EXPECT_EQ(received("shipment").size(), 1u);
}

TEST_F(SandboxWriteTest, APartialShipmentLeavesTheOrderOpenAndOvershippingIsRefused) {
  json order;
  for (json& candidate : download_all(50)) {
    if (candidate["channel_status"] == "NEW" && candidate["lines"][0]["quantity"] >= 2) {
      candidate.erase("raw");
      order = candidate;
      break;
    }
  }
  ASSERT_FALSE(order.is_null()) << "no NEW order with a line of 2 or more";
  const std::string po = order["channel_order_id"];
  const std::string line_id = order["lines"][0]["line_id"];
  const json one = json::array({{{"line_id", line_id}, {"quantity", 1}}});
  expect_document(instance_->upload_shipment(shipment_document(order, "part-1", one).dump()),
                  "delivery_result");
  const json after = sandbox_order(po);
  EXPECT_EQ(after["status"], "ACKNOWLEDGED");
  EXPECT_EQ(after["lines"][0]["qty_shipped"], 1);

  const json too_many = json::array({{{"line_id", line_id}, {"quantity", 99}}});
  const CallResult refused =
      instance_->upload_shipment(shipment_document(order, "part-2", too_many).dump());
  EXPECT_EQ(refused.status, StatusCode::invalid_argument) << refused.message;
  EXPECT_NE(refused.message.find("open"), std::string::npos) << refused.message;
  EXPECT_EQ(received("shipment").size(), 1u);
}

TEST_F(SandboxWriteTest, ShippingACancelledOrderIsAFailedPrecondition) {
  const json order = order_with_status("CANCELLED");
  const CallResult result =
      instance_->upload_shipment(shipment_document(order, "c-1", all_lines(order)).dump());
  EXPECT_EQ(result.status, StatusCode::failed_precondition) << result.message;
  EXPECT_NE(result.message.find("ORDER_CANCELLED"), std::string::npos) << result.message;
}

TEST_F(SandboxWriteTest, InvoiceUploadSendsTheDecodedPdfNumberAndTotals) {
  const json order = order_with_status("SHIPPED");
  const std::string po = order["channel_order_id"];
  const std::string pdf = minimal_pdf();
  const json document = {{"schema", "orderhub.invoice_upload/1"},
                         {"idempotency_key", "invoice-key-1"},
                         {"order", order},
                         {"invoice_number", "INV-2026-0042"},
                         {"invoice_date", "2026-11-23"},
                         {"totals",
                          {{"items", money(4695)},
                           {"shipping", money(895)},
                           {"tax", money(387)},
                           {"discount", money(500)},
                           {"total", money(5477)}}},
                         {"pdf_base64", base64(pdf)}};
  ASSERT_TRUE(schema("invoice_upload").errors(document).empty());

  const json first =
      expect_document(instance_->upload_invoice(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  EXPECT_EQ(first["channel_reference"], "invoice INV-1");
  const json entries = received("invoice");
  ASSERT_EQ(entries.size(), 1u);
  const json& body = entries[0]["body"];
  EXPECT_EQ(entries[0]["order_id"], po);
  EXPECT_EQ(body["invoice_number"], "INV-2026-0042");
  EXPECT_EQ(body["invoice_date"], "2026-11-23");
  EXPECT_EQ(body["currency"], "USD");
  EXPECT_EQ(body["totals"], json({{"items", "46.95"},
                                  {"shipping", "8.95"},
                                  {"tax", "3.87"},
                                  {"discount", "5.00"},
                                  {"total", "54.77"}}));
  EXPECT_EQ(body["pdf_size"], pdf.size());
  EXPECT_EQ(body["pdf_hex"], hex(pdf));
  EXPECT_EQ(body["idempotency_key"], "invoice-key-1");

  const json again =
      expect_document(instance_->upload_invoice(document.dump()), "delivery_result");
  EXPECT_EQ(again["already_applied"], true);
  EXPECT_EQ(again["channel_reference"], "invoice INV-1");
  EXPECT_EQ(received("invoice").size(), 1u);
}

TEST_F(SandboxWriteTest, AnInvoiceThatIsNotAPdfIsRefused) {
  const json order = order_with_status("SHIPPED");
  const json document = {{"schema", "orderhub.invoice_upload/1"},
                         {"idempotency_key", "invoice-key-2"},
                         {"order", order},
                         {"invoice_number", "INV-1"},
                         {"invoice_date", "2026-11-23"},
                         {"totals",
                          {{"items", money(100)},
                           {"shipping", money(0)},
                           {"tax", money(0)},
                           {"discount", money(0)},
                           {"total", money(100)}}},
                         {"pdf_base64", base64("hello")}};
  const CallResult result = instance_->upload_invoice(document.dump());
  EXPECT_EQ(result.status, StatusCode::invalid_argument) << result.message;
  EXPECT_NE(result.message.find("%PDF-"), std::string::npos) << result.message;
  EXPECT_TRUE(received("invoice").empty());
}

}  // namespace
}  // namespace orderhub::smartbargains::testing
