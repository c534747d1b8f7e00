// The ChannelAdvisor plugin as the host runs it (built as a plugin library, loaded by the host's
// loader, given the host's real services) against orderhub-sandbox: download paging through
// @odata.nextLink, the OAuth refresh, Export, Ship, Adjust, and every repeated write answered
// already_applied without a second effect.
#include <gtest/gtest.h>
#include <httplib.h>

#include <map>
#include <set>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_loader.h"
#include "orderhub/services/instance_host.h"
#include "schema/schema_validation.h"
#include "support/sandbox_process.h"

namespace orderhub::channeladvisor::testing {
namespace {

using loader::CallResult;
using loader::PluginInstance;
using nlohmann::json;
using orderhub::testing::SandboxProcess;
using services::StatusCode;

const orderhub::testing::LoadedSchema& schema(const std::string& name) {
  static std::map<std::string, std::unique_ptr<orderhub::testing::LoadedSchema>> schemas;
  auto& loaded = schemas[name];
  if (!loaded) {
    loaded = std::make_unique<orderhub::testing::LoadedSchema>(orderhub::testing::read_json_file(
        std::string(ORDERHUB_SCHEMA_DIRECTORY) + "/" + name + ".schema.json"));
  }
  return *loaded;
}

class ChannelAdvisorSandboxTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    sandbox_ = new SandboxProcess({"--orders", "30", "--seed", "11"});
    const loader::PluginLoadResult loaded = loader::load_plugin(CHANNELADVISOR_PLUGIN_DIRECTORY);
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
    instance_ = create_instance(token_config());
  }

  static json token_config() {
    return json{{"base_url", sandbox_->channel_url("channeladvisor")},
                {"access_token", "sandbox-access-token"},
                {"timeout_ms", 10000}};
  }

  static json oauth_config(const std::string& refresh_token) {
    return json{{"base_url", sandbox_->channel_url("channeladvisor")},
                {"token_url", sandbox_->channel_url("channeladvisor") + "/oauth2/token"},
                {"application_id", "sandbox-application"},
                {"shared_secret", "sandbox-shared-secret"},
                {"refresh_token", refresh_token}};
  }

  static std::unique_ptr<PluginInstance> create_instance(const json& account_config) {
    auto host = std::make_unique<services::InstanceHost>(
        services::HostEnvironment{},
        services::InstanceIdentity{plugin_->id, "account:channeladvisor-test", {}});
    loader::CreateResult created =
        PluginInstance::create(plugin_, std::move(host), account_config.dump());
    EXPECT_TRUE(created.result.ok()) << created.result.message;
    return std::move(created.instance);
  }

  static json admin(const std::string& method, const std::string& path,
                    const json& body = nullptr) {
    httplib::Client client(sandbox_->base_url());
    httplib::Result result = method == "GET"     ? client.Get(path)
                             : method == "POST"  ? client.Post(path, body.dump(), "application/json")
                             : method == "PATCH" ? client.Patch(path, body.dump(), "application/json")
                                                 : client.Put(path, body.dump(), "application/json");
    if (!result || result->status / 100 != 2) {
      ADD_FAILURE() << method << " " << path
                    << " failed: " << (result ? result->body : httplib::to_string(result.error()));
      return json();
    }
    return json::parse(result->body);
  }

  static json received(const std::string& kind, const std::string& order_id) {
    json entries = json::array();
    // Kept in a local: a loop over a member of the temporary would outlive it.
    const json all = admin("GET", "/admin/channeladvisor/received?kind=" + kind);
    for (const json& entry : all["received"]) {
      if (entry["order_id"] == order_id) {
        entries.push_back(entry);
      }
    }
    return entries;
  }

  static json expect_document(const CallResult& result, const std::string& schema_name) {
    EXPECT_TRUE(result.ok()) << services::status_name(result.status) << ": " << result.message;
    if (!result.ok()) {
      return json();
    }
    json document = json::parse(result.output);
    const auto errors = schema(schema_name).errors(document);
    EXPECT_TRUE(errors.empty()) << orderhub::testing::joined(errors);
    return document;
  }

  static json download_request(const json& page_token, int page_size) {
    return json{{"schema", "orderhub.download_request/1"},
                {"since", "2000-01-01T00:00:00Z"},
                {"until", "2100-01-01T00:00:00Z"},
                {"page_token", page_token},
                {"page_size", page_size},
                {"options", {{"allow_unpaid", true}, {"allow_shipped", true}}}};
  }

  std::vector<json> download_all(PluginInstance& instance, int page_size,
                                 std::vector<json>* tokens = nullptr) {
    std::vector<json> orders;
    json token = nullptr;
    for (int page = 0; page < 100; ++page) {
      const json batch = expect_document(
          instance.download_orders_page(download_request(token, page_size).dump()), "order_batch");
      if (batch.is_null()) {
        break;
      }
      EXPECT_EQ(batch["rejected"], json::array());
      for (const json& order : batch["orders"]) {
        orders.push_back(order);
      }
      token = batch["next_page_token"];
      if (tokens != nullptr) {
        tokens->push_back(token);
      }
      if (token.is_null()) {
        break;
      }
    }
    return orders;
  }

  static json stored(json order) {
    order.erase("raw");
    return order;
  }

  // A paid, unshipped order that is not eBay's (whose cancellation opens a dispute).
  json paid_unshipped_order(const std::string& marketplace_prefix = "") {
    for (json& order : download_all(*instance_, 100)) {
      const std::string marketplace = order.value("marketplace", "");
      if (order["payment_status"] == "charged" && order["shipping_status"] == "unshipped" &&
          !order["cancelled"].get<bool>() && !order["third_party_managed"].get<bool>() &&
          marketplace.rfind("eBay", 0) != 0 && marketplace.rfind(marketplace_prefix, 0) == 0) {
        return order;
      }
    }
    ADD_FAILURE() << "the sandbox has no paid, unshipped order of " << marketplace_prefix;
    return json();
  }

  static json all_lines(const json& order) {
    json lines = json::array();
    for (const json& line : order["lines"]) {
      lines.push_back({{"line_id", line["line_id"]}, {"quantity", line["quantity"]}});
    }
    return lines;
  }

  static inline SandboxProcess* sandbox_ = nullptr;
  static inline std::shared_ptr<const loader::LoadedPlugin> plugin_;
  std::unique_ptr<PluginInstance> instance_;
};

TEST_F(ChannelAdvisorSandboxTest, DownloadFollowsNextLinkUntilTheLastPage) {
  std::vector<json> tokens;
  const std::vector<json> orders = download_all(*instance_, 7, &tokens);
  EXPECT_EQ(orders.size(), 30u);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_NE(tokens[0].get<std::string>().find("$skip=7"), std::string::npos) << tokens[0];
  EXPECT_EQ(tokens[0].get<std::string>().rfind(sandbox_->channel_url("channeladvisor"), 0), 0u);
  EXPECT_TRUE(tokens.back().is_null());
  std::set<std::string> ids;
  for (const json& order : orders) {
    ids.insert(order["channel_order_id"].get<std::string>());
  }
  EXPECT_EQ(ids.size(), 30u);
}

TEST_F(ChannelAdvisorSandboxTest, DownloadWindowFiltersOnUpdatedDate) {
  json request = download_request(nullptr, 100);
  request["until"] = "2001-01-01T00:00:00Z";
  const json batch =
      expect_document(instance_->download_orders_page(request.dump()), "order_batch");
  EXPECT_EQ(batch["orders"], json::array());
  EXPECT_TRUE(batch["next_page_token"].is_null());
}

TEST_F(ChannelAdvisorSandboxTest, ExportedOrdersAreNotListedAgainAndARepeatIsAlreadyApplied) {
  const json order = paid_unshipped_order();
  const std::string id = order["channel_order_id"];
  const json document = {{"schema", "orderhub.acknowledgement/1"},
                         {"idempotency_key", "ack:shop:" + id},
                         {"orders", json::array({stored(order)})}};
  const json first =
      expect_document(instance_->acknowledge_orders(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  EXPECT_EQ(received("export", id).size(), 1u);
  for (const json& listed : download_all(*instance_, 100)) {
    EXPECT_NE(listed["channel_order_id"], id);
  }
  const json again =
      expect_document(instance_->acknowledge_orders(document.dump()), "delivery_result");
  EXPECT_EQ(again["already_applied"], true);
  EXPECT_EQ(received("export", id).size(), 1u);
}

TEST_F(ChannelAdvisorSandboxTest, ShipmentIsSentOnceAndARetryAfterADropIsAlreadyApplied) {
  const json order = paid_unshipped_order();
  const std::string id = order["channel_order_id"];
  const json document = {{"schema", "orderhub.shipment/1"},
                         {"idempotency_key", "ship-" + id},
                         {"order", stored(order)},
                         {"shipment",
                          {{"carrier", "United Parcel Service"},
                           {"service", "Ground"},
                           {"code_to_send", "UPS"},
                           {"service_code", ""},
                           {"tracking_number", "1Z" + id},
                           {"ship_date", "2026-11-23T16:00:00Z"},
                           {"lines", all_lines(order)}}}};
  admin("PUT", "/admin/faults", {{"fault-drop-after-apply", 1.0}});
  const CallResult dropped = instance_->upload_shipment(document.dump());
  EXPECT_EQ(dropped.status, StatusCode::unavailable) << dropped.message;
  admin("PUT", "/admin/faults", {{"fault-drop-after-apply", 0.0}});
  ASSERT_EQ(received("shipment", id).size(), 1u);  // applied before the drop

  const json retry = expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  const json entries = received("shipment", id);
  ASSERT_EQ(entries.size(), 1u);
  const json& value = entries[0]["body"]["Value"];
  EXPECT_EQ(value["SellerFulfillmentID"], "ship-" + id);
  EXPECT_EQ(value["TrackingNumber"], "1Z" + id);
  EXPECT_EQ(value["ShippingCarrier"], "UPS");
  EXPECT_EQ(value["ShippingClass"], "Ground");
  EXPECT_EQ(value["DeliveryStatus"], "Complete");
  EXPECT_EQ(value["ShippedDateUtc"], "2026-11-23T16:00:00Z");
  EXPECT_EQ(value["Items"].size(), order["lines"].size());

  const json sandbox_order = [&] {
    const json listing = admin("GET", "/admin/channeladvisor/orders");
    for (const json& listed : listing["orders"]) {
      if (std::to_string(listed["ID"].get<std::int64_t>()) == id) {
        return listed;
      }
    }
    return json();
  }();
  EXPECT_EQ(sandbox_order["ShippingStatus"], "Shipped");
}

TEST_F(ChannelAdvisorSandboxTest, CancellationAndRefundRepeatsAreAlreadyApplied) {
  const json order = paid_unshipped_order();
  const std::string id = order["channel_order_id"];
  const json cancel = {{"schema", "orderhub.cancellation/1"},
                       {"idempotency_key", "cancel-" + id},
                       {"order", stored(order)},
                       {"reason", "buyer asked"},
                       {"lines", json::array()},
                       {"full", true},
                       {"restock", false}};
  const json first = expect_document(instance_->cancel_order(cancel.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json again = expect_document(instance_->cancel_order(cancel.dump()), "delivery_result");
  EXPECT_EQ(again["already_applied"], true);
  const json entries = received("adjustment", id);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0]["path"], "/channeladvisor/v1/Orders(" + id + ")/Adjust");
  EXPECT_EQ(entries[0]["body"]["SellerAdjustmentID"], "cancel-" + id);
  EXPECT_EQ(entries[0]["body"]["Reason"], "BuyerCancelled");
  EXPECT_EQ(entries[0]["body"]["Restock"],
            order.value("marketplace", "").rfind("Amazon", 0) == 0);

  const json refund = {{"schema", "orderhub.refund/1"},
                       {"idempotency_key", "refund-" + id},
                       {"order", stored(order)},
                       {"reason", "goodwill"},
                       {"notes", ""},
                       {"lines", json::array()},
                       {"amount", {{"minor", 125}, {"currency", "USD"}}},
                       {"full", false},
                       {"restock", false}};
  EXPECT_EQ(expect_document(instance_->refund_order(refund.dump()), "delivery_result")
                ["already_applied"],
            false);
  EXPECT_EQ(expect_document(instance_->refund_order(refund.dump()), "delivery_result")
                ["already_applied"],
            true);
  const json refunds = received("adjustment", id);
  ASSERT_EQ(refunds.size(), 2u);
  EXPECT_EQ(refunds[1]["body"]["AdjustmentAmount"], 1.25);
  EXPECT_EQ(refunds[1]["body"]["RefundOnly"], true);
}

TEST_F(ChannelAdvisorSandboxTest, OAuthRefreshFetchesATokenAndAWrongRefreshTokenIsRefused) {
  const std::unique_ptr<PluginInstance> refreshed =
      create_instance(oauth_config("sandbox-refresh-token"));
  EXPECT_EQ(download_all(*refreshed, 100).size(), 30u);

  const std::unique_ptr<PluginInstance> wrong = create_instance(oauth_config("not-the-token"));
  const CallResult refused = wrong->download_orders_page(download_request(nullptr, 10).dump());
  EXPECT_EQ(refused.status, StatusCode::invalid_argument) << refused.message;
  EXPECT_EQ(refused.message.find("not-the-token"), std::string::npos) << refused.message;
}

}  // namespace
}  // namespace orderhub::channeladvisor::testing
