// The Cdiscount plugin as the host runs it (a plugin library loaded by the host's loader, with the
// host's real HTTP, key-value and clock services) against orderhub-sandbox's Cdiscount emulator:
// downloads walk modification windows, the token is issued once and reused, every write is sent
// once and a repeat is answered already_applied.
#include <gtest/gtest.h>
#include <httplib.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_loader.h"
#include "orderhub/services/instance_host.h"
#include "schema/schema_validation.h"
#include "support/sandbox_process.h"

namespace orderhub::cdiscount {
namespace {

using loader::CallResult;
using loader::PluginInstance;
using nlohmann::json;
using orderhub::testing::SandboxProcess;

class CdiscountSandboxTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    sandbox_ = new SandboxProcess({"--orders", "24", "--seed", "5", "--channels", "cdiscount"});
    const loader::PluginLoadResult loaded = loader::load_plugin(CDISCOUNT_PLUGIN_DIRECTORY);
    ASSERT_TRUE(loaded.ok()) << loaded.failure->message();
    plugin_ = loaded.plugin;
  }
  static void TearDownTestSuite() {
    delete sandbox_;
    sandbox_ = nullptr;
  }

  void SetUp() override {
    ASSERT_NE(plugin_, nullptr);
    admin("POST", "/admin/reset", json::object());
    instance_ = create(config("sandbox-password"));
    ASSERT_NE(instance_, nullptr);
  }

  static json config(const std::string& password) {
    return json{{"base_url", sandbox_->channel_url("cdiscount")},
                {"token_url", sandbox_->channel_url("cdiscount")},
                {"login", "sandbox-seller"},
                {"password", password},
                {"timeout_ms", 10000}};
  }

  static std::unique_ptr<PluginInstance> create(const json& account_config) {
    auto host = std::make_unique<services::InstanceHost>(
        services::HostEnvironment{},
        services::InstanceIdentity{plugin_->id, "account:cdiscount-test", {}});
    loader::CreateResult created =
        PluginInstance::create(plugin_, std::move(host), account_config.dump());
    EXPECT_TRUE(created.result.ok()) << created.result.message;
    return std::move(created.instance);
  }

  static json admin(const std::string& method, const std::string& path, const json& body = {}) {
    httplib::Client client(sandbox_->base_url());
    httplib::Result result =
        method == "GET" ? client.Get(path) : client.Post(path, body.dump(), "application/json");
    if (!result || result->status / 100 != 2) {
      ADD_FAILURE() << method << " " << path << " failed";
      return json();
    }
    return json::parse(result->body);
  }

  static json received(const std::string& kind) {
    return admin("GET", "/admin/cdiscount/received?kind=" + kind)["received"];
  }

  static json document(const CallResult& result, const std::string& schema_name) {
    EXPECT_TRUE(result.ok()) << services::status_name(result.status) << ": " << result.message;
    if (!result.ok()) {
      return json();
    }
    static std::map<std::string, std::unique_ptr<orderhub::testing::LoadedSchema>> schemas;
    auto& loaded = schemas[schema_name];
    if (!loaded) {
      loaded = std::make_unique<orderhub::testing::LoadedSchema>(orderhub::testing::read_json_file(
          std::string(ORDERHUB_SCHEMA_DIRECTORY) + "/" + schema_name + ".schema.json"));
    }
    json parsed = json::parse(result.output);
    EXPECT_TRUE(loaded->errors(parsed).empty()) << result.output.substr(0, 500);
    return parsed;
  }

  // Every order of every page; pages collects each page's orders count.
  std::vector<json> download_all(int page_size, bool allow_unpaid,
                                 std::vector<std::size_t>* pages = nullptr) {
    std::vector<json> orders;
    json token = nullptr;
    for (int page = 0; page < 200; ++page) {
      const json request = {{"schema", "orderhub.download_request/1"},
                            {"since", "2000-01-01T00:00:00Z"},
                            {"until", "2100-01-01T00:00:00Z"},
                            {"page_token", token},
                            {"page_size", page_size},
                            {"options", {{"allow_unpaid", allow_unpaid}, {"allow_shipped", true}}}};
      const json batch = document(instance_->download_orders_page(request.dump()), "order_batch");
      if (batch.is_null()) {
        break;
      }
      EXPECT_EQ(batch["rejected"], json::array());
      if (pages != nullptr) {
        pages->push_back(batch["orders"].size());
      }
      for (const json& order : batch["orders"]) {
        orders.push_back(order);
      }
      token = batch["next_page_token"];
      if (token.is_null()) {
        break;
      }
    }
    return orders;
  }

  json order_in_state(const std::string& state) {
    for (json& order : download_all(100, true)) {
      if (order["channel_status"] == state) {
        order.erase("raw");
        return order;
      }
    }
    ADD_FAILURE() << "no order is " << state;
    return json();
  }

  static inline SandboxProcess* sandbox_ = nullptr;
  static inline std::shared_ptr<const loader::LoadedPlugin> plugin_;
  std::unique_ptr<PluginInstance> instance_;
};

TEST_F(CdiscountSandboxTest, DownloadWalksWindowsOfAtMostPageSizeOrdersAndMissesNone) {
  std::vector<std::size_t> pages;
  const std::vector<json> orders = download_all(4, true, &pages);
  EXPECT_GT(pages.size(), 3u);
  for (const std::size_t size : pages) {
    EXPECT_LE(size, 4u);
  }
  std::set<std::string> seen;
  for (const json& order : orders) {
    EXPECT_TRUE(seen.insert(order["channel_order_id"].get<std::string>()).second)
        << order["channel_order_id"] << " came twice";
  }
  EXPECT_EQ(seen.size(), admin("GET", "/admin/cdiscount/orders")["orders"].size());
}

TEST_F(CdiscountSandboxTest, UnpaidOrdersAreNotAskedForUnlessAllowed) {
  const std::set<std::string> unpaid{"WaitingForSellerAcceptation", "AcceptedBySeller",
                                     "PaymentInProgress"};
  std::size_t unpaid_downloaded = 0;
  for (const json& order : download_all(100, false)) {
    EXPECT_EQ(unpaid.count(order["channel_status"]), 0u) << order["channel_order_id"];
  }
  for (const json& order : download_all(100, true)) {
    unpaid_downloaded += unpaid.count(order["channel_status"]);
  }
  EXPECT_GT(unpaid_downloaded, 0u);
}

TEST_F(CdiscountSandboxTest, TokenIsIssuedOnceAndReused) {
  download_all(100, true);
  download_all(100, true);
  const json stats = admin("GET", "/admin/stats");
  EXPECT_EQ(stats["requests"]["cdiscount"]["GET /users/httpIssue.svc"], 1) << stats.dump();
}

TEST_F(CdiscountSandboxTest, WrongPasswordIsRefusedWithoutQuotingIt) {
  const auto wrong = create(config("not-the-password"));
  const CallResult result = wrong->download_orders_page(json{
      {"schema", "orderhub.download_request/1"},
      {"since", "2000-01-01T00:00:00Z"},
      {"until", "2100-01-01T00:00:00Z"},
      {"page_token", nullptr},
      {"page_size", 10}}.dump());
  EXPECT_EQ(result.status, services::StatusCode::unauthenticated) << result.message;
  EXPECT_EQ(result.message.find("not-the-password"), std::string::npos);
}

TEST_F(CdiscountSandboxTest, ShipmentIsSentOnceAndARepeatIsAlreadyApplied) {
  const json order = order_in_state("WaitingForShipmentAcceptation");
  json lines = json::array();
  for (const json& line : order["lines"]) {
    lines.push_back({{"line_id", line["line_id"]}, {"quantity", line["quantity"]}});
  }
  const json shipment = {{"schema", "orderhub.shipment/1"},
                         {"idempotency_key", "ship-1"},
                         {"order", order},
                         {"shipment",
                          {{"carrier", "DHL"},
                           {"service", "Express"},
                           {"code_to_send", ""},
                           {"service_code", ""},
                           {"tracking_number", "JD0001"},
                           {"ship_date", "2026-11-23T10:00:00Z"},
                           {"lines", lines}}}};
  const json first = document(instance_->upload_shipment(shipment.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json repeat = document(instance_->upload_shipment(shipment.dump()), "delivery_result");
  EXPECT_EQ(repeat["already_applied"], true);
  const json shipments = received("shipment");
  ASSERT_EQ(shipments.size(), 1u);
  EXPECT_EQ(shipments[0]["order_id"], order["channel_order_id"]);
  EXPECT_EQ(shipments[0]["body"]["CarrierName"], "DHL");
  EXPECT_EQ(shipments[0]["body"]["TrackingNumber"], "JD0001");
  EXPECT_EQ(shipments[0]["body"]["TrackingUrl"],
            "https://www.dhl.com/fr-fr/home/tracking.html?tracking-id=JD0001");

  // Another tracking number for a shipped order is refused, not sent.
  json other = shipment;
  other["shipment"]["tracking_number"] = "JD0002";
  const CallResult refused = instance_->upload_shipment(other.dump());
  EXPECT_EQ(refused.status, services::StatusCode::failed_precondition) << refused.message;
  EXPECT_EQ(received("shipment").size(), 1u);
}

TEST_F(CdiscountSandboxTest, AcknowledgementAcceptsOnceAndARepeatIsAlreadyApplied) {
  const json order = order_in_state("WaitingForSellerAcceptation");
  const json acknowledgement = {{"schema", "orderhub.acknowledgement/1"},
                                {"idempotency_key", "ack-1"},
                                {"orders", json::array({order})}};
  const json first =
      document(instance_->acknowledge_orders(acknowledgement.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json repeat =
      document(instance_->acknowledge_orders(acknowledgement.dump()), "delivery_result");
  EXPECT_EQ(repeat["already_applied"], true);
  const json acceptances = received("acceptance");
  ASSERT_EQ(acceptances.size(), 1u);
  EXPECT_EQ(acceptances[0]["body"]["OrderState"], "AcceptedBySeller");
  EXPECT_EQ(acceptances[0]["body"]["OrderLineList"].size(), order["lines"].size());
}

}  // namespace
}  // namespace orderhub::cdiscount
