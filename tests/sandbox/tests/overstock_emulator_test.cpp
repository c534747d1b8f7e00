// The Overstock emulator's generated orders and XML, without a server.
#include "channels/overstock/overstock_orders.h"
#include "channels/overstock/overstock_xml.h"

#include <gtest/gtest.h>

#include <set>

namespace orderhub::sandbox::overstock {
namespace {

using nlohmann::json;

TEST(OverstockGenerator, TheSameSeedGivesTheSameOrders) {
  EXPECT_EQ(generate_orders(5, 30), generate_orders(5, 30));
  EXPECT_NE(generate_orders(5, 30), generate_orders(6, 30));
}

TEST(OverstockGenerator, OrdersMixStatusesSeveralLinesAndNonAsciiNames) {
  const json orders = generate_orders(1, 60);
  std::set<std::string> statuses;
  bool several_lines = false;
  bool non_ascii = false;
  for (const json& order : orders) {
    EXPECT_FALSE(order_problem(order).has_value()) << order.dump();
    statuses.insert(order["status"].get<std::string>());
    several_lines = several_lines || order["processedSalesOrderLine"].size() > 1;
    for (const unsigned char letter : order["shipToAddress"]["contactName"].get<std::string>()) {
      non_ascii = non_ascii || letter >= 0x80;
    }
    EXPECT_TRUE(is_utc_text(order["orderDate"].get<std::string>()));
  }
  EXPECT_EQ(statuses, (std::set<std::string>{"NEW", "ACKNOWLEDGED", "PARTIALLY_SHIPPED",
                                             "COMPLETE", "CANCELLED"}));
  EXPECT_TRUE(several_lines);
  EXPECT_TRUE(non_ascii);
}

TEST(OverstockXml, BothReplyShapesCarryTheOrderFields) {
  const json orders = generate_orders(1, 1);
  const json& order = orders[0];
  for (const ReplyShape shape : {ReplyShape::message, ReplyShape::list}) {
    pugi::xml_document document;
    const std::string text = sales_orders_xml({&order}, shape);
    ASSERT_TRUE(document.load_string(text.c_str())) << text;
    const pugi::xml_node root = document.document_element();
    const auto listed =
        children_named(root, shape == ReplyShape::message ? "processedSalesOrder" : "list");
    ASSERT_EQ(listed.size(), 1u) << text;
    EXPECT_EQ(text_at(listed[0], "salesChannelOrderNumber"), order["salesChannelOrderNumber"]);
    EXPECT_EQ(text_at(listed[0], "shipToAddress/contactName"),
              order["shipToAddress"]["contactName"]);
    EXPECT_EQ(text_at(listed[0], "shippingSpecifications/smallParcelShipment/carrier/code"),
              order["shippingSpecifications"]["smallParcelShipment"]["carrier"]);
    EXPECT_EQ(text_at(listed[0], "processedSalesOrderLine/unitCost"),
              order["processedSalesOrderLine"][0]["unitCost"]);
    EXPECT_EQ(std::string(listed[0].name()).rfind("ns2:", 0) == 0, shape == ReplyShape::list);
  }
}

TEST(OverstockOrders, SettlingMarksShippedAndCancelledLines) {
  json order = generate_new_order(1, 1, "2026-11-23T16:00:00Z");
  for (json& line : order["processedSalesOrderLine"]) {
    line["quantityShipped"] = line["quantity"];
  }
  settle_status(order);
  EXPECT_EQ(order["status"], "COMPLETE");
  for (json& line : order["processedSalesOrderLine"]) {
    EXPECT_EQ(line["lineStatus"], "SHIPPED");
    line["quantityShipped"] = 0;
    line["quantityCancelled"] = line["quantity"];
  }
  settle_status(order);
  EXPECT_EQ(order["status"], "CANCELLED");
}

}  // namespace
}  // namespace orderhub::sandbox::overstock
