// The configuration and the pure parts of the ChannelAdvisor write calls: which Adjust calls a
// cancellation or a refund becomes (cancellation vs RefundOnly refund, Restock only when asked or
// for Amazon cancellations, SellerAdjustmentID = the idempotency key), reasons, and the Ship body.
#include <gtest/gtest.h>

#include <orderhub/sdk/error.h>

#include "adjust_requests.h"
#include "config.h"
#include "shipment_upload.h"
#include "write_requests.h"

namespace orderhub::channeladvisor {
namespace {

using nlohmann::json;

json stored_order(const std::string& marketplace, const std::string& shipping_status,
                  int first_line_shipped = 0) {
  return json{{"channel_order_id", "500001"},
              {"marketplace", marketplace},
              {"currency", "USD"},
              {"shipping_status", shipping_status},
              {"third_party_managed", false},
              {"channel_data", {{"site_order_item_ids", {{"5000011", "SOI-5000011"}}}}},
              {"lines",
               {{{"line_id", "5000011"}, {"sku", "CA-MUG-01"}, {"quantity", 2},
                 {"quantity_shipped", first_line_shipped}},
                {{"line_id", "5000012"}, {"sku", "CA-TEE-M"}, {"quantity", 1},
                 {"quantity_shipped", 0}}}}};
}

json cancellation(const json& order, bool full, bool restock) {
  return json{{"schema", "orderhub.cancellation/1"},
              {"idempotency_key", "cancel-1"},
              {"order", order},
              {"reason", "out of stock"},
              {"lines", full ? json::array() : json::parse(R"([{"line_id": "5000012", "quantity": 1}])")},
              {"full", full},
              {"restock", restock}};
}

json refund(const json& order, json lines, bool full, std::int64_t amount) {
  return json{{"schema", "orderhub.refund/1"},
              {"idempotency_key", "refund-1"},
              {"order", order},
              {"reason", "never arrived"},
              {"notes", ""},
              {"lines", std::move(lines)},
              {"amount", {{"minor", amount}, {"currency", "USD"}}},
              {"shipping", {{"minor", 0}, {"currency", "USD"}}},
              {"tax", {{"minor", 0}, {"currency", "USD"}}},
              {"full", full},
              {"restock", false}};
}

TEST(ChannelAdvisorConfig, EitherAnAccessTokenOrTheWholeOAuthRefreshIsRequired) {
  EXPECT_NO_THROW(parse_config(R"({"base_url": "https://api.example.com/", "access_token": "t"})"));
  const ChannelAdvisorConfig oauth = parse_config(
      R"({"base_url": "https://api.example.com", "token_url": "https://api.example.com/oauth2/token",
          "application_id": "app", "shared_secret": "s", "refresh_token": "r", "currency": "EUR",
          "timeout_ms": 5000})");
  ASSERT_TRUE(oauth.oauth.has_value());
  EXPECT_EQ(oauth.currency.code, "EUR");
  const std::vector<std::pair<std::string, std::string>> refused = {
      {R"({"access_token": "t"})", "\"base_url\" is missing"},
      {R"({"base_url": "ftp://x", "access_token": "t"})", "\"base_url\" must start with"},
      {R"({"base_url": "https://x"})", "\"access_token\" is missing"},
      {R"({"base_url": "https://x", "token_url": "https://x/t", "application_id": "a",
           "shared_secret": "very-secret"})",
       "\"refresh_token\" is missing"},
      {R"({"base_url": "https://x", "access_token": "t", "refresh_token": "r"})",
       "\"access_token\" cannot be combined"},
      {R"({"base_url": "https://x", "access_token": "t", "currency": "usd"})", "\"currency\""},
      {R"({"base_url": "https://x", "access_token": "t", "timeout_ms": 0})", "\"timeout_ms\""},
      {R"({"base_url": "https://x", "access_token": "t", "api_key": "k"})", "\"api_key\" is not"},
  };
  for (const auto& [config, message] : refused) {
    try {
      parse_config(config);
      ADD_FAILURE() << config << " was accepted";
    } catch (const sdk::Error& error) {
      EXPECT_EQ(error.status(), sdk::Status::INVALID_ARGUMENT);
      EXPECT_NE(std::string(error.what()).find(message), std::string::npos) << error.what();
      EXPECT_EQ(std::string(error.what()).find("very-secret"), std::string::npos);
    }
  }
}

TEST(ChannelAdvisorAdjust, UnshippedItemsAreCancelledWithoutRestockUnlessAsked) {
  const auto calls = cancellation_calls(read_cancellation_request(
      cancellation(stored_order("Walmart Marketplace", "unshipped"), false, false).dump()));
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].path, "/v1/OrderItems(5000012)/Adjust");
  EXPECT_EQ(calls[0].body, json({{"Quantity", 1},
                                 {"Reason", "ItemNotAvailable"},
                                 {"Restock", false},
                                 {"SellerAdjustmentID", "cancel-1/5000012"}}));
  const auto asked = cancellation_calls(read_cancellation_request(
      cancellation(stored_order("Walmart Marketplace", "unshipped"), true, true).dump()));
  ASSERT_EQ(asked.size(), 1u);
  EXPECT_EQ(asked[0].path, "/v1/Orders(500001)/Adjust");
  EXPECT_EQ(asked[0].body, json({{"Reason", "ItemNotAvailable"},
                                 {"Restock", true},
                                 {"SellerAdjustmentID", "cancel-1"}}));
}

TEST(ChannelAdvisorAdjust, AmazonCancellationSendsRestockTrue) {
  const auto calls = cancellation_calls(read_cancellation_request(
      cancellation(stored_order("Amazon Seller Central - US", "unshipped"), true, false).dump()));
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].body["Restock"], true);
}

TEST(ChannelAdvisorAdjust, ShippedItemsAreRefundedWithRefundOnly) {
  const json order = stored_order("eBay", "partially_shipped", 2);
  const auto calls = refund_calls(
      read_refund_request(
          refund(order, json::parse(R"([{"line_id": "5000011", "quantity": 1,
                                        "amount": {"minor": 1299, "currency": "USD"}}])"),
                 false, 1299)
              .dump()),
      2);
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].path, "/v1/OrderItems(5000011)/Adjust");
  EXPECT_EQ(calls[0].body["RefundOnly"], true);
  EXPECT_EQ(calls[0].body["Reason"], "MerchandiseNotReceived");
  EXPECT_EQ(adjust_body_text(calls[0].body),
            R"({"ItemAdjustment":12.99,"Quantity":1,"Reason":"MerchandiseNotReceived",)"
            R"("RefundOnly":true,"Restock":false,"SellerAdjustmentID":"refund-1/5000011",)"
            R"("ShippingAdjustment":0.00,"TaxAdjustment":0.00})");

  const auto full_shipped = refund_calls(
      read_refund_request(refund(stored_order("eBay", "fully_shipped", 2), json::array(), true, 4500).dump()), 2);
  EXPECT_EQ(full_shipped[0].body["RefundOnly"], true);
  EXPECT_EQ(adjust_body_text(full_shipped[0].body).find("\"AdjustmentAmount\":45.00"), 1u);

  // A full refund of an unshipped order is a cancellation.
  const auto full_unshipped = refund_calls(
      read_refund_request(refund(stored_order("eBay", "unshipped"), json::array(), true, 4500).dump()), 2);
  EXPECT_FALSE(full_unshipped[0].body.contains("RefundOnly"));
  EXPECT_FALSE(full_unshipped[0].body.contains("AdjustmentAmount"));
}

TEST(ChannelAdvisorAdjust, HubReasonsMapToChannelAdvisorReasons) {
  EXPECT_EQ(channeladvisor_reason("buyer asked"), "BuyerCancelled");
  EXPECT_EQ(channeladvisor_reason("out of stock"), "ItemNotAvailable");
  EXPECT_EQ(channeladvisor_reason("item returned"), "CustomerReturnedItem");
  EXPECT_EQ(channeladvisor_reason("bad address"), "ShippingAddressUndeliverable");
  EXPECT_EQ(channeladvisor_reason("could not ship in time"), "CouldNotShip");
  EXPECT_EQ(channeladvisor_reason("CustomerExchange"), "CustomerExchange");
  EXPECT_EQ(channeladvisor_reason("goodwill"), "GeneralAdjustment");
}

TEST(ChannelAdvisorShip, ShipBodyCarriesTheKeyAsSellerFulfillmentIdAndTheItems) {
  const json document = {{"schema", "orderhub.shipment/1"},
                         {"idempotency_key", "ship-1"},
                         {"order", stored_order("eBay", "unshipped")},
                         {"shipment",
                          {{"carrier", "United Parcel Service"},
                           {"service", "Ground"},
                           {"code_to_send", "UPS"},
                           {"service_code", ""},
                           {"tracking_number", "1Z1"},
                           {"ship_date", "2026-11-23T16:00:00Z"},
                           {"lines", {{{"line_id", "5000011"}, {"quantity", 2}},
                                      {{"line_id", "5000012"}, {"quantity", 1}}}}}}};
  const json body = ship_body(read_shipment_request(document.dump()));
  EXPECT_EQ(body, json::parse(R"({"Value": {"ShippedDateUtc": "2026-11-23T16:00:00Z",
      "TrackingNumber": "1Z1", "SellerFulfillmentID": "ship-1", "ShippingCarrier": "UPS",
      "ShippingClass": "Ground", "DeliveryStatus": "Complete",
      "Items": [{"SkuOrSiteOrderItemID": "SOI-5000011", "Quantity": 2},
                {"SkuOrSiteOrderItemID": "CA-TEE-M", "Quantity": 1}]}})"));
}

}  // namespace
}  // namespace orderhub::channeladvisor
