// Payloads the order mapping cannot use land in the batch's rejected list, naming the CS-Cart
// order (when its id is readable), the field as a dotted path, and what is wrong, with the payload
// kept as raw. None of them throws.
#include <gtest/gtest.h>

#include "currency.h"
#include "order_mapping.h"

namespace orderhub::cscart {
namespace {

using nlohmann::json;

const Currency usd = currency_for("USD");

json valid_order() {
  return json::parse(R"({
    "order_id": "1001", "timestamp": "1700000000", "status": "P", "total": "25.98",
    "subtotal": "25.98", "discount": "0.00", "shipping_cost": "0.00", "tax_subtotal": "0.00",
    "email": "ada@example.com", "s_country": "GB", "b_country": "GB",
    "shipping": [{"shipping_id": "1", "shipping": "UPS Ground"}],
    "products": {
      "7": {"item_id": "7", "product_id": "12", "product_code": "MUG-BLUE", "product": "Mug",
            "price": "12.99", "amount": "2", "shipped_amount": "0"}
    }
  })");
}

struct Expected {
  const char* field;
  const char* message_part;
};

void expect_rejected(const json& wire, const Expected& expected,
                     const std::optional<std::string>& order_id = std::string("1001")) {
  const std::string payload = wire.dump();
  OrderMapping mapping;
  EXPECT_NO_THROW(mapping = map_order(payload, usd));
  ASSERT_EQ(mapping.outcome, MappingOutcome::rejected) << payload;
  EXPECT_EQ(mapping.rejection.field, expected.field);
  EXPECT_NE(mapping.rejection.message.find(expected.message_part), std::string::npos)
      << mapping.rejection.message;
  EXPECT_EQ(mapping.rejection.channel_order_id, order_id);
  EXPECT_EQ(mapping.rejection.raw, payload);

  const json entry = mapping.rejection.to_json();
  EXPECT_EQ(entry["field"], expected.field);
  EXPECT_EQ(entry["raw"], payload);
  EXPECT_EQ(entry["channel_order_id"], order_id ? json(*order_id) : json(nullptr));
}

TEST(CscartMalformedOrder, ValidBaselineMaps) {
  EXPECT_EQ(map_order(valid_order().dump(), usd).outcome, MappingOutcome::mapped);
}

TEST(CscartMalformedOrder, MissingOrderIdIsRejectedWithoutAnId) {
  json wire = valid_order();
  wire.erase("order_id");
  expect_rejected(wire, {"order_id", "no order_id"}, std::nullopt);
  wire["order_id"] = "";
  expect_rejected(wire, {"order_id", "no order_id"}, std::nullopt);
}

TEST(CscartMalformedOrder, OrderIdThatIsNotANumberIsRejected) {
  json wire = valid_order();
  wire["order_id"] = "A-1";
  expect_rejected(wire, {"order_id", "not a CS-Cart order id"}, std::string("A-1"));
}

TEST(CscartMalformedOrder, BadTimestampIsRejected) {
  for (const json& timestamp :
       {json("yesterday"), json("-5"), json("1.5"), json(nullptr), json("99999999999999")}) {
    json wire = valid_order();
    wire["timestamp"] = timestamp;
    expect_rejected(wire, {"timestamp", "not a unix time"});
  }
}

TEST(CscartMalformedOrder, BadUpdatedAtIsRejected) {
  json wire = valid_order();
  wire["updated_at"] = "soon";
  expect_rejected(wire, {"updated_at", "not a unix time"});
}

TEST(CscartMalformedOrder, NegativeAmountIsRejected) {
  json wire = valid_order();
  wire["products"]["7"]["amount"] = "-1";
  expect_rejected(wire, {"products.7.amount", "negative"});
}

TEST(CscartMalformedOrder, NonIntegerAmountIsRejected) {
  for (const json& amount : {json("1.5"), json(1.5), json("two"), json(true)}) {
    json wire = valid_order();
    wire["products"]["7"]["amount"] = amount;
    expect_rejected(wire, {"products.7.amount", ""});
  }
  json wire = valid_order();
  wire["products"]["7"]["amount"] = "1.5";
  expect_rejected(wire, {"products.7.amount", "not a whole number"});
}

TEST(CscartMalformedOrder, MissingAmountIsRejected) {
  json wire = valid_order();
  wire["products"]["7"].erase("amount");
  expect_rejected(wire, {"products.7.amount", "missing"});
}

TEST(CscartMalformedOrder, ShippedMoreThanOrderedIsRejected) {
  json wire = valid_order();
  wire["products"]["7"]["shipped_amount"] = "3";
  expect_rejected(wire, {"products.7.shipped_amount", "more than the ordered amount"});
}

TEST(CscartMalformedOrder, UnknownStatusLetterIsRejected) {
  json wire = valid_order();
  wire["status"] = "X";
  expect_rejected(wire, {"status", "unknown order status \"X\""});
  wire.erase("status");
  expect_rejected(wire, {"status", "no status"});
}

TEST(CscartMalformedOrder, BadPriceStringsAreRejected) {
  for (const char* price : {"12,99", "$12.99", "12.999", "1e3", "", "12.", ".5", "-1.00"}) {
    json wire = valid_order();
    wire["products"]["7"]["price"] = price;
    expect_rejected(wire, {"products.7.price", "amount"});
  }
}

TEST(CscartMalformedOrder, BadTotalIsRejected) {
  json wire = valid_order();
  wire["total"] = "lots";
  expect_rejected(wire, {"total", "not a decimal amount"});
  wire.erase("total");
  expect_rejected(wire, {"total", "missing"});
}

TEST(CscartMalformedOrder, BadOrderLevelAmountsAreRejected) {
  for (const char* key : {"subtotal", "discount", "shipping_cost", "tax_subtotal"}) {
    json wire = valid_order();
    wire[key] = "12.345";
    expect_rejected(wire, {key, "more decimals than USD allows (2)"});
  }
}

TEST(CscartMalformedOrder, OrderWithoutProductsIsRejected) {
  json wire = valid_order();
  wire["products"] = json::array();
  expect_rejected(wire, {"products", "no products"});
  wire.erase("products");
  expect_rejected(wire, {"products", "no products"});
}

TEST(CscartMalformedOrder, CountryThatIsNotAlpha2IsRejected) {
  json wire = valid_order();
  wire["s_country"] = "United Kingdom";
  expect_rejected(wire, {"s_country", "not an ISO 3166-1 alpha-2 code"});
}

TEST(CscartMalformedOrder, PayloadThatIsNotAnObjectIsRejected) {
  for (const std::string payload : {"", "{\"order_id\": \"1001\"", "[1, 2]", "null"}) {
    OrderMapping mapping;
    EXPECT_NO_THROW(mapping = map_order(payload, usd));
    ASSERT_EQ(mapping.outcome, MappingOutcome::rejected) << payload;
    EXPECT_EQ(mapping.rejection.raw, payload);
    EXPECT_FALSE(mapping.rejection.channel_order_id.has_value());
  }
}

}  // namespace
}  // namespace orderhub::cscart
