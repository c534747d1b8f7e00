// The pure parts of the write calls and of paging: reading the host's documents, the bodies sent
// to CS-Cart, the notes that make cancellations and refunds idempotent, and the page tokens.
#include <gtest/gtest.h>

#include <functional>

#include <orderhub/sdk/error.h>

#include "currency.h"
#include "order_cancel.h"
#include "order_download.h"
#include "order_refund.h"
#include "shipment_upload.h"
#include "write_requests.h"

namespace orderhub::cscart {
namespace {

using nlohmann::json;

json stored_order() {
  return json::parse(R"({
    "channel_order_id": "1001", "created_at": "2023-11-14T22:13:20Z",
    "updated_at": "2023-11-14T22:13:20Z", "currency": "USD", "payment_status": "charged",
    "shipping_status": "unshipped", "shipping_method": "UPS Ground",
    "totals": {"items": {"minor": 0, "currency": "USD"}, "shipping": {"minor": 0, "currency": "USD"},
               "tax": {"minor": 0, "currency": "USD"}, "discount": {"minor": 0, "currency": "USD"},
               "total": {"minor": 0, "currency": "USD"}},
    "lines": [{"line_id": "11", "sku": "MUG-BLUE", "quantity": 2,
               "unit_price": {"minor": 1299, "currency": "USD"}},
              {"line_id": "12", "title": "Tea", "quantity": 1,
               "unit_price": {"minor": 1400, "currency": "USD"}}],
    "channel_data": {"shipping_id": "7", "status": "P"}
  })");
}

json shipment_document() {
  return json{{"schema", "orderhub.shipment/1"},
              {"idempotency_key", "ship-1001-1"},
              {"order", stored_order()},
              {"shipment",
               {{"carrier", "United Parcel Service"},
                {"code_to_send", "UPS"},
                {"tracking_number", "1Z999"},
                {"ship_date", "2023-11-15T10:00:00Z"},
                {"lines", json::array({{{"line_id", "11"}, {"quantity", 2}},
                                       {{"line_id", "12"}, {"quantity", 0}}})}}}};
}

json live_order(const char* shipped_11, const char* shipped_12) {
  return json{
      {"order_id", "1001"},
      {"status", "P"},
      {"shipping", json::array({{{"shipping_id", "7"}, {"shipping", "UPS Ground"}}})},
      {"products",
       {{"11",
         {{"item_id", "11"}, {"price", "12.99"}, {"amount", "2"}, {"shipped_amount", shipped_11}}},
        {"12",
         {{"item_id", "12"},
          {"price", "14.00"},
          {"amount", "1"},
          {"shipped_amount", shipped_12}}}}}};
}

sdk::Status status_of(const std::function<void()>& call) {
  try {
    call();
  } catch (const sdk::Error& error) {
    return error.status();
  }
  return sdk::Status::OK;
}

TEST(CscartShipment, RequestUsesCodeToSendAndSkipsZeroQuantities) {
  const ShipmentRequest request = read_shipment_request(shipment_document().dump());
  EXPECT_EQ(request.idempotency_key, "ship-1001-1");
  EXPECT_EQ(request.order.order_id, "1001");
  EXPECT_EQ(request.order.shipping_id, "7");
  EXPECT_EQ(request.carrier, "UPS");
  EXPECT_EQ(request.tracking_number, "1Z999");
  ASSERT_EQ(request.lines.size(), 1u);
  EXPECT_EQ(request.lines[0].line_id, "11");
  EXPECT_EQ(request.lines[0].quantity, 2);

  json document = shipment_document();
  document["shipment"]["code_to_send"] = "";
  EXPECT_EQ(read_shipment_request(document.dump()).carrier, "United Parcel Service");
}

TEST(CscartShipment, BodyCompletesTheOrderOnlyWhenNothingIsLeftToShip) {
  const ShipmentRequest request = read_shipment_request(shipment_document().dump());
  const Currency usd = currency_for("USD");

  json body = shipment_body(request, live_order("0", "0"), usd);
  EXPECT_EQ(body["order_id"], "1001");
  EXPECT_EQ(body["shipping_id"], "7");
  EXPECT_EQ(body["shipping"], "UPS Ground");
  EXPECT_EQ(body["carrier"], "UPS");
  EXPECT_EQ(body["tracking_number"], "1Z999");
  EXPECT_EQ(body["products"], (json{{"11", 2}}));
  EXPECT_EQ(body["comments"], shipment_comment("ship-1001-1"));
  EXPECT_FALSE(body.contains("order_status"));  // item 12 is still to ship

  body = shipment_body(request, live_order("0", "1"), usd);
  EXPECT_EQ(body["order_status"], "C");
}

TEST(CscartShipment, ShippingMoreThanIsLeftOrAnUnknownItemIsRefused) {
  const ShipmentRequest request = read_shipment_request(shipment_document().dump());
  const Currency usd = currency_for("USD");
  EXPECT_EQ(status_of([&] { shipment_body(request, live_order("1", "0"), usd); }),
            sdk::Status::INVALID_ARGUMENT);

  json document = shipment_document();
  document["shipment"]["lines"] = json::array({{{"line_id", "99"}, {"quantity", 1}}});
  const ShipmentRequest unknown = read_shipment_request(document.dump());
  EXPECT_EQ(status_of([&] { shipment_body(unknown, live_order("0", "0"), usd); }),
            sdk::Status::INVALID_ARGUMENT);
}

TEST(CscartShipment, EarlierAttemptIsFoundByCommentOrByTrackingAndProducts) {
  const ShipmentRequest request = read_shipment_request(shipment_document().dump());
  const json by_comment = {
      {"shipments", json::array({{{"shipment_id", "5"},
                                  {"tracking_number", "other"},
                                  {"comments", shipment_comment("ship-1001-1")},
                                  {"products", {{"11", "2"}}}}})}};
  EXPECT_EQ(find_applied_shipment(by_comment, request), "5");

  const json by_tracking = {{"shipments", json::array({{{"shipment_id", "6"},
                                                        {"tracking_number", "1Z999"},
                                                        {"comments", ""},
                                                        {"products", {{"11", "2"}}}}})}};
  EXPECT_EQ(find_applied_shipment(by_tracking, request), "6");

  const json other_products = {{"shipments", json::array({{{"shipment_id", "7"},
                                                           {"tracking_number", "1Z999"},
                                                           {"products", {{"11", "1"}}}}})}};
  EXPECT_EQ(find_applied_shipment(other_products, request), std::nullopt);
  EXPECT_EQ(find_applied_shipment(json{{"shipments", json::array()}}, request), std::nullopt);
}

TEST(CscartShipment, DocumentsCsCartCannotUseAreRefusedNamingTheField) {
  json document = shipment_document();
  document["order"]["channel_order_id"] = "A-1";
  EXPECT_EQ(status_of([&] { read_shipment_request(document.dump()); }),
            sdk::Status::INVALID_ARGUMENT);
  document = shipment_document();
  document["shipment"]["lines"] = json::array();
  EXPECT_EQ(status_of([&] { read_shipment_request(document.dump()); }),
            sdk::Status::INVALID_ARGUMENT);
  document = shipment_document();
  document.erase("idempotency_key");
  EXPECT_EQ(status_of([&] { read_shipment_request(document.dump()); }),
            sdk::Status::INVALID_ARGUMENT);
}

TEST(CscartCancellation, PartialCancellationNoteNamesQuantitiesSkusReasonAndKey) {
  const json document = {{"schema", "orderhub.cancellation/1"},
                         {"idempotency_key", "cancel-1"},
                         {"order", stored_order()},
                         {"reason", "out of stock"},
                         {"lines", json::array({{{"line_id", "11"}, {"quantity", 1}},
                                                {{"line_id", "12"}, {"quantity", 1}}})},
                         {"full", false},
                         {"restock", true}};
  const CancellationRequest request = read_cancellation_request(document.dump());
  EXPECT_FALSE(request.full);
  EXPECT_EQ(partial_cancellation_note(request),
            "Cancelled: 1 x MUG-BLUE, 1 x Tea. Reason: out of stock. (orderhub cancel-1)");
}

TEST(CscartRefund, PartialRefundNoteStartsWithTheKeyAndFormatsMoneyExactly) {
  const json document = {
      {"schema", "orderhub.refund/1"},
      {"idempotency_key", "refund-1"},
      {"order", stored_order()},
      {"reason", "damaged"},
      {"notes", "photo received"},
      {"lines", json::array({{{"line_id", "11"},
                              {"quantity", 1},
                              {"amount", {{"minor", 1299}, {"currency", "USD"}}}}})},
      {"amount", {{"minor", 1549}, {"currency", "USD"}}},
      {"shipping", {{"minor", 250}, {"currency", "USD"}}},
      {"tax", {{"minor", 0}, {"currency", "USD"}}},
      {"full", false},
      {"restock", false}};
  const RefundRequest request = read_refund_request(document.dump());
  EXPECT_EQ(refund_marker(request), "Refund refund-1:");
  EXPECT_EQ(partial_refund_note(request),
            "Refund refund-1: 15.49 USD. Lines: 1 x MUG-BLUE (12.99 USD). Shipping: 2.50 USD. "
            "Reason: damaged. Notes: photo received");
}

TEST(CscartDownload, RequestBecomesCsCartListQuery) {
  const PageRequest request = read_download_request(R"({"schema": "orderhub.download_request/1",
      "since": "2023-11-14T22:13:20Z", "until": "2023-11-15T00:00:00.500Z",
      "page_token": "3", "page_size": 25})");
  EXPECT_EQ(request.updated_from, 1700000000);
  EXPECT_EQ(request.updated_to, 1700006401);  // rounded up: the last partial second is included
  EXPECT_EQ(request.page, 3);
  EXPECT_EQ(list_path(request),
            "/api/orders?page=3&items_per_page=25&sort_by=date&sort_order=asc"
            "&updated_at_from=1700000000&updated_at_to=1700006401");
}

TEST(CscartDownload, FirstPageHasNoTokenAndBadTokensAreRefused) {
  const char* base = R"({"schema": "orderhub.download_request/1", "since": "2023-11-14T22:13:20Z",
      "until": "2023-11-15T00:00:00Z", "page_size": 25)";
  EXPECT_EQ(read_download_request(std::string(base) + "}").page, 1);
  EXPECT_EQ(read_download_request(std::string(base) + ", \"page_token\": null}").page, 1);
  for (const char* token : {"\"abc\"", "\"0\"", "\"-1\"", "2"}) {
    EXPECT_EQ(status_of([&] {
                read_download_request(std::string(base) + ", \"page_token\": " + token + "}");
              }),
              sdk::Status::INVALID_ARGUMENT)
        << token;
  }
  EXPECT_EQ(status_of([&] {
              read_download_request(R"({"since": "yesterday", "until": "2023-11-15T00:00:00Z",
                                        "page_size": 1})");
            }),
            sdk::Status::INVALID_ARGUMENT);
}

TEST(CscartDownload, NextPageUntilPageTimesItemsPerPageReachesTotalItems) {
  PageRequest request;
  request.page = 1;
  request.items_per_page = 2;
  const json rows = json::array({{{"order_id", "1"}}, {{"order_id", "2"}}});
  const auto reply = [&](json page, json per_page, json total) {
    return json{{"orders", rows},
                {"params", {{"page", page}, {"items_per_page", per_page}, {"total_items", total}}}};
  };
  EXPECT_EQ(next_page_token(reply("1", "2", "5"), request), "2:5");
  EXPECT_EQ(next_page_token(reply("2", "2", "5"), request), "3:5");
  EXPECT_EQ(next_page_token(reply("3", "2", "5"), request), std::nullopt);
  EXPECT_EQ(next_page_token(reply("2", "2", "4"), request), std::nullopt);
  EXPECT_EQ(next_page_token(reply(1, 2, 5), request), "2:5");  // numbers accepted too
  EXPECT_EQ(
      next_page_token(json{{"orders", json::array()}, {"params", {{"total_items", "9"}}}}, request),
      std::nullopt);
}

TEST(CscartDownload, OrdersLeavingTheListWhilePagingMoveTheNextPageBackSoNoneIsSkipped) {
  const json rows = json::array({{{"order_id", "1"}}, {{"order_id", "2"}}});
  const auto reply = [&](int page, int total) {
    return json{{"orders", rows},
                {"params", {{"page", page}, {"items_per_page", 10}, {"total_items", total}}}};
  };
  PageRequest request;
  request.items_per_page = 10;
  // Page 3 was chosen when the list held 100 orders; it now holds 97, so the three orders that
  // were first on page 3 moved onto page 2: read on from position 17, on page 2.
  request.page = 3;
  request.total_seen = 100;
  EXPECT_EQ(next_page_token(reply(3, 97), request), "2:97");
  // Without a change, paging goes on; a page found empty after orders left still backs up.
  request.total_seen = 97;
  EXPECT_EQ(next_page_token(reply(3, 97), request), "4:97");
  request.page = 10;
  request.total_seen = 100;
  EXPECT_EQ(next_page_token(json{{"orders", json::array()},
                                 {"params", {{"page", 10}, {"items_per_page", 10},
                                             {"total_items", 95}}}},
                            request),
            "9:95");
  // The last page, nothing left: done.
  request.total_seen = 95;
  EXPECT_EQ(next_page_token(reply(10, 95), request), std::nullopt);
}

TEST(CscartDownload, PageTokensCarryTheTotalTheyWereChosenWith) {
  const char* base = R"({"schema": "orderhub.download_request/1", "since": "2023-11-14T22:13:20Z",
      "until": "2023-11-15T00:00:00Z", "page_size": 25)";
  const PageRequest request = read_download_request(std::string(base) + R"(, "page_token": "4:140"})");
  EXPECT_EQ(request.page, 4);
  EXPECT_EQ(request.total_seen, 140);
  EXPECT_EQ(read_download_request(std::string(base) + R"(, "page_token": "4"})").total_seen,
            std::nullopt);
  for (const char* token : {"\"4:\"", "\"4:x\"", "\":5\""}) {
    EXPECT_EQ(status_of([&] {
                read_download_request(std::string(base) + ", \"page_token\": " + token + "}");
              }),
              sdk::Status::INVALID_ARGUMENT)
        << token;
  }
}

TEST(CscartDeliveryResult, LeavesOutAnEmptyReference) {
  EXPECT_EQ(json::parse(delivery_result("", false, "done")),
            (json{{"schema", "orderhub.delivery_result/1"},
                  {"already_applied", false},
                  {"message", "done"}}));
  EXPECT_EQ(json::parse(delivery_result("5", true, "again"))["channel_reference"], "5");
}

}  // namespace
}  // namespace orderhub::cscart
