// The CS-Cart plugin downloading from orderhub-sandbox through the host's loader and HTTP service:
// paging, the mapped orders against the sandbox's own, and how CS-Cart's failures (401, 429, 5xx,
// cut-off replies) and an unusable configuration reach the host.
#include "sandbox_fixture.h"

namespace orderhub::cscart::testing {
namespace {

TEST_F(CscartSandboxTest, DownloadsEveryListedOrderPageByPage) {
  std::vector<json> tokens;
  const std::vector<json> orders = download_all(7, &tokens);

  std::set<std::string> expected_ids;
  std::map<std::string, json> wire_by_id;
  const json sandbox_orders = admin("GET", "/admin/cscart/orders")["orders"];
  for (const json& wire : sandbox_orders) {
    if (wire["status"] != "N") {
      expected_ids.insert(wire["order_id"].get<std::string>());
      wire_by_id[wire["order_id"].get<std::string>()] = wire;
    }
  }
  std::set<std::string> downloaded_ids;
  for (const json& order : orders) {
    downloaded_ids.insert(order["channel_order_id"].get<std::string>());
  }
  EXPECT_EQ(downloaded_ids, expected_ids);
  EXPECT_EQ(orders.size(), expected_ids.size());  // no order twice

  // Pages of 7: the tokens are CS-Cart page numbers with the list's total, null after the last.
  std::vector<json> expected_tokens;
  const std::size_t pages = (expected_ids.size() + 6) / 7;
  for (std::size_t page = 2; page <= pages; ++page) {
    expected_tokens.push_back(std::to_string(page) + ":" + std::to_string(sandbox_orders.size()));
  }
  expected_tokens.push_back(nullptr);
  EXPECT_EQ(tokens, expected_tokens);

  const json stats = admin("GET", "/admin/stats")["requests"]["cscart"];
  EXPECT_EQ(stats["GET /api/orders"], pages);
  EXPECT_EQ(stats["GET /api/orders/<id>"], expected_ids.size());

  // Each order is the sandbox's order, field for field where the hub reads it.
  for (const json& order : orders) {
    const json& wire = wire_by_id[order["channel_order_id"].get<std::string>()];
    EXPECT_EQ(order["channel_status"], wire["status"]);
    EXPECT_EQ(order["raw"].get<std::string>().empty(), false);
    EXPECT_EQ(json::parse(order["raw"].get<std::string>()), wire);
    EXPECT_EQ(order["lines"].size(), wire["products"].size());
    EXPECT_EQ(order["shipping_method"], wire["shipping"][0]["shipping"]);
    EXPECT_EQ(order["buyer"]["email"], wire["email"]);
    EXPECT_EQ(order["ship_to"]["city"], wire["s_city"]);
    EXPECT_EQ(order["currency"], "USD");
    const std::string total = wire["total"];
    const std::string cents = total.substr(0, total.find('.')) + total.substr(total.find('.') + 1);
    EXPECT_EQ(order["totals"]["total"]["minor"], std::stoll(cents)) << total;
    for (const json& line : order["lines"]) {
      const json& product = wire["products"][line["line_id"].get<std::string>()];
      EXPECT_EQ(line["sku"], product["product_code"]);
      EXPECT_EQ(line["quantity"], std::stoll(product["amount"].get<std::string>()));
    }
  }
}

TEST_F(CscartSandboxTest, OrdersModifiedWhilePagingMakeNoOtherOrderSkipped) {
  // Page 1 is read; then two of its orders change at the channel (as a shipment the hub uploads
  // changes them), which takes them out of the download's window, and every later order moves up
  // two places. Reading page 2 by its number alone would skip two orders.
  const json first = expect_document(
      instance_->download_orders_page(download_request(nullptr, 5).dump()), "order_batch");
  ASSERT_FALSE(first.is_null());
  std::set<std::string> downloaded;
  for (const json& order : first["orders"]) {
    downloaded.insert(order["channel_order_id"].get<std::string>());
  }
  for (int index : {0, 1}) {
    admin("PATCH",
          "/admin/cscart/orders/" + first["orders"][index]["channel_order_id"].get<std::string>(),
          {{"updated_at", "4200000000"}});  // after the window's end (2100-01-01)
  }
  json token = first["next_page_token"];
  for (int page = 0; page < 100 && !token.is_null(); ++page) {
    const json batch = expect_document(
        instance_->download_orders_page(download_request(token, 5).dump()), "order_batch");
    ASSERT_FALSE(batch.is_null());
    for (const json& order : batch["orders"]) {
      downloaded.insert(order["channel_order_id"].get<std::string>());
    }
    token = batch["next_page_token"];
  }
  std::set<std::string> expected;
  const json listed = admin("GET", "/admin/cscart/orders");
  for (const json& wire : listed["orders"]) {
    if (wire["status"] != "N") {
      expected.insert(wire["order_id"].get<std::string>());
    }
  }
  EXPECT_EQ(downloaded, expected);
}

TEST_F(CscartSandboxTest, WrongApiKeyIsUnauthenticatedWithTheChannelsMessageAndNoKey) {
  const std::string wrong_key = "not-the-sandbox-key-9f3c";
  const auto instance = create_instance(config(wrong_key));
  ASSERT_NE(instance, nullptr);
  const CallResult result = instance->download_orders_page(download_request(nullptr, 10).dump());
  EXPECT_EQ(result.status, StatusCode::unauthenticated);
  EXPECT_NE(result.message.find("HTTP 401"), std::string::npos) << result.message;
  EXPECT_NE(result.message.find("Invalid e-mail or API key"), std::string::npos) << result.message;
  EXPECT_EQ(result.message.find(wrong_key), std::string::npos) << result.message;
  EXPECT_EQ(result.retry_after.count(), 0);
}

TEST_F(CscartSandboxTest, ThrottledCallIsResourceExhaustedWithRetryAfter) {
  admin("PUT", "/admin/faults", {{"fault-429", 1.0}, {"retry-after", 7}});
  const CallResult result = instance_->download_orders_page(download_request(nullptr, 10).dump());
  EXPECT_EQ(result.status, StatusCode::resource_exhausted) << result.message;
  EXPECT_EQ(result.retry_after.count(), 7000);
  EXPECT_NE(result.message.find("HTTP 429"), std::string::npos) << result.message;
  EXPECT_EQ(result.message.find(sandbox_api_key), std::string::npos) << result.message;
}

TEST_F(CscartSandboxTest, CutOffReplyIsUnavailableSoThePageIsRetried) {
  admin("PUT", "/admin/faults", {{"fault-malformed", 1.0}});
  const CallResult result = instance_->download_orders_page(download_request(nullptr, 10).dump());
  EXPECT_EQ(result.status, StatusCode::unavailable) << result.message;
  EXPECT_NE(result.message.find("not JSON"), std::string::npos) << result.message;

  admin("PUT", "/admin/faults", {{"fault-malformed", 0.0}});
  EXPECT_TRUE(instance_->download_orders_page(download_request(nullptr, 10).dump()).ok());
}

TEST_F(CscartSandboxTest, ServerErrorIsUnavailable) {
  admin("PUT", "/admin/faults", {{"fault-5xx", 1.0}});
  const CallResult result = instance_->download_orders_page(download_request(nullptr, 10).dump());
  EXPECT_EQ(result.status, StatusCode::unavailable) << result.message;
  EXPECT_NE(result.message.find("HTTP 503"), std::string::npos) << result.message;
}

TEST_F(CscartSandboxTest, UnusableConfigurationIsRefusedAtCreationNamingTheKey) {
  json missing = config();
  missing.erase("base_url");
  const loader::CreateResult created = create(missing);
  EXPECT_EQ(created.result.status, StatusCode::invalid_argument);
  EXPECT_EQ(created.result.message, "config: \"base_url\" is missing");
  EXPECT_EQ(created.instance, nullptr);
}

}  // namespace
}  // namespace orderhub::cscart::testing
