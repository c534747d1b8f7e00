// The order mapping's rules, each on a small CS-Cart order with every number a string, the way
// CS-Cart sends them: status letters, shipped quantities, times, totals, parties.
#include <gtest/gtest.h>

#include "cscart_test_support.h"
#include "currency.h"
#include "exact_json.h"
#include "order_mapping.h"

namespace orderhub::cscart {
namespace {

using nlohmann::json;
using testing::money;
using testing::order_schema_errors;

const Currency usd = currency_for("USD");

json paid_order() {
  return json::parse(R"({
    "order_id": "1001", "timestamp": "1700000000", "updated_at": "1700003600", "status": "P",
    "total": "47.48", "subtotal": "39.98", "discount": "2.50", "shipping_cost": "5.00",
    "tax_subtotal": "5.00", "email": "ada@example.com", "phone": "+44 20 7946 0000",
    "firstname": "Ada", "lastname": "Lovelace",
    "b_firstname": "Ada", "b_lastname": "Lovelace", "b_address": "12 Example Street",
    "b_address_2": "Flat 3", "b_city": "London", "b_county": "Greater London", "b_state": "LND",
    "b_country": "GB", "b_zipcode": "N1 9GU", "b_phone": "+44 20 7946 0001",
    "s_firstname": "Łukasz", "s_lastname": "Müller", "s_address": "Hauptstraße 5",
    "s_address_2": "", "s_city": "Köln", "s_county": "", "s_state": "NW", "s_country": "de",
    "s_zipcode": "50667", "s_phone": "+49 221 000000",
    "shipping": [{"shipping_id": "7", "shipping": "UPS Ground"}],
    "payment_method": {"payment_id": "2", "payment": "Credit card"},
    "products": {
      "2736478795": {"item_id": "2736478795", "product_id": "12", "product_code": "MUG-BLUE",
                     "product": "Blue mug", "price": "12.99", "amount": "2", "shipped_amount": "0"},
      "7": {"item_id": "7", "product_id": "13", "product_code": "TEA-1", "product": "Tea",
            "price": "14.00", "amount": "1", "shipped_amount": "0"}
    }
  })");
}

OrderMapping map(const json& wire) {
  return map_order(wire.dump(), usd);
}

json mapped(const json& wire) {
  const OrderMapping mapping = map(wire);
  EXPECT_EQ(mapping.outcome, MappingOutcome::mapped)
      << mapping.rejection.field << ": " << mapping.rejection.message;
  EXPECT_TRUE(order_schema_errors(mapping.order).empty())
      << orderhub::testing::joined(order_schema_errors(mapping.order));
  return mapping.order;
}

json with_status(std::string letter) {
  json wire = paid_order();
  wire["status"] = letter;
  return wire;
}

TEST(CscartOrderRules, PaidStatusesAreChargedWithTheTotalPaid) {
  for (const char* letter : {"P", "C", "B"}) {
    const json order = mapped(with_status(letter));
    EXPECT_EQ(order["payment_status"], "charged") << letter;
    EXPECT_EQ(order["paid"], money(4748)) << letter;
    EXPECT_EQ(order["channel_status"], letter);
    EXPECT_EQ(order["channel_data"]["status"], letter);
    EXPECT_EQ(order["cancelled"], false) << letter;
  }
}

TEST(CscartOrderRules, UnpaidStatusesPayNothing) {
  for (const auto& [letter, payment_status] :
       std::vector<std::pair<const char*, const char*>>{{"O", "no_payment"},
                                                        {"Y", "no_payment"},
                                                        {"F", "payment_error"},
                                                        {"D", "payment_error"}}) {
    const json order = mapped(with_status(letter));
    EXPECT_EQ(order["payment_status"], payment_status) << letter;
    EXPECT_EQ(order["paid"], money(0)) << letter;
    EXPECT_EQ(order["cancelled"], false) << letter;
  }
}

TEST(CscartOrderRules, CancelledStatusIsCancelledWithNoPayment) {
  const json order = mapped(with_status("I"));
  EXPECT_EQ(order["cancelled"], true);
  EXPECT_EQ(order["payment_status"], "no_payment");
  EXPECT_EQ(order["paid"], money(0));
}

TEST(CscartOrderRules, IncompleteOrderIsSkippedNotRejected) {
  const OrderMapping mapping = map(with_status("N"));
  EXPECT_EQ(mapping.outcome, MappingOutcome::skipped);
  EXPECT_NE(mapping.skip_reason.find("1001"), std::string::npos);
}

TEST(CscartOrderRules, ShippingStatusFollowsShippedAmounts) {
  json wire = paid_order();
  EXPECT_EQ(mapped(wire)["shipping_status"], "unshipped");

  wire["products"]["2736478795"]["shipped_amount"] = "1";
  json order = mapped(wire);
  EXPECT_EQ(order["shipping_status"], "partially_shipped");
  EXPECT_EQ(order["lines"][0]["quantity_shipped"], 1);

  wire["products"]["2736478795"]["shipped_amount"] = "2";
  wire["products"]["7"]["shipped_amount"] = 1;  // a JSON number is read the same way
  EXPECT_EQ(mapped(wire)["shipping_status"], "fully_shipped");
}

TEST(CscartOrderRules, CompleteOrderIsFullyShippedEvenWithoutShipmentRecords) {
  const json order = mapped(with_status("C"));
  EXPECT_EQ(order["shipping_status"], "fully_shipped");
  EXPECT_EQ(order["lines"][0]["quantity_shipped"], 0);  // what CS-Cart says, unchanged
}

TEST(CscartOrderRules, MissingShippedAmountCountsAsNothingShipped) {
  json wire = paid_order();
  wire["products"]["7"].erase("shipped_amount");
  EXPECT_EQ(mapped(wire)["lines"][1]["quantity_shipped"], 0);
}

TEST(CscartOrderRules, TimesComeFromUnixSecondsAndUpdatedAtFallsBackToTimestamp) {
  json wire = paid_order();
  json order = mapped(wire);
  EXPECT_EQ(order["created_at"], "2023-11-14T22:13:20Z");
  EXPECT_EQ(order["updated_at"], "2023-11-14T23:13:20Z");

  wire.erase("updated_at");
  EXPECT_EQ(mapped(wire)["updated_at"], "2023-11-14T22:13:20Z");
  wire["updated_at"] = "0";  // orders older than CS-Cart 4.12 carry 0
  EXPECT_EQ(mapped(wire)["updated_at"], "2023-11-14T22:13:20Z");
  wire["timestamp"] = 1700000000;
  EXPECT_EQ(mapped(wire)["created_at"], "2023-11-14T22:13:20Z");
}

TEST(CscartOrderRules, TotalsAreExactMinorUnits) {
  json wire = paid_order();
  wire["subtotal_discount"] = "1.00";
  const json order = mapped(wire);
  EXPECT_EQ(order["totals"]["items"], money(3998));
  EXPECT_EQ(order["totals"]["discount"], money(350));  // discount + subtotal_discount
  EXPECT_EQ(order["totals"]["shipping"], money(500));
  EXPECT_EQ(order["totals"]["tax"], money(500));
  EXPECT_EQ(order["totals"]["total"], money(4748));
  EXPECT_EQ(order["lines"][0]["unit_price"], money(1299));
  EXPECT_EQ(order["lines"][1]["unit_price"], money(1400));
}

TEST(CscartOrderRules, AbsentOptionalAmountsAreZeroAndAbsentSubtotalIsTheLinesSum) {
  json wire = paid_order();
  for (const char* key : {"subtotal", "discount", "shipping_cost", "tax_subtotal"}) {
    wire.erase(key);
  }
  const json order = mapped(wire);
  EXPECT_EQ(order["totals"]["items"], money(2 * 1299 + 1400));
  EXPECT_EQ(order["totals"]["discount"], money(0));
  EXPECT_EQ(order["totals"]["shipping"], money(0));
  EXPECT_EQ(order["totals"]["tax"], money(0));
}

TEST(CscartOrderRules, JapaneseYenHasNoDecimals) {
  json wire = paid_order();
  // CS-Cart stores two decimals whatever the currency: "1400.00" is 1400 yen.
  wire["total"] = "4500.00";
  wire["subtotal"] = "3500";
  wire["discount"] = "0.00";
  wire["shipping_cost"] = "500.00";
  wire["tax_subtotal"] = "500";
  wire["products"]["2736478795"]["price"] = "1050.00";
  wire["products"]["7"]["price"] = "1400.00";
  const Currency yen = currency_for("JPY");
  const OrderMapping mapping = map_order(wire.dump(), yen);
  ASSERT_EQ(mapping.outcome, MappingOutcome::mapped) << mapping.rejection.message;
  EXPECT_EQ(mapping.order["currency"], "JPY");
  EXPECT_EQ(mapping.order["totals"]["total"], money(4500, "JPY"));
  EXPECT_EQ(mapping.order["totals"]["items"], money(3500, "JPY"));
  EXPECT_EQ(mapping.order["totals"]["shipping"], money(500, "JPY"));
  EXPECT_EQ(mapping.order["lines"][0]["unit_price"], money(1050, "JPY"));
  EXPECT_EQ(mapping.order["lines"][1]["unit_price"], money(1400, "JPY"));

  // Half a yen cannot be counted: the order is rejected rather than rounded.
  wire["products"]["7"]["price"] = "1400.50";
  const OrderMapping half_yen = map_order(wire.dump(), yen);
  ASSERT_EQ(half_yen.outcome, MappingOutcome::rejected);
  EXPECT_EQ(half_yen.rejection.field, "products.7.price");
  EXPECT_NE(half_yen.rejection.message.find("more decimals than JPY allows (0)"),
            std::string::npos);
}

TEST(CscartOrderRules, BuyerAndAddressesComeFromTheNamedFields) {
  const json order = mapped(paid_order());
  EXPECT_EQ(order["buyer"], (json{{"name", "Ada Lovelace"},
                                  {"email", "ada@example.com"},
                                  {"phone", "+44 20 7946 0000"}}));
  EXPECT_EQ(order["bill_to"], (json{{"name", "Ada Lovelace"},
                                    {"line1", "12 Example Street"},
                                    {"line2", "Flat 3"},
                                    {"city", "London"},
                                    {"state", "LND"},
                                    {"postal_code", "N1 9GU"},
                                    {"country", "GB"},
                                    {"phone", "+44 20 7946 0001"}}));
  EXPECT_EQ(order["ship_to"], (json{{"name", "Łukasz Müller"},
                                    {"line1", "Hauptstraße 5"},
                                    {"city", "Köln"},
                                    {"state", "NW"},
                                    {"postal_code", "50667"},
                                    {"country", "DE"},  // upper-cased
                                    {"phone", "+49 221 000000"}}));
  EXPECT_EQ(order["shipping_method"], "UPS Ground");
  EXPECT_EQ(order["channel_data"]["shipping_id"], "7");
}

TEST(CscartOrderRules, BuyerFallsBackToBillingNameAndPhone) {
  json wire = paid_order();
  wire.erase("firstname");
  wire.erase("lastname");
  wire["phone"] = "";
  const json order = mapped(wire);
  EXPECT_EQ(order["buyer"]["name"], "Ada Lovelace");
  EXPECT_EQ(order["buyer"]["phone"], "+44 20 7946 0001");
}

TEST(CscartOrderRules, ShippingMethodMayBeAnObjectKeyedByShippingIdOrOnlyShippingIds) {
  json wire = paid_order();
  wire["shipping"] = json::parse(R"({"3": {"shipping": "FedEx 2Day", "rates": [28]}})");
  json order = mapped(wire);
  EXPECT_EQ(order["shipping_method"], "FedEx 2Day");
  EXPECT_EQ(order["channel_data"]["shipping_id"], "3");

  wire.erase("shipping");
  wire["shipping_ids"] = "4,5";
  order = mapped(wire);
  EXPECT_FALSE(order.contains("shipping_method"));
  EXPECT_EQ(order["channel_data"]["shipping_id"], "4");
}

TEST(CscartOrderRules, RawIsThePayloadVerbatim) {
  const std::string payload = paid_order().dump(2);
  const OrderMapping mapping = map_order(payload, usd);
  ASSERT_EQ(mapping.outcome, MappingOutcome::mapped);
  EXPECT_EQ(mapping.order["raw"], payload);
}

TEST(CscartOrderRules, DecimalNumbersAreKeptAsTheirTextNotAsDoubles) {
  const auto parsed = parse_json_keeping_decimals(R"({"a": 0.1, "b": 19.99, "c": 7, "d": "x"})");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ((*parsed)["a"], "0.1");
  EXPECT_EQ((*parsed)["b"], "19.99");
  EXPECT_EQ((*parsed)["c"], 7);
  EXPECT_EQ((*parsed)["d"], "x");
  EXPECT_FALSE(parse_json_keeping_decimals(R"({"a": 1)").has_value());
}

}  // namespace
}  // namespace orderhub::cscart
