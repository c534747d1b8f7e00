// The Supplier Oasis order reply published with a public PHP client of the API (a
// processedSalesOrderMessage for order OSTK-012, found in a public GitHub repository's sample
// script; the sample repeats the same order twice, kept here once), mapped field by field.
// Source: public GitHub PHP sample of the Supplier Oasis GET /salesorders reply, namespace
// api.supplieroasis.com (the repository URL was not recorded with the copy).
#include <gtest/gtest.h>

#include "overstock_test_support.h"

namespace orderhub::overstock::testing {
namespace {

using nlohmann::json;

class DocumentedOrderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    batch_ = batch_for(read_payload("supplier_oasis_processed_sales_order_message.xml"));
    ASSERT_EQ(batch_["rejected"], json::array()) << batch_["rejected"].dump(2);
    ASSERT_EQ(batch_["orders"].size(), 1u);
    order_ = batch_["orders"][0];
  }
  json batch_;
  json order_;
};

TEST_F(DocumentedOrderTest, MapsIdsDatesAndStatuses) {
  EXPECT_TRUE(batch_schema_errors(batch_).empty())
      << orderhub::testing::joined(batch_schema_errors(batch_));
  EXPECT_EQ(order_["channel_order_id"], "OSTK-012");
  // 16:54:34.000-06:00 is 22:54:34 UTC; without sofsCreatedDate the order date is also updated_at.
  EXPECT_EQ(order_["created_at"], "2013-06-19T22:54:34Z");
  EXPECT_EQ(order_["updated_at"], "2013-06-19T22:54:34Z");
  EXPECT_EQ(order_["channel_status"], "COMPLETE");
  EXPECT_EQ(order_["payment_status"], "charged");
  EXPECT_EQ(order_["shipping_status"], "fully_shipped");
  EXPECT_EQ(order_["cancelled"], false);
  EXPECT_EQ(order_["currency"], "USD");
}

TEST_F(DocumentedOrderTest, MapsBuyerAndShipToWithoutEmail) {
  EXPECT_EQ(order_["buyer"], (json{{"name", "Ship Address for Sales Order"},
                                   {"phone", "801-555-1212"}}));
  EXPECT_EQ(order_["ship_to"], (json{{"name", "Ship Address for Sales Order"},
                                     {"line1", "2, Boston Street"},
                                     {"city", "Salt Lake City"},
                                     {"state", "UT"},
                                     {"postal_code", "84121"},
                                     {"country", "US"},
                                     {"phone", "801-555-1212"}}));
  EXPECT_FALSE(order_.contains("bill_to"));
  EXPECT_EQ(order_["shipping_method"], "FEDEX GROUND");
  EXPECT_EQ(order_["channel_data"]["carrier"], "FEDEX");
  EXPECT_EQ(order_["channel_data"]["service_level"], "GROUND");
  EXPECT_EQ(order_["channel_data"]["warehouse"], "IML TEST");
  EXPECT_EQ(order_["channel_data"]["sales_channel_name"], "OSTK");
  EXPECT_EQ(order_["channel_data"]["order_id"], "2123");
}

TEST_F(DocumentedOrderTest, MapsLinesAndMoneyToTheCent) {
  ASSERT_EQ(order_["lines"].size(), 2u);
  const json& first = order_["lines"][0];
  EXPECT_EQ(first["line_id"], "1");
  EXPECT_EQ(first["sku"], "232218BRN");
  EXPECT_EQ(first["title"], "Christopher Knight Home Nottingham Brown");
  EXPECT_EQ(first["quantity"], 1);
  EXPECT_EQ(first["quantity_shipped"], 1);
  EXPECT_EQ(first["quantity_cancelled"], 0);
  EXPECT_EQ(first["unit_price"], money(100));
  EXPECT_EQ(first["tax"], money(0));
  const json& second = order_["lines"][1];
  EXPECT_EQ(second["line_id"], "2");
  EXPECT_EQ(second["sku"], "281729");
  EXPECT_EQ(second["title"], "Christopher Knight Home Milano Ivory");
  EXPECT_EQ(second["unit_price"], money(100));
  EXPECT_EQ(order_["totals"]["items"], money(200));
  EXPECT_EQ(order_["totals"]["tax"], money(0));
  EXPECT_EQ(order_["totals"]["shipping"], money(0));
  EXPECT_EQ(order_["totals"]["total"], money(200));
  EXPECT_EQ(order_["paid"], money(200));
}

TEST_F(DocumentedOrderTest, TheListShapeWithThePrefixMapsTheSameOrder) {
  std::string text = read_payload("supplier_oasis_processed_sales_order_message.xml");
  // Rewrite every element into the ns2:-prefixed <list> shape.
  std::string prefixed;
  for (std::size_t index = 0; index < text.size(); ++index) {
    prefixed += text[index];
    if (text[index] == '<' && index + 1 < text.size() && text[index + 1] != '?') {
      if (text[index + 1] == '/') {
        prefixed += '/';
        ++index;
      }
      prefixed += "ns2:";
    }
  }
  auto replace_all = [](std::string& where, const std::string& from, const std::string& to) {
    for (std::size_t at = where.find(from); at != std::string::npos;
         at = where.find(from, at + to.size())) {
      where.replace(at, from.size(), to);
    }
  };
  replace_all(prefixed, "ns2:processedSalesOrderMessage xmlns=", "ns2:salesOrderList xmlns:ns2=");
  replace_all(prefixed, "/ns2:processedSalesOrderMessage", "/ns2:salesOrderList");
  replace_all(prefixed, "ns2:processedSalesOrder>", "ns2:list>");
  const json list_batch = batch_for(prefixed);
  ASSERT_EQ(list_batch["orders"].size(), 1u) << prefixed;
  json mapped = list_batch["orders"][0];
  json expected = order_;
  mapped.erase("raw");
  expected.erase("raw");
  EXPECT_EQ(mapped, expected);
}

TEST_F(DocumentedOrderTest, AccountCurrencyNamesTheAmounts) {
  const json euro = batch_for(read_payload("supplier_oasis_processed_sales_order_message.xml"),
                              "EUR");
  EXPECT_EQ(euro["orders"][0]["totals"]["total"], money(200, "EUR"));
  const json yen = batch_for(read_payload("supplier_oasis_processed_sales_order_message.xml"),
                             "JPY");
  EXPECT_EQ(yen["orders"][0]["lines"][0]["unit_price"], money(1, "JPY"));
}

}  // namespace
}  // namespace orderhub::overstock::testing
