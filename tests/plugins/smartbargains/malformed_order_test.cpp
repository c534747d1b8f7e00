// Malformed purchase orders: each is rejected (quarantined by the host) with the order's
// po_number and the path of the wrong field, never a crash and never a half-mapped order.
#include <gtest/gtest.h>

#include "currency.h"
#include "order_mapping.h"
#include "smartbargains_test_support.h"

namespace orderhub::smartbargains::testing {
namespace {

using nlohmann::json;

json example() {
  return json::parse(read_payload("readme_example_order.json"));
}

OrderMapping mapped(const json& wire) {
  return map_order(wire.dump(), currency_for("USD"));
}

void expect_rejected(const json& wire, const std::optional<std::string>& po_number,
                     const std::string& field, const std::string& message_part) {
  const OrderMapping mapping = mapped(wire);
  ASSERT_FALSE(mapping.mapped) << wire.dump();
  EXPECT_EQ(mapping.rejection.channel_order_id, po_number);
  EXPECT_EQ(mapping.rejection.field, field);
  EXPECT_NE(mapping.rejection.message.find(message_part), std::string::npos)
      << mapping.rejection.message;
  EXPECT_EQ(mapping.rejection.raw, wire.dump());
}

TEST(MalformedOrderTest, MissingPoNumberIsRejectedWithoutAnId) {
  json wire = example();
  wire.erase("po_number");
  expect_rejected(wire, std::nullopt, "po_number", "no po_number");
}

TEST(MalformedOrderTest, BadCreatedDateIsRejectedNamingTheField) {
  json wire = example();
  wire["created_at"] = "2026-02-30T10:00:00Z";
  expect_rejected(wire, "SB-4471093", "created_at", "2026-02-30T10:00:00Z");
  wire["created_at"] = "20/11/2026";
  expect_rejected(wire, "SB-4471093", "created_at", "20/11/2026");
}

TEST(MalformedOrderTest, MissingUpdatedDateIsRejected) {
  json wire = example();
  wire.erase("updated_at");
  expect_rejected(wire, "SB-4471093", "updated_at", "missing");
}

TEST(MalformedOrderTest, NegativeQuantityIsRejectedNamingTheLine) {
  json wire = example();
  wire["lines"][1]["qty"] = -1;
  expect_rejected(wire, "SB-4471093", "lines.1.qty", "negative");
}

TEST(MalformedOrderTest, ZeroQuantityIsRejected) {
  json wire = example();
  wire["lines"][0]["qty"] = 0;
  expect_rejected(wire, "SB-4471093", "lines.0.qty", "below 1");
}

TEST(MalformedOrderTest, ShippedMoreThanOrderedIsRejected) {
  json wire = example();
  wire["lines"][0]["qty_shipped"] = 3;
  expect_rejected(wire, "SB-4471093", "lines.0.qty_shipped", "more than qty 2");
}

TEST(MalformedOrderTest, UnknownStatusIsRejectedQuotingIt) {
  json wire = example();
  wire["status"] = "ON_HOLD";
  expect_rejected(wire, "SB-4471093", "status", "\"ON_HOLD\"");
}

TEST(MalformedOrderTest, BadMoneyIsRejectedNamingTheAmount) {
  json wire = example();
  wire["lines"][0]["unit_cost"] = "18,50";
  expect_rejected(wire, "SB-4471093", "lines.0.unit_cost", "\"18,50\"");
  wire = example();
  wire["order_total"] = "54.775";
  expect_rejected(wire, "SB-4471093", "order_total", "more decimals");
  wire = example();
  wire["shipping_total"] = "-8.95";
  expect_rejected(wire, "SB-4471093", "shipping_total", "negative");
  wire = example();
  wire.erase("order_total");
  expect_rejected(wire, "SB-4471093", "order_total", "missing");
}

TEST(MalformedOrderTest, MissingLinesAndLineFieldsAreRejected) {
  json wire = example();
  wire["lines"] = json::array();
  expect_rejected(wire, "SB-4471093", "lines", "no lines");
  wire = example();
  wire["lines"][0].erase("sku");
  expect_rejected(wire, "SB-4471093", "lines.0.sku", "missing");
  wire = example();
  wire["lines"][1]["line_number"] = 1;
  expect_rejected(wire, "SB-4471093", "lines.1.line_number", "appears twice");
}

TEST(MalformedOrderTest, BadCountryAndCurrencyAreRejected) {
  json wire = example();
  wire["ship_to"]["country"] = "USA";
  expect_rejected(wire, "SB-4471093", "ship_to.country", "alpha-2");
  wire = example();
  wire["currency"] = "dollars";
  expect_rejected(wire, "SB-4471093", "currency", "ISO 4217");
}

TEST(MalformedOrderTest, TruncatedOrNonObjectJsonIsRejectedNotCrashed) {
  const std::string text = read_payload("readme_example_order.json");
  const OrderMapping truncated = map_order(text.substr(0, text.size() / 2), currency_for("USD"));
  EXPECT_FALSE(truncated.mapped);
  EXPECT_EQ(truncated.rejection.message, "the order is not valid JSON");
  const OrderMapping list = map_order("[1, 2]", currency_for("USD"));
  EXPECT_FALSE(list.mapped);
  EXPECT_EQ(list.rejection.message, "the order is not a JSON object");
}

TEST(MalformedOrderTest, WrongTypesAreRejectedNamingTheField) {
  json wire = example();
  wire["customer"] = "Zoë";
  expect_rejected(wire, "SB-4471093", "customer", "must be an object");
  wire = example();
  wire["ship_to"]["city"] = 12;
  expect_rejected(wire, "SB-4471093", "ship_to.city", "must be a string");
}

}  // namespace
}  // namespace orderhub::smartbargains::testing
