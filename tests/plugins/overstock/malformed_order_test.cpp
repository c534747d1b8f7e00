// Malformed Supplier Oasis orders are rejected with the order and the field named, and the rest of
// the page still imports; a cut-off page is an error, never a crash.
#include <gtest/gtest.h>

#include "overstock_test_support.h"

namespace orderhub::overstock::testing {
namespace {

using nlohmann::json;

std::string good_order(const std::string& number, const std::string& extra_line = "") {
  return "<processedSalesOrder><salesChannelOrderNumber>" + number +
         "</salesChannelOrderNumber><salesChannelName>OSTK</salesChannelName>"
         "<orderDate>2026-11-20T10:00:00.000-07:00</orderDate>"
         "<sofsCreatedDate>2026-11-20T17:05:00Z</sofsCreatedDate>"
         "<shipToAddress><contactName>Zoë Brontë</contactName><countryCode>US</countryCode>"
         "</shipToAddress><status>NEW</status>"
         "<processedSalesOrderLine><salesChannelLineId>1</salesChannelLineId>"
         "<partnerSKU>SKU-1</partnerSKU><quantity>2</quantity><lineStatus>NEW</lineStatus>"
         "<unitCost>19.99</unitCost><itemPrice>29.99</itemPrice></processedSalesOrderLine>" +
         extra_line + "</processedSalesOrder>";
}

json page_with(const std::string& bad) {
  return batch_for("<processedSalesOrderMessage xmlns=\"api.supplieroasis.com\">" +
                   good_order("GOOD-1") + bad + good_order("GOOD-2") +
                   "</processedSalesOrderMessage>");
}

// The page keeps both good orders and rejects the bad one at field.
void expect_rejected(const json& batch, const json& order_id, const std::string& field,
                     const std::string& message_part) {
  ASSERT_EQ(batch["orders"].size(), 2u) << batch.dump(2);
  EXPECT_EQ(batch["orders"][0]["channel_order_id"], "GOOD-1");
  EXPECT_EQ(batch["orders"][1]["channel_order_id"], "GOOD-2");
  ASSERT_EQ(batch["rejected"].size(), 1u) << batch.dump(2);
  const json& rejection = batch["rejected"][0];
  EXPECT_EQ(rejection["channel_order_id"], order_id);
  EXPECT_EQ(rejection["field"], field);
  EXPECT_NE(rejection["message"].get<std::string>().find(message_part), std::string::npos)
      << rejection["message"];
  EXPECT_FALSE(rejection["raw"].get<std::string>().empty());
  EXPECT_TRUE(batch_schema_errors(batch).empty());
}

std::string with(std::string order, const std::string& from, const std::string& to) {
  order.replace(order.find(from), from.size(), to);
  return order;
}

TEST(MalformedOrderTest, AGoodOrderMapsExactly) {
  const json batch = page_with("");
  ASSERT_EQ(batch["orders"].size(), 2u);
  const json& order = batch["orders"][0];
  EXPECT_EQ(order["created_at"], "2026-11-20T17:00:00Z");
  EXPECT_EQ(order["updated_at"], "2026-11-20T17:05:00Z");
  EXPECT_EQ(order["lines"][0]["unit_price"], money(1999));
  EXPECT_EQ(order["totals"]["total"], money(3998));
  EXPECT_EQ(order["channel_data"]["lines"]["1"]["item_price"], money(2999));
  EXPECT_EQ(order["shipping_status"], "unshipped");
}

TEST(MalformedOrderTest, MissingOrderNumberIsRejectedWithoutAnId) {
  expect_rejected(page_with(with(good_order("X"), "<salesChannelOrderNumber>X</salesChannelOrderNumber>", "")),
                  nullptr, "salesChannelOrderNumber", "no salesChannelOrderNumber");
}

TEST(MalformedOrderTest, MissingLineIdIsRejectedNamingTheLine) {
  expect_rejected(page_with(with(good_order("BAD"), "<salesChannelLineId>1</salesChannelLineId>", "")),
                  "BAD", "processedSalesOrderLine.0.salesChannelLineId", "missing");
}

TEST(MalformedOrderTest, BadDateIsRejected) {
  expect_rejected(page_with(with(good_order("BAD"), "2026-11-20T10:00:00.000-07:00", "2026-02-30T10:00:00Z")),
                  "BAD", "orderDate", "2026-02-30T10:00:00Z");
  expect_rejected(page_with(with(good_order("BAD"), "2026-11-20T17:05:00Z", "yesterday")),
                  "BAD", "sofsCreatedDate", "yesterday");
}

TEST(MalformedOrderTest, NegativeQuantityIsRejected) {
  expect_rejected(page_with(with(good_order("BAD"), "<quantity>2</quantity>", "<quantity>-2</quantity>")),
                  "BAD", "processedSalesOrderLine.0.quantity", "negative");
}

TEST(MalformedOrderTest, UnknownStatusesAreRejected) {
  expect_rejected(page_with(with(good_order("BAD"), "<status>NEW</status>", "<status>ON_HOLD</status>")),
                  "BAD", "status", "ON_HOLD");
  expect_rejected(page_with(with(good_order("BAD"), "<lineStatus>NEW</lineStatus>", "<lineStatus>LOST</lineStatus>")),
                  "BAD", "processedSalesOrderLine.0.lineStatus", "LOST");
}

TEST(MalformedOrderTest, BadMoneyIsRejected) {
  expect_rejected(page_with(with(good_order("BAD"), "<unitCost>19.99</unitCost>", "<unitCost>19.999</unitCost>")),
                  "BAD", "processedSalesOrderLine.0.unitCost", "more decimals");
  expect_rejected(page_with(with(good_order("BAD"), "<unitCost>19.99</unitCost>", "<unitCost>1e3</unitCost>")),
                  "BAD", "processedSalesOrderLine.0.unitCost", "not a decimal");
  expect_rejected(page_with(with(good_order("BAD"), "<unitCost>19.99</unitCost>", "")),
                  "BAD", "processedSalesOrderLine.0.unitCost", "missing");
}

TEST(MalformedOrderTest, AnOrderWithoutLinesIsRejected) {
  std::string order = good_order("BAD");
  const std::size_t start = order.find("<processedSalesOrderLine>");
  order.erase(start, order.find("</processedSalesOrderLine>") + 26 - start);
  expect_rejected(page_with(order), "BAD", "processedSalesOrderLine", "no processedSalesOrderLine");
}

}  // namespace
}  // namespace orderhub::overstock::testing
