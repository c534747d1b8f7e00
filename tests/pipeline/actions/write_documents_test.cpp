// write_documents_test.cpp: every document an action queues for the channel is valid by its JSON
// Schema, exactly as stored in the outbox.
#include <nlohmann/json.hpp>

#include "action_test_support.h"
#include "pipeline/documents/schema_validator.h"

namespace orderhub::pipeline::testing {
namespace {

class WriteDocumentsTest : public ActionTest {
 protected:
  void expect_valid(const domain::OutboxRow& row, std::string_view schema) {
    const auto errors =
        SchemaValidator::shared().validate(schema, nlohmann::json::parse(row.payload_json));
    for (const SchemaError& error : errors) {
      ADD_FAILURE() << schema << ": " << error.to_string();
    }
  }
};

TEST_F(WriteDocumentsTest, ShipmentCancellationAndRefundDocumentsMatchTheirSchemas) {
  ShipRequest ship;
  ship.tracking_number = "1Z1";
  ship.lines = {{"7", 1}};
  auto shipped = ship_order(*store_, order_id_, ship, full_channel(), context());
  ASSERT_TRUE(shipped.ok());
  expect_valid(*shipped->channel.outbox_row, "shipment");

  CancelRequest cancel;
  cancel.lines = {{"8", 1}};
  cancel.reason = "out of stock";
  auto cancelled = cancel_order(*store_, order_id_, cancel, full_channel(), context());
  ASSERT_TRUE(cancelled.ok());
  expect_valid(*cancelled->channel.outbox_row, "cancellation");

  RefundRequest refund;
  refund.lines = {{"8", 1}};
  refund.shipping = "2.00";
  auto refunded = refund_order(*store_, order_id_, refund, full_channel(), context());
  ASSERT_TRUE(refunded.ok()) << refunded.error().message;
  expect_valid(*refunded->channel.outbox_row, "refund");
}

}  // namespace
}  // namespace orderhub::pipeline::testing
