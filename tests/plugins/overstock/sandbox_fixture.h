// The fixture of the Overstock plugin's live tests: the plugin built as a plugin library, loaded
// by the host's loader with the host's real services, pointed at orderhub-sandbox, which speaks
// Supplier Oasis over HTTP. Helpers read what the sandbox received through its admin API.
#ifndef ORDERHUB_TESTS_PLUGINS_OVERSTOCK_SANDBOX_FIXTURE_H
#define ORDERHUB_TESTS_PLUGINS_OVERSTOCK_SANDBOX_FIXTURE_H

#include <gtest/gtest.h>
#include <httplib.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_loader.h"
#include "orderhub/services/instance_host.h"
#include "schema/schema_validation.h"
#include "support/sandbox_process.h"

namespace orderhub::overstock::testing {

using loader::CallResult;
using loader::PluginInstance;
using nlohmann::json;
using orderhub::testing::SandboxProcess;
using services::StatusCode;

inline const orderhub::testing::LoadedSchema& schema(const std::string& name) {
  static std::map<std::string, std::unique_ptr<orderhub::testing::LoadedSchema>> schemas;
  auto& loaded = schemas[name];
  if (!loaded) {
    loaded = std::make_unique<orderhub::testing::LoadedSchema>(orderhub::testing::read_json_file(
        std::string(ORDERHUB_SCHEMA_DIRECTORY) + "/" + name + ".schema.json"));
  }
  return *loaded;
}

// The stored order as the host passes it in write documents: without raw.
inline json stored(json order) {
  order.erase("raw");
  return order;
}

class OverstockSandboxTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // Seed 7 is odd: the <processedSalesOrderMessage> shape; SeedTwo tests restart with seed 2.
    sandbox_ = new SandboxProcess({"--orders", "20", "--seed", "7"});
    const loader::PluginLoadResult loaded = loader::load_plugin(OVERSTOCK_PLUGIN_DIRECTORY);
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

  static json config(const std::string& password = "sandbox-password") {
    return json{{"base_url", sandbox_->channel_url("overstock")},
                {"username", "supplier"},
                {"password", password},
                {"warehouse_code", "WH1"},
                {"timeout_ms", 10000}};
  }

  static loader::CreateResult create(const json& account_config) {
    auto host = std::make_unique<services::InstanceHost>(
        services::HostEnvironment{},
        services::InstanceIdentity{plugin_->id, "account:overstock-test", {}});
    return PluginInstance::create(plugin_, std::move(host), account_config.dump());
  }

  static std::unique_ptr<PluginInstance> create_instance(const json& account_config) {
    loader::CreateResult created = create(account_config);
    EXPECT_TRUE(created.result.ok()) << created.result.message;
    return std::move(created.instance);
  }

  static json admin(const std::string& method, const std::string& path,
                    const json& body = nullptr) {
    httplib::Client client(sandbox_->base_url());
    httplib::Result result =
        method == "GET"     ? client.Get(path)
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

  static json received(const std::string& kind) {
    return admin("GET", "/admin/overstock/received?kind=" + kind)["received"];
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

  static json download_request(const json& page_token, const std::string& since,
                               const std::string& until) {
    return json{{"schema", "orderhub.download_request/1"},
                {"since", since},
                {"until", until},
                {"page_token", page_token},
                {"page_size", 50},
                {"options", {{"allow_unpaid", true}, {"allow_shipped", true}}}};
  }

  // Every order of every window from since to until; pages counts the calls.
  std::vector<json> download_all(const std::string& since = "1970-01-01T00:00:00Z",
                                 const std::string& until = "2100-01-01T00:00:00Z",
                                 int* pages = nullptr) {
    std::vector<json> orders;
    json token = nullptr;
    int count = 0;
    for (; count < 2000; ++count) {
      const json batch = expect_document(
          instance_->download_orders_page(download_request(token, since, until).dump()),
          "order_batch");
      if (batch.is_null()) {
        break;
      }
      EXPECT_EQ(batch["rejected"], json::array());
      for (const json& order : batch["orders"]) {
        orders.push_back(order);
      }
      token = batch["next_page_token"];
      if (token.is_null()) {
        ++count;
        break;
      }
    }
    if (pages != nullptr) {
      *pages = count;
    }
    return orders;
  }


  // An order with nothing shipped or cancelled yet.
  json open_order() {
    for (json& order : download_all()) {
      if ((order["channel_status"] == "NEW" || order["channel_status"] == "ACKNOWLEDGED") &&
          order["shipping_status"] == "unshipped") {
        return order;
      }
    }
    ADD_FAILURE() << "the sandbox has no open order";
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

}  // namespace orderhub::overstock::testing

#endif  // ORDERHUB_TESTS_PLUGINS_OVERSTOCK_SANDBOX_FIXTURE_H
