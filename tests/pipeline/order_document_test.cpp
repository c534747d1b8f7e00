// Orders to and from the orderhub order JSON: the round trip, and every refusal naming its field.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/documents/order_document.h"
#include "pipeline/documents/schema_validator.h"
#include "pipeline_test_support.h"

namespace orderhub::pipeline {
namespace {

using nlohmann::json;
using testing::account_id;
using testing::sample_order;
using testing::usd;

FieldError refusal_of(const json& document) {
  const auto result = from_document(document, account_id("shop"));
  EXPECT_FALSE(result.ok()) << document.dump();
  return result.ok() ? FieldError{} : result.error();
}

json sample_document() {
  json document = to_document(sample_order("shop", "1001"));
  document["raw"] = R"({"order_id":"1001"})";
  return document;
}

TEST(OrderDocumentTest, FromDocumentReadsBackWhatToDocumentWrote) {
  const domain::Order order = sample_order("shop", "1001");
  json document = to_document(order);
  document["raw"] = order.raw;
  const domain::Order read = from_document(document, account_id("shop")).value();
  EXPECT_EQ(read, order);
}

TEST(OrderDocumentTest, ToDocumentLeavesOutRawAndKeepsMoneyAsIntegers) {
  const json document = to_document(sample_order("shop", "1001"));
  EXPECT_FALSE(document.contains("raw"));
  EXPECT_EQ(document["totals"]["total"], (json{{"minor", 4718}, {"currency", "USD"}}));
  EXPECT_TRUE(document["lines"][0]["unit_price"]["minor"].is_number_integer());
  EXPECT_EQ(document["shipping_method"], "UPS Ground");
  EXPECT_EQ(document["channel_data"], (json{{"shipping_id", "1"}}));
  EXPECT_EQ(document["cancelled"], false);
}

TEST(OrderDocumentTest, EveryWriteDocumentAcceptsToDocument) {
  const json acknowledgement = {
      {"schema", "orderhub.acknowledgement/1"},
      {"idempotency_key", "ack:shop:1001"},
      {"orders", json::array({to_document(sample_order("shop", "1001"))})}};
  EXPECT_TRUE(SchemaValidator::shared().validate("acknowledgement", acknowledgement).empty());
}

TEST(OrderDocumentTest, ACancelledOrderIsCancelledAndAShippedOneCompleted) {
  json cancelled = sample_document();
  cancelled["cancelled"] = true;
  EXPECT_EQ(from_document(cancelled, account_id("shop"))->status, domain::OrderStatus::cancelled);

  json shipped = sample_document();
  shipped["shipping_status"] = "fully_shipped";
  EXPECT_EQ(from_document(shipped, account_id("shop"))->status, domain::OrderStatus::completed);
}

TEST(OrderDocumentTest, OptionalPartsDefaultToEmptyAndZero) {
  json document = sample_document();
  for (const char* key : {"buyer", "ship_to", "bill_to", "marketplace", "paid", "channel_data",
                          "raw", "channel_status", "shipping_method", "cancelled"}) {
    document.erase(key);
  }
  document["lines"][0].erase("tax");
  const domain::Order order = from_document(document, account_id("shop")).value();
  EXPECT_EQ(order.paid, usd(0));
  EXPECT_EQ(order.lines[0].tax, usd(0));
  EXPECT_EQ(order.buyer, domain::Buyer{});
  EXPECT_EQ(order.channel_data, "");
}

TEST(OrderDocumentTest, NegativeQuantityIsRefusedNamingTheLine) {
  json document = sample_document();
  document["lines"][1]["quantity"] = -1;
  EXPECT_EQ(refusal_of(document), (FieldError{"lines/1/quantity", "is negative (-1)"}));
}

TEST(OrderDocumentTest, FractionalMoneyIsRefusedNotRounded) {
  json document = sample_document();
  document["totals"]["total"]["minor"] = 47.18;
  const FieldError error = refusal_of(document);
  EXPECT_EQ(error.field, "totals/total/minor");
  EXPECT_NE(error.message.find("integer"), std::string::npos);
}

TEST(OrderDocumentTest, MoneyAsAStringIsRefused) {
  json document = sample_document();
  document["paid"]["minor"] = "4718";
  EXPECT_EQ(refusal_of(document).field, "paid/minor");
}

TEST(OrderDocumentTest, NegativeMoneyIsRefused) {
  json document = sample_document();
  document["lines"][0]["unit_price"]["minor"] = -500;
  EXPECT_EQ(refusal_of(document), (FieldError{"lines/0/unit_price/minor", "is negative (-500)"}));
}

TEST(OrderDocumentTest, MoneyInAnotherCurrencyIsRefused) {
  json document = sample_document();
  document["totals"]["tax"]["currency"] = "EUR";
  EXPECT_EQ(refusal_of(document),
            (FieldError{"totals/tax/currency", "is \"EUR\" but the order is in USD"}));
}

TEST(OrderDocumentTest, UnknownCurrencyIsRefused) {
  json document = sample_document();
  document["currency"] = "XYZ";
  EXPECT_EQ(refusal_of(document).field, "currency");
}

TEST(OrderDocumentTest, MissingRequiredFieldsAreNamed) {
  for (const char* key : {"channel_order_id", "created_at", "updated_at", "currency",
                          "payment_status", "shipping_status", "totals", "lines"}) {
    json document = sample_document();
    document.erase(key);
    EXPECT_EQ(refusal_of(document), (FieldError{key, "is missing"})) << key;
  }
}

TEST(OrderDocumentTest, BadValuesAreRefusedNamingTheField) {
  const std::vector<std::pair<std::string, json>> cases = {
      {"/channel_order_id", ""},   {"/created_at", "2026-11-20 10:00"},
      {"/payment_status", "paid"}, {"/shipping_status", "shipped"},
      {"/ship_to/country", "USA"}, {"/lines/0/quantity_shipped", 3},
      {"/lines/1/line_id", "7"},   {"/lines", json::array()},
      {"/cancelled", "no"},        {"/channel_data", "x"}};
  for (const auto& [pointer, value] : cases) {
    json document = sample_document();
    document[json::json_pointer(pointer)] = value;
    const FieldError error = refusal_of(document);
    const std::string expected_field = pointer.substr(1);
    EXPECT_EQ(error.field, expected_field) << pointer << ": " << error.to_string();
    EXPECT_FALSE(error.message.empty());
  }
}

TEST(OrderDocumentTest, CancelledQuantityCannotExceedWhatIsNotShipped) {
  json document = sample_document();
  document["lines"][0]["quantity_shipped"] = 1;
  document["lines"][0]["quantity_cancelled"] = 2;
  EXPECT_EQ(refusal_of(document).field, "lines/0/quantity_cancelled");
}

TEST(OrderDocumentTest, ANonObjectIsRefusedAsAWhole) {
  EXPECT_EQ(refusal_of(json::array()).field, "");
}

}  // namespace
}  // namespace orderhub::pipeline
