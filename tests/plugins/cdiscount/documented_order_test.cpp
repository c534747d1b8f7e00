// The order mapping on a real GetOrderList answer recorded from Cdiscount's production service.
//
// Source of payloads/cdiscountapi_get_order_list.xml: the recorded GetOrderList response in the
// test cassette of the public Python SDK "cdiscountapi" (alexandriagroup/cdiscountapi,
// tests/cassettes/test_orders/test_get_order_list.yaml,
// https://github.com/alexandriagroup/cdiscountapi/blob/master/tests/cassettes/test_orders/test_get_order_list.yaml),
// recorded 2019-05-16 against https://wsvc.cdiscount.com/MarketplaceAPIService.svc with personal
// data replaced by placeholders (CITY, FIRSTNAME...) by its authors. The YAML string is unfolded
// (line breaks back to spaces, \" to ") and saved as UTF-8; nothing else is changed.
#include <gtest/gtest.h>

#include "cdiscount_test_support.h"
#include "order_download.h"
#include "order_mapping.h"

namespace orderhub::cdiscount {
namespace {

using nlohmann::json;
using testing::money;
using testing::order_schema_errors;
using testing::read_payload;
using testing::reply_of;

std::vector<json> mapped_orders() {
  const SoapReply reply = reply_of(read_payload("cdiscountapi_get_order_list.xml"));
  std::vector<json> orders;
  for (const pugi::xml_node& node : orders_of(reply.result)) {
    OrderMapping mapping = map_order(node, "EUR");
    EXPECT_TRUE(mapping.order.has_value())
        << mapping.rejection.field << ": " << mapping.rejection.message;
    if (mapping.order) {
      orders.push_back(*mapping.order);
    }
  }
  return orders;
}

TEST(CdiscountDocumentedOrders, EveryRecordedOrderMapsAndPassesTheHostSchema) {
  const std::vector<json> orders = mapped_orders();
  ASSERT_EQ(orders.size(), 4u);
  for (const json& order : orders) {
    EXPECT_EQ(order_schema_errors(order), std::vector<std::string>{}) << order.dump(2);
  }
}

TEST(CdiscountDocumentedOrders, ShippedOrderMapsEveryFieldTheHubUses) {
  const json order = mapped_orders().at(2);
  EXPECT_EQ(order["channel_order_id"], "1904241640CLE8Z");
  EXPECT_EQ(order["created_at"], "2019-04-24T16:40:06.300Z");
  EXPECT_EQ(order["updated_at"], "2019-04-25T12:36:08.023Z");
  EXPECT_EQ(order["currency"], "EUR");
  EXPECT_EQ(order["channel_status"], "Shipped");
  EXPECT_EQ(order["payment_status"], "charged");
  EXPECT_EQ(order["shipping_status"], "fully_shipped");
  EXPECT_EQ(order["cancelled"], false);
  EXPECT_EQ(order["buyer"], (json{{"name", "FIRSTNAME LASTNAME"},
                                  {"email", "c.78450e8d001843e38c2b9134b150ead3@clemarche.com"},
                                  {"phone", "MOBILEPHONE"}}));
  // "COUNTRY" is the recording's placeholder, not an ISO code: it is left out.
  EXPECT_EQ(order["ship_to"], (json{{"name", "FIRSTNAME LASTNAME"},
                                    {"line1", "STREET"},
                                    {"line2", "BUILDING"},
                                    {"city", "CITY"},
                                    {"postal_code", "ZIPCODE"},
                                    {"phone", "MOBILEPHONE"}}));
  EXPECT_EQ(order["bill_to"], order["ship_to"]);
  EXPECT_EQ(order["shipping_method"], "TRK");
  EXPECT_EQ(order["totals"], (json{{"items", money(100)},
                                   {"shipping", money(0)},
                                   {"tax", money(0)},
                                   {"discount", money(0)},
                                   {"total", money(100)}}));
  EXPECT_EQ(order["paid"], money(100));
  ASSERT_EQ(order["lines"].size(), 1u);
  const json& line = order["lines"][0];
  EXPECT_EQ(line["line_id"], "1");
  EXPECT_EQ(line["sku"], "PRES1");
  EXPECT_EQ(line["title"], "Copeaux de ch\u00eane 20g - Heavy Toasted | L'ajout de ");
  EXPECT_EQ(line["quantity"], 1);
  EXPECT_EQ(line["quantity_shipped"], 1);
  EXPECT_EQ(line["unit_price"], money(100));
  EXPECT_EQ(line["tax"], money(0));
  EXPECT_EQ(line["shipping"], money(0));
  EXPECT_EQ(order["channel_data"]["lines"]["1"]["seller_product_id"], "PRES1");
  EXPECT_EQ(order["channel_data"]["lines"]["1"]["product_condition"], "AverageState");
  EXPECT_NE(order["raw"].get<std::string>().find("<OrderNumber>1904241640CLE8Z</OrderNumber>"),
            std::string::npos);
}

TEST(CdiscountDocumentedOrders, CancelledStatesMapToCancelledUnpaidOrders) {
  const std::vector<json> orders = mapped_orders();
  for (const std::size_t index : {0u, 1u, 3u}) {
    EXPECT_EQ(orders.at(index)["cancelled"], true) << orders[index]["channel_status"];
    EXPECT_EQ(orders[index]["payment_status"], "no_payment");
    EXPECT_EQ(orders[index]["paid"], money(0));
  }
  EXPECT_EQ(orders[0]["channel_status"], "CancelledByCustomer");
  EXPECT_EQ(orders[1]["channel_status"], "RefusedBySeller");
  EXPECT_EQ(orders[3]["channel_status"], "ShipmentRefusedBySeller");
  // Addresses whose names are nil take the customer's shipping name.
  EXPECT_EQ(orders[0]["ship_to"]["name"], "SHIPPINGFIRSTNAME SHIPPINGLASTNAME");
  EXPECT_EQ(orders[0]["bill_to"]["name"], "FIRSTNAME LASTNAME");
  EXPECT_EQ(orders[0]["lines"][0]["title"], "Lot de 30 pailles flexibles BBQ Party 24 cm");
  EXPECT_EQ(orders[0]["lines"][0]["sku"], "PRES2");
  EXPECT_EQ(orders[0]["created_at"], "2019-04-29T14:13:07.120Z");
}

}  // namespace
}  // namespace orderhub::cdiscount
