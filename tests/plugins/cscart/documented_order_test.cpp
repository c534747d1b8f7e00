// The order mapping on CS-Cart's own example payloads of GET /api/orders/<id>.
//
// Source of docs_order_96.json: the "GET /orders/:id" example of CS-Cart's REST API documentation,
// https://docs.cs-cart.ru/4.11.x/developer_guide/api/entities/orders.html (the official Russian
// edition; the English page,
// https://docs.cs-cart.com/latest/developer_guide/api/entities/orders.html, lists the same fields
// without a sample of a single order). Kept as published, numbers as strings and some as JSON
// numbers, except that the long "product_groups" block (cart internals that no mapping reads) is
// left out.
//
// Source of docs_order_25.json: the "GET /orders/25" example of an earlier revision of the same
// page (cscart/docs repository), with "shipping" as an object keyed by shipping id. The published
// sample wraps the order in a second pair of braces, which is not JSON; that pair is removed.
#include <gtest/gtest.h>

#include "cscart_test_support.h"
#include "currency.h"
#include "order_mapping.h"

namespace orderhub::cscart {
namespace {

using nlohmann::json;
using testing::money;
using testing::order_schema_errors;
using testing::read_payload;

const Currency usd = currency_for("USD");

json mapped(const std::string& payload_name) {
  const OrderMapping mapping = map_order(read_payload(payload_name), usd);
  EXPECT_EQ(mapping.outcome, MappingOutcome::mapped)
      << mapping.rejection.field << ": " << mapping.rejection.message;
  return mapping.order;
}

TEST(CscartDocumentedOrder, ProcessedOrderMapsEveryFieldTheHubUses) {
  const json order = mapped("docs_order_96.json");

  EXPECT_EQ(order["channel_order_id"], "96");
  EXPECT_EQ(order["created_at"], "2015-11-26T06:02:55Z");  // timestamp 1448517775
  EXPECT_EQ(order["updated_at"], "2015-11-26T06:02:55Z");  // no updated_at: the placing time
  EXPECT_EQ(order["currency"], "USD");
  EXPECT_EQ(order["channel_status"], "P");
  EXPECT_EQ(order["payment_status"], "charged");
  EXPECT_EQ(order["shipping_status"], "unshipped");
  EXPECT_EQ(order["cancelled"], false);
  EXPECT_EQ(order["third_party_managed"], false);

  EXPECT_EQ(order["buyer"],
            (json{{"name", "Customer Customer"}, {"email", "customer@example.com"}}));
  const json address = {{"name", "Customer Customer"},
                        {"line1", "44 Main street"},
                        {"city", "Boston"},
                        {"state", "MA"},
                        {"postal_code", "02134"},
                        {"country", "US"}};
  EXPECT_EQ(order["ship_to"], address);
  EXPECT_EQ(order["bill_to"], address);
  EXPECT_EQ(order["shipping_method"], "Custom shipping method");

  EXPECT_EQ(order["totals"]["items"], money(97200));  // "subtotal": 972, a JSON number
  EXPECT_EQ(order["totals"]["shipping"], money(0));   // "shipping_cost": "0.00"
  EXPECT_EQ(order["totals"]["tax"], money(0));        // "tax_subtotal": 0
  EXPECT_EQ(order["totals"]["discount"], money(0));   // "discount" + "subtotal_discount"
  EXPECT_EQ(order["totals"]["total"], money(97200));  // "total": "972.00"
  EXPECT_EQ(order["paid"], money(97200));             // charged: the whole total

  ASSERT_EQ(order["lines"].size(), 1u);
  const json& line = order["lines"][0];
  EXPECT_EQ(line["line_id"], "1061624811");
  EXPECT_EQ(line["sku"], "K02149B2ZX");
  EXPECT_EQ(line["title"], "ASUS CP6130");
  EXPECT_EQ(line["quantity"], 1);
  EXPECT_EQ(line["quantity_shipped"], 0);
  EXPECT_EQ(line["quantity_cancelled"], 0);
  EXPECT_EQ(line["unit_price"], money(97200));

  EXPECT_EQ(order["channel_data"],
            (json{{"shipping_id", "1"}, {"status", "P"}, {"payment_method", "Phone ordering"}}));
  EXPECT_EQ(order["raw"], read_payload("docs_order_96.json"));
  EXPECT_TRUE(order_schema_errors(order).empty())
      << orderhub::testing::joined(order_schema_errors(order));
}

TEST(CscartDocumentedOrder, OpenOrderWithShippingKeyedByIdAndDecimalNumbersMapsExactly) {
  const json order = mapped("docs_order_25.json");

  EXPECT_EQ(order["channel_order_id"], "25");
  EXPECT_EQ(order["created_at"], "2012-02-09T12:29:56Z");
  EXPECT_EQ(order["channel_status"], "O");
  EXPECT_EQ(order["payment_status"], "no_payment");
  EXPECT_EQ(order["paid"], money(0));
  EXPECT_EQ(order["shipping_method"], "Custom shipping method");
  EXPECT_EQ(order["channel_data"]["shipping_id"], "1");  // the key of the "shipping" object
  EXPECT_EQ(order["channel_data"]["payment_method"], "Credit card");

  EXPECT_EQ(order["totals"]["items"], money(33299));  // "subtotal": 332.99 as a JSON number
  EXPECT_EQ(order["totals"]["shipping"], money(2800));
  EXPECT_EQ(order["totals"]["total"], money(36099));

  // Lines in cart item id order; an empty product_code leaves the SKU out.
  ASSERT_EQ(order["lines"].size(), 3u);
  EXPECT_EQ(order["lines"][0]["line_id"], "2889884971");
  EXPECT_EQ(order["lines"][0]["title"], "The Process of Research in Psychology");
  EXPECT_EQ(order["lines"][0]["quantity"], 2);
  EXPECT_EQ(order["lines"][0]["unit_price"], money(7400));
  EXPECT_FALSE(order["lines"][0].contains("sku"));
  EXPECT_EQ(order["lines"][1]["line_id"], "336913281");
  EXPECT_EQ(order["lines"][1]["unit_price"], money(5500));
  EXPECT_EQ(order["lines"][2]["line_id"], "4163016541");
  EXPECT_EQ(order["lines"][2]["title"], "Casio PRIZM fx-CG10");
  EXPECT_EQ(order["lines"][2]["unit_price"], money(12999));
  EXPECT_TRUE(order_schema_errors(order).empty())
      << orderhub::testing::joined(order_schema_errors(order));
}

}  // namespace
}  // namespace orderhub::cscart
