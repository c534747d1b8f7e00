// The embedded schemas and the validator's error paths.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/documents/order_document.h"
#include "pipeline/documents/schema_validator.h"
#include "pipeline_test_support.h"

namespace orderhub::pipeline {
namespace {

using nlohmann::json;

json batch_with(json order) {
  return {{"schema", "orderhub.order_batch/1"},
          {"orders", json::array({std::move(order)})},
          {"next_page_token", nullptr}};
}

TEST(SchemaValidatorTest, EverySchemaOfThePluginApiIsEmbedded) {
  const std::vector<std::string> expected = {
      "acknowledgement",  "cancellation",   "delivery_result", "download_request",
      "inventory_update", "invoice_upload", "order_batch",     "refund",
      "render_request",   "shipment",       "template_check",  "template_report"};
  EXPECT_EQ(SchemaValidator::shared().schema_names(), expected);
}

TEST(SchemaValidatorTest, AnOrderFromToDocumentIsAValidBatchOrder) {
  const json order = to_document(testing::sample_order("shop", "1001"));
  EXPECT_TRUE(SchemaValidator::shared().validate("order_batch", batch_with(order)).empty());
  EXPECT_TRUE(SchemaValidator::shared().validate_definition("order_batch", "order", order).empty());
}

TEST(SchemaValidatorTest, ErrorsNameTheDeepestPathOnly) {
  json order = to_document(testing::sample_order("shop", "1001"));
  order["lines"][1]["quantity"] = -1;
  const auto errors =
      SchemaValidator::shared().validate("orderhub.order_batch/1", batch_with(order));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].path, "orders/0/lines/1/quantity");
}

TEST(SchemaValidatorTest, ADefinitionIsValidatedWithPathsInsideIt) {
  json order = to_document(testing::sample_order("shop", "1001"));
  order["totals"]["total"]["minor"] = 12.5;
  const auto errors = SchemaValidator::shared().validate_definition("order_batch", "order", order);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].path, "totals/total/minor");
}

TEST(SchemaValidatorTest, ANonStringTimestampIsATypeErrorNotACrash) {
  json order = to_document(testing::sample_order("shop", "1001"));
  order["created_at"] = 1700000000;
  const auto errors = SchemaValidator::shared().validate_definition("order_batch", "order", order);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].path, "created_at");
}

TEST(SchemaValidatorTest, AMissingEnvelopeMemberIsReportedAtTheDocument) {
  const auto errors = SchemaValidator::shared().validate(
      "order_batch", json{{"schema", "orderhub.order_batch/1"}, {"orders", json::array()}});
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].path, "");
}

TEST(SchemaValidatorTest, AnUnknownSchemaIsAProgrammingError) {
  EXPECT_THROW((void)SchemaValidator::shared().validate("no_such_schema", json::object()),
               std::invalid_argument);
}

}  // namespace
}  // namespace orderhub::pipeline
