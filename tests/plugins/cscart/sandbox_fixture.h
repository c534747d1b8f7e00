// The fixture of the CS-Cart plugin's live tests: the plugin as the host runs it, built as a plugin
// library, loaded by the host's loader, given the host's real services (HTTP among them), and
// pointed at orderhub-sandbox, which speaks CS-Cart over HTTP. Helpers read what the sandbox
// received through its admin API.
#ifndef ORDERHUB_TESTS_PLUGINS_CSCART_SANDBOX_FIXTURE_H
#define ORDERHUB_TESTS_PLUGINS_CSCART_SANDBOX_FIXTURE_H

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

namespace orderhub::cscart::testing {

using loader::CallResult;
using loader::PluginInstance;
using nlohmann::json;
using orderhub::testing::SandboxProcess;
using services::StatusCode;

inline constexpr const char* sandbox_email = "admin@example.com";
inline constexpr const char* sandbox_api_key = "sandbox-api-key";

inline const orderhub::testing::LoadedSchema& schema(const std::string& name) {
  static std::map<std::string, std::unique_ptr<orderhub::testing::LoadedSchema>> schemas;
  auto& loaded = schemas[name];
  if (!loaded) {
    loaded = std::make_unique<orderhub::testing::LoadedSchema>(orderhub::testing::read_json_file(
        std::string(ORDERHUB_SCHEMA_DIRECTORY) + "/" + name + ".schema.json"));
  }
  return *loaded;
}

class CscartSandboxTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    sandbox_ = new SandboxProcess({"--orders", "20", "--seed", "7"});
    const loader::PluginLoadResult loaded = loader::load_plugin(CSCART_PLUGIN_DIRECTORY);
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
    instance_ = create_instance(config());
  }

  static json config(const std::string& api_key = sandbox_api_key) {
    return json{{"base_url", sandbox_->channel_url("cscart")},
                {"email", sandbox_email},
                {"api_key", api_key},
                {"currency", "USD"},
                {"timeout_ms", 10000}};
  }

  static loader::CreateResult create(const json& account_config) {
    auto host = std::make_unique<services::InstanceHost>(
        services::HostEnvironment{},
        services::InstanceIdentity{plugin_->id, "account:cscart-test", {}});
    return PluginInstance::create(plugin_, std::move(host), account_config.dump());
  }

  static std::unique_ptr<PluginInstance> create_instance(const json& account_config) {
    loader::CreateResult created = create(account_config);
    EXPECT_TRUE(created.result.ok()) << created.result.message;
    return std::move(created.instance);
  }

  // The sandbox's admin API; fails the test unless it answers 2xx.
  static json admin(const std::string& method, const std::string& path,
                    const json& body = nullptr) {
    httplib::Client client(sandbox_->base_url());
    httplib::Result result = method == "GET"    ? client.Get(path)
                             : method == "POST" ? client.Post(path, body.dump(), "application/json")
                             : method == "PATCH"
                                 ? client.Patch(path, body.dump(), "application/json")
                                 : client.Put(path, body.dump(), "application/json");
    if (!result || result->status / 100 != 2) {
      ADD_FAILURE() << method << " " << path
                    << " failed: " << (result ? result->body : httplib::to_string(result.error()));
      return json();
    }
    return json::parse(result->body);
  }

  static json received(const std::string& kind) {
    return admin("GET", "/admin/cscart/received?kind=" + kind)["received"];
  }

  static json received_for(const std::string& kind, const std::string& order_id) {
    json entries = json::array();
    for (const json& entry : received(kind)) {
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

  // Every order of every page, in page order; tokens collects each page's next_page_token.
  std::vector<json> download_all(int page_size, std::vector<json>* tokens = nullptr) {
    std::vector<json> orders;
    json token = nullptr;
    for (int page = 0; page < 100; ++page) {
      const json batch = expect_document(
          instance_->download_orders_page(download_request(token, page_size).dump()),
          "order_batch");
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

  json downloaded_order(const std::string& order_id) {
    for (json& order : download_all(50)) {
      if (order["channel_order_id"] == order_id) {
        return order;
      }
    }
    ADD_FAILURE() << "order " << order_id << " was not downloaded";
    return json();
  }

  // The stored order as the host passes it in write documents: without raw.
  static json stored(json order) {
    order.erase("raw");
    return order;
  }

  // A paid order with nothing shipped, and at least min_quantity items in all.
  json paid_unshipped_order(int min_quantity = 1) {
    for (json& order : download_all(50)) {
      int quantity = 0;
      for (const json& line : order["lines"]) {
        quantity += line["quantity"].get<int>();
      }
      if (order["channel_status"] == "P" && order["shipping_status"] == "unshipped" &&
          quantity >= min_quantity) {
        return order;
      }
    }
    ADD_FAILURE() << "the sandbox has no paid, unshipped order";
    return json();
  }

  static json shipment_document(const json& order, const std::string& key, json lines) {
    return json{{"schema", "orderhub.shipment/1"},
                {"idempotency_key", key},
                {"order", stored(order)},
                {"shipment",
                 {{"carrier", "United Parcel Service"},
                  {"service", "Ground"},
                  {"code_to_send", "UPS"},
                  {"service_code", ""},
                  {"tracking_number", "1Z" + order["channel_order_id"].get<std::string>()},
                  {"ship_date", "2026-11-23T16:00:00Z"},
                  {"lines", std::move(lines)}}}};
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

}  // namespace orderhub::cscart::testing

#endif  // ORDERHUB_TESTS_PLUGINS_CSCART_SANDBOX_FIXTURE_H
