// The Overstock plugin downloading from orderhub-sandbox: time windows walked to the end, both
// reply shapes, a changed order showing again, bad credentials and cut-off pages as errors.
#include "sandbox_fixture.h"

#include <set>

namespace orderhub::overstock::testing {
namespace {

TEST_F(OverstockSandboxTest, WindowsWalkedFrom1970ReachEveryOrderOnceInAFewDozenCalls) {
  int pages = 0;
  const std::vector<json> orders = download_all("1970-01-01T00:00:00Z", "2100-01-01T00:00:00Z",
                                                &pages);
  std::set<std::string> numbers;
  for (const json& order : orders) {
    numbers.insert(order["channel_order_id"].get<std::string>());
  }
  EXPECT_EQ(orders.size(), 20u);
  EXPECT_EQ(numbers.size(), 20u);
  // Empty windows double, so 130 years cost a bounded number of calls, not one per day.
  EXPECT_LT(pages, 400);
  const json wire = admin("GET", "/admin/overstock/orders")["orders"];
  ASSERT_EQ(wire.size(), 20u);
  for (const json& order : wire) {
    EXPECT_EQ(numbers.count(order["salesChannelOrderNumber"].get<std::string>()), 1u);
  }
}

TEST_F(OverstockSandboxTest, AWindowTokenNamesTheNextWindowStart) {
  const json first = expect_document(
      instance_->download_orders_page(
          download_request(nullptr, "2026-11-20T00:00:00Z", "2026-11-23T12:00:00Z").dump()),
      "order_batch");
  EXPECT_EQ(first["next_page_token"], "2026-11-21T00:00:00Z/2");  // empty: the next one doubles
  const json second = expect_document(
      instance_->download_orders_page(download_request(first["next_page_token"],
                                                       "2026-11-20T00:00:00Z",
                                                       "2026-11-23T12:00:00Z")
                                          .dump()),
      "order_batch");
  EXPECT_EQ(second["next_page_token"], "2026-11-23T00:00:00Z/4");
  const json last = expect_document(
      instance_->download_orders_page(download_request(second["next_page_token"],
                                                       "2026-11-20T00:00:00Z",
                                                       "2026-11-23T12:00:00Z")
                                          .dump()),
      "order_batch");
  EXPECT_TRUE(last["next_page_token"].is_null());  // clipped at until
  const CallResult bad = instance_->download_orders_page(
      download_request("page-2", "2026-11-20T00:00:00Z", "2026-11-23T12:00:00Z").dump());
  EXPECT_EQ(bad.status, StatusCode::invalid_argument);
  EXPECT_NE(bad.message.find("page_token \"page-2\""), std::string::npos) << bad.message;
}

TEST_F(OverstockSandboxTest, AChangedOrderShowsInTheCurrentWindowWithItsNewFields) {
  const json order = open_order();
  const std::string number = order["channel_order_id"];
  admin("PATCH", "/admin/overstock/orders/" + number,
        {{"status", "CANCELLED"},
         {"shipToAddress", {{"contactName", "Renée Søndergaard"}}}});
  const std::vector<json> recent = download_all("2026-06-01T00:00:00Z", "2100-01-01T00:00:00Z");
  ASSERT_EQ(recent.size(), 1u);
  EXPECT_EQ(recent[0]["channel_order_id"], number);
  EXPECT_EQ(recent[0]["cancelled"], true);
  EXPECT_EQ(recent[0]["ship_to"]["name"], "Renée Søndergaard");
}

TEST_F(OverstockSandboxTest, AMalformedOrderIsRejectedAndTheRestOfTheWindowImports) {
  admin("POST", "/admin/overstock/orders",
        {{"salesChannelOrderNumber", "OSTK-BAD-1"}, {"orderDate", "not a date"}});
  admin("POST", "/admin/overstock/orders", {{"salesChannelOrderNumber", "OSTK-GOOD-1"}});
  // Both were added now: walk the windows from June on and keep what they held.
  json batch = {{"orders", json::array()}, {"rejected", json::array()}};
  json token = nullptr;
  for (int page = 0; page < 200; ++page) {
    const json window = expect_document(
        instance_->download_orders_page(
            download_request(token, "2026-06-01T00:00:00Z", "2100-01-01T00:00:00Z").dump()),
        "order_batch");
    ASSERT_FALSE(window.is_null());
    for (const char* list : {"orders", "rejected"}) {
      for (const json& entry : window[list]) {
        batch[list].push_back(entry);
      }
    }
    token = window["next_page_token"];
    if (token.is_null()) {
      break;
    }
  }
  ASSERT_EQ(batch["rejected"].size(), 1u) << batch.dump(2);
  EXPECT_EQ(batch["rejected"][0]["channel_order_id"], "OSTK-BAD-1");
  EXPECT_EQ(batch["rejected"][0]["field"], "orderDate");
  ASSERT_EQ(batch["orders"].size(), 1u);
  EXPECT_EQ(batch["orders"][0]["channel_order_id"], "OSTK-GOOD-1");
}

TEST_F(OverstockSandboxTest, ACutOffPageIsARetryableErrorNamingTheCall) {
  admin("PUT", "/admin/faults", {{"fault-malformed", 1.0}});
  const CallResult result = instance_->download_orders_page(
      download_request(nullptr, "2025-01-01T00:00:00Z", "2100-01-01T00:00:00Z").dump());
  admin("PUT", "/admin/faults", {{"fault-malformed", 0.0}});
  EXPECT_EQ(result.status, StatusCode::unavailable) << result.message;
  EXPECT_NE(result.message.find("GET /overstock/salesorders"), std::string::npos)
      << result.message;
  EXPECT_NE(result.message.find("not well-formed XML"), std::string::npos) << result.message;
}

TEST_F(OverstockSandboxTest, AWrongPasswordIsUnauthenticatedAndNeverQuoted) {
  const auto wrong = create_instance(config("wrong-secret-123"));
  const CallResult result = wrong->download_orders_page(
      download_request(nullptr, "2025-01-01T00:00:00Z", "2100-01-01T00:00:00Z").dump());
  EXPECT_EQ(result.status, StatusCode::unauthenticated) << result.message;
  EXPECT_EQ(result.message.find("wrong-secret-123"), std::string::npos) << result.message;
}

TEST_F(OverstockSandboxTest, AMissingConfigKeyIsRefusedAtCreateNamingTheKey) {
  json incomplete = config();
  incomplete.erase("warehouse_code");
  const loader::CreateResult created = create(incomplete);
  EXPECT_EQ(created.result.status, StatusCode::invalid_argument);
  EXPECT_NE(created.result.message.find("\"warehouse_code\" is missing"), std::string::npos)
      << created.result.message;
}

class OverstockListShapeTest : public OverstockSandboxTest {
 protected:
  static void SetUpTestSuite() {
    sandbox_ = new SandboxProcess({"--orders", "12", "--seed", "2"});
    const loader::PluginLoadResult loaded = loader::load_plugin(OVERSTOCK_PLUGIN_DIRECTORY);
    ASSERT_TRUE(loaded.ok()) << loaded.failure->message();
    plugin_ = loaded.plugin;
  }
};

TEST_F(OverstockListShapeTest, ThePrefixedListShapeDownloadsEveryOrder) {
  const std::vector<json> orders = download_all();
  EXPECT_EQ(orders.size(), 12u);
  for (const json& order : orders) {
    EXPECT_NE(order["raw"].get<std::string>().find("<ns2:list"), std::string::npos);
  }
}

}  // namespace
}  // namespace orderhub::overstock::testing
