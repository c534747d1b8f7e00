// The Smart Bargains emulator's model without a server: deterministic generation with exact
// totals, shipments applied to wire-shaped orders, invoice bodies checked and decoded.
#include "channels/smartbargains/smartbargains_generator.h"
#include "channels/smartbargains/smartbargains_payloads.h"
#include "channels/smartbargains/smartbargains_time.h"
#include "core/decimal_text.h"

#include <gtest/gtest.h>

#include <set>

namespace orderhub::sandbox::smartbargains {
namespace {

using nlohmann::json;

std::int64_t cents(const json& value) {
  return minor_units_from_json(value).value();
}

TEST(SmartBargainsGeneratorTest, TheSameSeedGivesTheSameOrdersAndAnotherSeedOthers) {
  EXPECT_EQ(generate_orders(3, 25), generate_orders(3, 25));
  EXPECT_NE(generate_orders(3, 25), generate_orders(4, 25));
}

TEST(SmartBargainsGeneratorTest, OrdersHaveAStatusMixNonAsciiNamesAndSeveralLines) {
  const json orders = generate_orders(1, 60);
  ASSERT_EQ(orders.size(), 60u);
  std::set<std::string> statuses;
  bool non_ascii = false;
  bool several_lines = false;
  for (const json& order : orders) {
    statuses.insert(order["status"].get<std::string>());
    for (const char letter : order["ship_to"]["name"].get<std::string>()) {
      non_ascii = non_ascii || static_cast<unsigned char>(letter) >= 0x80;
    }
    several_lines = several_lines || order["lines"].size() > 1;
  }
  EXPECT_EQ(statuses, (std::set<std::string>{"NEW", "ACKNOWLEDGED", "SHIPPED", "CANCELLED"}));
  EXPECT_TRUE(non_ascii);
  EXPECT_TRUE(several_lines);
  EXPECT_EQ(orders[0]["po_number"], "SB-700001");
}

TEST(SmartBargainsGeneratorTest, TotalsAddUpToTheCentAndTimesAreOrdered) {
  for (const json& order : generate_orders(9, 40)) {
    std::int64_t items = 0;
    std::int64_t tax = 0;
    for (const json& line : order["lines"]) {
      items += cents(line["unit_cost"]) * line["qty"].get<std::int64_t>();
      tax += cents(line["tax"]);
      EXPECT_EQ(line["qty_shipped"], order["status"] == "SHIPPED" ? line["qty"] : json(0));
    }
    EXPECT_EQ(cents(order["tax_total"]), tax);
    EXPECT_EQ(cents(order["order_total"]), items + tax + cents(order["shipping_total"]) -
                                               cents(order["discount_total"]));
    const auto created = parse_utc_time(order["created_at"].get<std::string>());
    const auto updated = parse_utc_time(order["updated_at"].get<std::string>());
    ASSERT_TRUE(created && updated);
    EXPECT_LE(*created, *updated);
  }
}

TEST(SmartBargainsTimeTest, UtcTimesRoundTripAndImpossibleDatesAreRefused) {
  EXPECT_EQ(format_utc_time(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(format_utc_time(1767225600), "2026-01-01T00:00:00Z");
  EXPECT_EQ(parse_utc_time("2024-02-29T23:59:59Z"), 1709251199);
  EXPECT_FALSE(parse_utc_time("2026-02-29T00:00:00Z"));
  EXPECT_FALSE(parse_utc_time("2026-01-01T00:00:00+01:00"));
  EXPECT_TRUE(is_calendar_date("2026-11-23"));
  EXPECT_FALSE(is_calendar_date("2026-13-01"));
}

json order_with_lines() {
  return json{{"po_number", "SB-1"},
              {"status", "NEW"},
              {"lines",
               {{{"line_number", 1}, {"qty", 2}, {"qty_shipped", 0}},
                {{"line_number", 2}, {"qty", 1}, {"qty_shipped", 0}}}}};
}

json shipment(const json& lines) {
  return std::get<json>(read_shipment(json{{"carrier", "UPS"},
                                           {"service", "GROUND"},
                                           {"tracking_number", "1Z"},
                                           {"ship_date", "2026-11-23T16:00:00Z"},
                                           {"lines", lines}}
                                          .dump()));
}

TEST(SmartBargainsShipmentTest, PartialThenRestShipsTheOrder) {
  json order = order_with_lines();
  EXPECT_FALSE(apply_shipment(order, shipment({{{"line_number", 1}, {"qty", 1}}})));
  EXPECT_EQ(order["status"], "ACKNOWLEDGED");
  EXPECT_EQ(order["lines"][0]["qty_shipped"], 1);
  EXPECT_FALSE(apply_shipment(
      order, shipment({{{"line_number", 1}, {"qty", 1}}, {{"line_number", 2}, {"qty", 1}}})));
  EXPECT_EQ(order["status"], "SHIPPED");
}

TEST(SmartBargainsShipmentTest, OvershippingAndUnknownLinesAreRefusedAndChangeNothing) {
  json order = order_with_lines();
  const json before = order;
  const auto too_many = apply_shipment(order, shipment({{{"line_number", 1}, {"qty", 3}}}));
  ASSERT_TRUE(too_many);
  EXPECT_EQ(too_many->status, 422);
  EXPECT_NE(too_many->message.find("only 2 of 2 are open"), std::string::npos);
  const auto unknown = apply_shipment(order, shipment({{{"line_number", 9}, {"qty", 1}}}));
  ASSERT_TRUE(unknown);
  EXPECT_NE(unknown->message.find("line_number 9"), std::string::npos);
  EXPECT_EQ(order, before);
}

TEST(SmartBargainsShipmentTest, AShipmentBodyWithoutTrackingIsRefusedNamingTheField) {
  const auto refused = read_shipment(R"({"carrier":"UPS","ship_date":"2026-11-23T16:00:00Z",
                                         "lines":[{"line_number":1,"qty":1}]})");
  ASSERT_TRUE(std::holds_alternative<ApiError>(refused));
  EXPECT_NE(std::get<ApiError>(refused).message.find("tracking_number"), std::string::npos);
}

TEST(SmartBargainsInvoiceTest, TheBodyIsCheckedAndThePdfDecoded) {
  json body = {{"invoice_number", "INV-1"},
               {"invoice_date", "2026-11-23"},
               {"currency", "USD"},
               {"totals",
                {{"items", "10.00"},
                 {"shipping", "1.00"},
                 {"tax", "0.83"},
                 {"discount", "0.00"},
                 {"total", "11.83"}}},
               {"pdf_base64", "JVBERi0xLjQK"}};  // "%PDF-1.4\n"
  const auto read = read_invoice(body.dump());
  ASSERT_TRUE(std::holds_alternative<json>(read));
  EXPECT_EQ(std::get<json>(read)["pdf_size"], 9);
  EXPECT_EQ(std::get<json>(read)["pdf_hex"], "255044462d312e340a");
  EXPECT_FALSE(std::get<json>(read).contains("pdf_base64"));

  body["pdf_base64"] = "aGVsbG8=";  // "hello"
  EXPECT_TRUE(std::holds_alternative<ApiError>(read_invoice(body.dump())));
  body["pdf_base64"] = "JVBERi0x!";
  EXPECT_TRUE(std::holds_alternative<ApiError>(read_invoice(body.dump())));
  body["pdf_base64"] = "JVBERi0xLjQK";
  body["totals"]["tax"] = 0.83;
  const auto bad_amount = read_invoice(body.dump());
  ASSERT_TRUE(std::holds_alternative<ApiError>(bad_amount));
  EXPECT_NE(std::get<ApiError>(bad_amount).message.find("totals.tax"), std::string::npos);
}

TEST(SmartBargainsInvoiceTest, Base64DecodesWithPadding) {
  EXPECT_EQ(decode_base64("aGk="), "hi");
  EXPECT_EQ(decode_base64("aGVsbG8="), "hello");
  EXPECT_EQ(decode_base64(""), "");
  EXPECT_FALSE(decode_base64("aGk"));
  EXPECT_FALSE(decode_base64("a=Gk"));
}

}  // namespace
}  // namespace orderhub::sandbox::smartbargains
