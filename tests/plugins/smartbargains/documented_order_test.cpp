// The Smart Bargains contract is SYNTHETIC: Smart Bargains publishes no API documentation and no
// public SDK has test fixtures for it. The "real payload" here is therefore the example purchase
// order of plugins/channels/smartbargains/README.md, saved verbatim as
// payloads/readme_example_order.json; this test maps it and checks every field the hub uses,
// money to the cent. No payload from a public drop-ship source is used.
#include <gtest/gtest.h>

#include "currency.h"
#include "order_mapping.h"
#include "smartbargains_test_support.h"

namespace orderhub::smartbargains::testing {
namespace {

using nlohmann::json;

class DocumentedOrderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    raw_ = read_payload("readme_example_order.json");
    const OrderMapping mapping = map_order(raw_, currency_for("EUR"));
    ASSERT_TRUE(mapping.mapped) << mapping.rejection.field << ": " << mapping.rejection.message;
    order_ = mapping.order;
  }
  std::string raw_;
  json order_;
};

TEST_F(DocumentedOrderTest, ReadmeExampleMapsIdsDatesAndStatuses) {
  EXPECT_EQ(order_["channel_order_id"], "SB-4471093");
  EXPECT_EQ(order_["created_at"], "2026-11-20T14:03:27Z");
  EXPECT_EQ(order_["updated_at"], "2026-11-20T14:05:10Z");
  // The order's own currency wins over the account's default (EUR here).
  EXPECT_EQ(order_["currency"], "USD");
  EXPECT_EQ(order_["channel_status"], "NEW");
  EXPECT_EQ(order_["payment_status"], "charged");
  EXPECT_EQ(order_["shipping_status"], "unshipped");
  EXPECT_EQ(order_["cancelled"], false);
  EXPECT_EQ(order_["third_party_managed"], false);
  EXPECT_EQ(order_["shipping_method"], "UPS_GROUND");
  EXPECT_EQ(order_["raw"], raw_);
  EXPECT_TRUE(order_schema_errors(order_).empty());
}

TEST_F(DocumentedOrderTest, ReadmeExampleMapsBuyerAndAddresses) {
  EXPECT_EQ(order_["buyer"], json({{"name", "Zoë Müller"},
                                   {"email", "zoe.mueller@example.com"},
                                   {"phone", "+1-555-201-4477"}}));
  EXPECT_EQ(order_["ship_to"], json({{"name", "Zoë Müller"},
                                     {"company", "Müller Design LLC"},
                                     {"line1", "350 Fifth Avenue"},
                                     {"line2", "Suite 4100"},
                                     {"city", "New York"},
                                     {"state", "NY"},
                                     {"postal_code", "10118"},
                                     {"country", "US"},
                                     {"phone", "+1-555-201-4477"}}));
  EXPECT_EQ(order_["bill_to"], json({{"name", "Smart Bargains Accounts Payable"},
                                     {"line1", "1 Bargain Plaza"},
                                     {"city", "Boston"},
                                     {"state", "MA"},
                                     {"postal_code", "02110"},
                                     {"country", "US"}}));
}

TEST_F(DocumentedOrderTest, ReadmeExampleMapsLinesAndMoneyToTheCent) {
  ASSERT_EQ(order_["lines"].size(), 2u);
  const json& kettle = order_["lines"][0];
  EXPECT_EQ(kettle["line_id"], "1");
  EXPECT_EQ(kettle["sku"], "SB-KTL-001");
  EXPECT_EQ(kettle["title"], "Stainless Steel Kettle 1.7 L");
  EXPECT_EQ(kettle["quantity"], 2);
  EXPECT_EQ(kettle["quantity_shipped"], 0);
  EXPECT_EQ(kettle["quantity_cancelled"], 0);
  EXPECT_EQ(kettle["unit_price"], money(1850));
  EXPECT_EQ(kettle["tax"], money(305));
  const json& mugs = order_["lines"][1];
  EXPECT_EQ(mugs["line_id"], "2");
  EXPECT_EQ(mugs["sku"], "SB-CUP-077");
  EXPECT_EQ(mugs["title"], "Crème Ceramic Mug, 4-pack");
  EXPECT_EQ(mugs["quantity"], 1);
  EXPECT_EQ(mugs["unit_price"], money(995));
  EXPECT_EQ(mugs["tax"], money(82));

  EXPECT_EQ(order_["totals"], json({{"items", money(4695)},
                                    {"shipping", money(895)},
                                    {"tax", money(387)},
                                    {"discount", money(500)},
                                    {"total", money(5477)}}));
  EXPECT_EQ(order_["paid"], money(5477));
  // What the buyer paid Smart Bargains is kept for reference, not used as the order's value.
  EXPECT_EQ(order_["channel_data"]["retail_prices"], json({{"1", money(3499)}, {"2", money(1999)}}));
  EXPECT_EQ(order_["channel_data"]["status"], "NEW");
}

TEST(OrderStatusTest, EachStatusMapsToShippingAndCancellation) {
  json wire = json::parse(read_payload("readme_example_order.json"));
  const auto mapped = [&](const char* status, int shipped_first_line) {
    wire["status"] = status;
    wire["lines"][0]["qty_shipped"] = shipped_first_line;
    const OrderMapping mapping = map_order(wire.dump(), currency_for("USD"));
    EXPECT_TRUE(mapping.mapped) << status << ": " << mapping.rejection.message;
    return mapping.order;
  };
  EXPECT_EQ(mapped("ACKNOWLEDGED", 0)["shipping_status"], "unshipped");
  EXPECT_EQ(mapped("ACKNOWLEDGED", 1)["shipping_status"], "partially_shipped");
  const json shipped = mapped("SHIPPED", 2);
  EXPECT_EQ(shipped["shipping_status"], "fully_shipped");
  EXPECT_EQ(shipped["payment_status"], "charged");
  const json cancelled = mapped("CANCELLED", 0);
  EXPECT_EQ(cancelled["cancelled"], true);
  EXPECT_EQ(cancelled["payment_status"], "no_payment");
  EXPECT_EQ(cancelled["paid"], money(0));
}

TEST(OrderCurrencyTest, AnOrderWithoutCurrencyUsesTheAccountsAndItsDecimals) {
  json wire = json::parse(read_payload("readme_example_order.json"));
  wire.erase("currency");
  for (json& line : wire["lines"]) {
    line["unit_cost"] = "1500";
    line["tax"] = "0";
    line["retail_price"] = "2900";
  }
  wire["shipping_total"] = "0";
  wire["tax_total"] = "0";
  wire["discount_total"] = "0";
  wire["order_total"] = "4500.00";
  const OrderMapping mapping = map_order(wire.dump(), currency_for("JPY"));
  ASSERT_TRUE(mapping.mapped) << mapping.rejection.message;
  EXPECT_EQ(mapping.order["currency"], "JPY");
  EXPECT_EQ(mapping.order["totals"]["items"], money(4500, "JPY"));
  EXPECT_EQ(mapping.order["totals"]["total"], money(4500, "JPY"));
}

TEST(OrderMoneyTest, AmountsSentAsJsonNumbersAreReadExactly) {
  std::string text = read_payload("readme_example_order.json");
  const std::string quoted = "\"order_total\": \"54.77\"";
  text.replace(text.find(quoted), quoted.size(), "\"order_total\": 54.77");
  const OrderMapping mapping = map_order(text, currency_for("USD"));
  ASSERT_TRUE(mapping.mapped) << mapping.rejection.message;
  EXPECT_EQ(mapping.order["totals"]["total"], money(5477));
}

}  // namespace
}  // namespace orderhub::smartbargains::testing
