// The ChannelAdvisor order mapping on a documented payload, field by field and to the cent, and on
// malformed payloads, each quarantined with the order and the field named.
//
// payloads/developer_channeladvisor_com_retrieving_non_exported_orders.json starts from the example
// response of https://developer.channeladvisor.com/working-with-orders/exported-non-exported-orders/
// retrieving-non-exported-orders (ID 19918546, ProfileID 12345678, SiteID 576, SiteName "eBay Fixed
// Price US", SiteOrderID "19918546", SecondarySiteOrderID "885689", SellerOrderID null, and the
// @odata.nextLink); the page omits the other fields, which are filled in with the field names and
// value shapes of the Order and OrderItem resources documented on developer.channeladvisor.com.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <sstream>

#include "exact_json.h"
#include "money_text.h"
#include "order_mapping.h"
#include "schema/schema_validation.h"

namespace orderhub::channeladvisor {
namespace {

using nlohmann::json;

std::string read_payload(const std::string& name) {
  std::ifstream input(std::string(CHANNELADVISOR_PAYLOAD_DIRECTORY) + "/" + name);
  std::ostringstream text;
  text << input.rdbuf();
  return text.str();
}

std::vector<std::string> order_schema_errors(const json& order) {
  static orderhub::testing::LoadedSchema schema(orderhub::testing::read_json_file(
      std::string(ORDERHUB_SCHEMA_DIRECTORY) + "/order_batch.schema.json"));
  return schema.errors(json{{"schema", "orderhub.order_batch/1"},
                            {"orders", json::array({order})},
                            {"rejected", json::array()},
                            {"next_page_token", nullptr}});
}

json documented_order() {
  const auto page = parse_json_keeping_decimals(
      read_payload("developer_channeladvisor_com_retrieving_non_exported_orders.json"));
  return page->at("value").at(0);
}

json money(std::int64_t minor) {
  return json{{"minor", minor}, {"currency", "USD"}};
}

TEST(ChannelAdvisorMapping, DocumentedOrderMapsEveryFieldTheHubUsesToTheCent) {
  const OrderMapping mapping = map_order(documented_order(), currency_for("USD"));
  ASSERT_TRUE(mapping.mapped) << mapping.rejection.field << ": " << mapping.rejection.message;
  const json& order = mapping.order;
  EXPECT_TRUE(order_schema_errors(order).empty());
  EXPECT_EQ(order["channel_order_id"], "19918546");
  EXPECT_EQ(order["created_at"], "2016-05-09T19:59:51Z");
  EXPECT_EQ(order["updated_at"], "2016-05-10T14:30:02.123Z");
  EXPECT_EQ(order["currency"], "USD");
  EXPECT_EQ(order["channel_status"], "Unshipped");
  EXPECT_EQ(order["payment_status"], "charged");
  EXPECT_EQ(order["shipping_status"], "unshipped");
  EXPECT_EQ(order["cancelled"], false);
  EXPECT_EQ(order["third_party_managed"], false);
  EXPECT_EQ(order["marketplace"], "eBay Fixed Price US");
  EXPECT_EQ(order["buyer"], json({{"name", "Test Buyer"},
                                  {"email", "testuser@example.com"},
                                  {"phone", "919-555-0199"}}));
  EXPECT_EQ(order["ship_to"], json({{"name", "Test Buyer"},
                                    {"company", "Example Co"},
                                    {"line1", "1010 Main Campus Dr"},
                                    {"line2", "Suite 300"},
                                    {"city", "Raleigh"},
                                    {"state", "NC"},
                                    {"postal_code", "27606"},
                                    {"country", "US"},
                                    {"phone", "919-555-0100"}}));
  EXPECT_EQ(order["bill_to"]["line1"], "1010 Main Campus Dr");
  EXPECT_FALSE(order["bill_to"].contains("line2"));
  EXPECT_EQ(order["shipping_method"], "USPS Priority Mail");
  EXPECT_EQ(order["totals"]["items"], money(4947));
  EXPECT_EQ(order["totals"]["shipping"], money(499));
  EXPECT_EQ(order["totals"]["tax"], money(347));
  EXPECT_EQ(order["totals"]["discount"], money(100));
  EXPECT_EQ(order["totals"]["total"], money(5693));
  EXPECT_EQ(order["paid"], money(5693));
  ASSERT_EQ(order["lines"].size(), 2u);
  const json& first = order["lines"][0];
  EXPECT_EQ(first["line_id"], "21364291");
  EXPECT_EQ(first["sku"], "TEST-SKU-1");
  EXPECT_EQ(first["title"], "Test Item One");
  EXPECT_EQ(first["quantity"], 2);
  EXPECT_EQ(first["quantity_shipped"], 0);
  EXPECT_EQ(first["unit_price"], money(1999));
  EXPECT_EQ(first["tax"], money(280));
  EXPECT_EQ(first["shipping"], money(499));
  EXPECT_EQ(order["lines"][1]["unit_price"], money(949));
  EXPECT_EQ(order["lines"][1]["tax"], money(67));
  EXPECT_EQ(order["channel_data"]["site_order_id"], "19918546");
  EXPECT_EQ(order["channel_data"]["site_order_item_ids"]["21364291"], "272212345678-1234567890");
  // eBay, paid and unshipped: cancelling it opens a dispute at the channel.
  EXPECT_EQ(order["cancel_needs_channel_confirmation"], true);
}

TEST(ChannelAdvisorMapping, ThirdPartyManagedAndCanceledOrdersAreMarked) {
  json wire = documented_order();
  wire["ShippingStatus"] = "ThirdPartyManaged";
  const OrderMapping managed = map_order(wire, currency_for("USD"));
  ASSERT_TRUE(managed.mapped);
  EXPECT_EQ(managed.order["third_party_managed"], true);
  EXPECT_FALSE(managed.order.contains("cancel_needs_channel_confirmation"));

  wire["ShippingStatus"] = "Canceled";
  const OrderMapping cancelled = map_order(wire, currency_for("USD"));
  ASSERT_TRUE(cancelled.mapped);
  EXPECT_EQ(cancelled.order["cancelled"], true);
  EXPECT_EQ(cancelled.order["lines"][0]["quantity_cancelled"], 2);
}

TEST(ChannelAdvisorMapping, FulfillmentsGiveTheShippedQuantities) {
  json wire = documented_order();
  wire["ShippingStatus"] = "PartiallyShipped";
  wire["Fulfillments"] = json::parse(
      R"([{"ID": 5, "DeliveryStatus": "Complete", "Items": [{"OrderItemID": 21364291, "Quantity": 1}]}])");
  const OrderMapping mapping = map_order(wire, currency_for("USD"));
  ASSERT_TRUE(mapping.mapped);
  EXPECT_EQ(mapping.order["shipping_status"], "partially_shipped");
  EXPECT_EQ(mapping.order["lines"][0]["quantity_shipped"], 1);
  EXPECT_EQ(mapping.order["lines"][1]["quantity_shipped"], 0);
}

struct Malformed {
  const char* name;
  std::function<void(json&)> change;
  std::optional<std::string> order_id;
  std::string field;
  std::string message_part;
};

TEST(ChannelAdvisorMapping, MalformedOrdersAreRejectedNamingTheOrderAndTheField) {
  const std::vector<Malformed> cases = {
      {"missing ID", [](json& wire) { wire.erase("ID"); }, std::nullopt, "ID", "missing"},
      {"bad date", [](json& wire) { wire["CreatedDateUtc"] = "2016-02-30T10:00:00Z"; },
       "19918546", "CreatedDateUtc", "not a UTC time"},
      {"date without zone", [](json& wire) { wire["UpdatedDateUtc"] = "2016-05-10T14:30:02"; },
       "19918546", "UpdatedDateUtc", "not a UTC time"},
      {"negative quantity", [](json& wire) { wire["Items"][1]["Quantity"] = -1; }, "19918546",
       "Items[1].Quantity", "negative"},
      {"unknown payment status", [](json& wire) { wire["PaymentStatus"] = "Pending"; },
       "19918546", "PaymentStatus", "\"Pending\""},
      {"unknown shipping status", [](json& wire) { wire["ShippingStatus"] = "Lost"; }, "19918546",
       "ShippingStatus", "\"Lost\""},
      {"money with too many decimals", [](json& wire) { wire["Items"][0]["UnitPrice"] = "19.999"; },
       "19918546", "Items[0].UnitPrice", "more decimals"},
      {"money in exponent form", [](json& wire) { wire["TotalPrice"] = "5.693e1"; }, "19918546",
       "TotalPrice", "not a decimal amount"},
      {"no items", [](json& wire) { wire["Items"] = json::array(); }, "19918546", "Items",
       "no Items"},
      {"bad country", [](json& wire) { wire["ShippingCountry"] = "USA"; }, "19918546",
       "ShippingCountry", "alpha-2"},
  };
  for (const Malformed& malformed : cases) {
    json wire = documented_order();
    malformed.change(wire);
    const OrderMapping mapping = map_order(wire, currency_for("USD"));
    ASSERT_FALSE(mapping.mapped) << malformed.name;
    EXPECT_EQ(mapping.rejection.channel_order_id, malformed.order_id) << malformed.name;
    EXPECT_EQ(mapping.rejection.field, malformed.field) << malformed.name;
    EXPECT_NE(mapping.rejection.message.find(malformed.message_part), std::string::npos)
        << malformed.name << ": " << mapping.rejection.message;
    EXPECT_FALSE(mapping.rejection.raw.empty());
  }
}

TEST(ChannelAdvisorMapping, TruncatedJsonIsNotAPage) {
  const std::string text =
      read_payload("developer_channeladvisor_com_retrieving_non_exported_orders.json");
  EXPECT_FALSE(parse_json_keeping_decimals(text.substr(0, text.size() / 2)).has_value());
}

TEST(ChannelAdvisorMoney, DecimalTextBecomesExactMinorUnits) {
  std::string problem;
  EXPECT_EQ(parse_minor_units("0.1", currency_for("USD"), problem), 10);
  EXPECT_EQ(parse_minor_units("1234567.89", currency_for("USD"), problem), 123456789);
  EXPECT_EQ(parse_minor_units("-1.00", currency_for("USD"), problem), -100);
  EXPECT_EQ(parse_minor_units("1500.00", currency_for("JPY"), problem), 1500);
  EXPECT_FALSE(parse_minor_units("1500.50", currency_for("JPY"), problem).has_value());
  EXPECT_FALSE(parse_minor_units("99999999999999999999", currency_for("USD"), problem));
  EXPECT_EQ(format_minor_units(-5, 2), "-0.05");
  EXPECT_EQ(format_minor_units(1250, 2), "12.50");
}

}  // namespace
}  // namespace orderhub::channeladvisor
