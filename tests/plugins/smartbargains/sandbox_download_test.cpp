// The Smart Bargains plugin downloading from orderhub-sandbox: paging through the list with the
// channel's page tokens, the download window, malformed orders quarantined while the rest of the
// page imports, and failures of the channel itself (auth, truncated pages) as error statuses.
#include "sandbox_fixture.h"

#include <set>

namespace orderhub::smartbargains::testing {
namespace {

class SandboxDownloadTest : public SmartBargainsSandboxTest {};

std::set<std::string> po_numbers(const std::vector<json>& orders) {
  std::set<std::string> numbers;
  for (const json& order : orders) {
    numbers.insert(order["channel_order_id"].get<std::string>());
  }
  return numbers;
}

TEST_F(SandboxDownloadTest, SmallPagesWalkEveryOrderExactlyOnce) {
  std::vector<json> tokens;
  const std::vector<json> orders = download_all(6, &tokens);
  ASSERT_EQ(orders.size(), 20u);
  EXPECT_EQ(po_numbers(orders).size(), 20u);
  ASSERT_EQ(tokens.size(), 4u);  // 6 + 6 + 6 + 2
  EXPECT_TRUE(tokens[0].is_string());
  EXPECT_TRUE(tokens[3].is_null());

  std::set<std::string> statuses;
  for (const json& order : orders) {
    statuses.insert(order["channel_status"].get<std::string>());
  }
  // The generated mix covers every status.
  EXPECT_EQ(statuses, (std::set<std::string>{"NEW", "ACKNOWLEDGED", "SHIPPED", "CANCELLED"}));

  std::set<std::string> sandbox_numbers;
  const json listed = admin("GET", "/admin/smartbargains/orders");
  for (const json& order : listed["orders"]) {
    sandbox_numbers.insert(order["po_number"].get<std::string>());
  }
  EXPECT_EQ(po_numbers(orders), sandbox_numbers);
  // raw is the order as the channel sent it.
  for (const json& order : orders) {
    const json wire = json::parse(order["raw"].get<std::string>());
    EXPECT_EQ(wire, sandbox_order(order["channel_order_id"]));
  }
}

TEST_F(SandboxDownloadTest, OrdersChangedAtOrAfterUntilWaitForTheNextWindow) {
  const std::vector<json> all = download_all(50);
  ASSERT_FALSE(all.empty());
  std::vector<std::string> updated;
  for (const json& order : all) {
    updated.push_back(order["updated_at"].get<std::string>());
  }
  std::sort(updated.begin(), updated.end());
  const std::string until = updated[updated.size() / 2];
  const json batch = expect_document(
      instance_->download_orders_page(download_request(nullptr, 50, until).dump()),
      "order_batch");
  std::size_t expected = 0;
  for (const std::string& time : updated) {
    expected += time < until ? 1 : 0;
  }
  EXPECT_EQ(batch["orders"].size(), expected);
  for (const json& order : batch["orders"]) {
    EXPECT_LT(order["updated_at"].get<std::string>(), until);
  }
}

TEST_F(SandboxDownloadTest, AMalformedOrderIsRejectedAndTheRestOfThePageImports) {
  admin("POST", "/admin/smartbargains/orders",
        {{"po_number", "SB-BAD-1"},
         {"lines", json::array({{{"line_number", 1},
                                 {"sku", "SB-KTL-001"},
                                 {"qty", -2},
                                 {"unit_cost", "18.50"}}})}});
  const json batch = expect_document(
      instance_->download_orders_page(download_request(nullptr, 50).dump()), "order_batch");
  ASSERT_EQ(batch["rejected"].size(), 1u);
  EXPECT_EQ(batch["rejected"][0]["channel_order_id"], "SB-BAD-1");
  EXPECT_EQ(batch["rejected"][0]["field"], "lines.0.qty");
  EXPECT_EQ(batch["orders"].size(), 20u);
}

TEST_F(SandboxDownloadTest, ATruncatedPageIsARetryableErrorNotAnEmptyPage) {
  admin("PUT", "/admin/faults", {{"fault-malformed", 1.0}});
  const CallResult result =
      instance_->download_orders_page(download_request(nullptr, 50).dump());
  EXPECT_EQ(result.status, StatusCode::unavailable) << result.message;
  EXPECT_NE(result.message.find("not JSON"), std::string::npos) << result.message;
}

TEST_F(SandboxDownloadTest, AWrongTokenIsUnauthenticatedAndNeverQuoted) {
  const auto instance = create_instance(config("wrong-token-value"));
  const CallResult result = instance->download_orders_page(download_request(nullptr, 5).dump());
  EXPECT_EQ(result.status, StatusCode::unauthenticated) << result.message;
  EXPECT_NE(result.message.find("UNAUTHORIZED"), std::string::npos) << result.message;
  EXPECT_EQ(result.message.find("wrong-token-value"), std::string::npos) << result.message;
}

TEST_F(SandboxDownloadTest, AnUnknownConfigKeyIsRefusedAtCreate) {
  json account = config();
  account["api_key"] = "x";
  const loader::CreateResult created = create(account);
  EXPECT_EQ(created.result.status, StatusCode::invalid_argument);
  EXPECT_NE(created.result.message.find("\"api_key\""), std::string::npos);
}

}  // namespace
}  // namespace orderhub::smartbargains::testing
