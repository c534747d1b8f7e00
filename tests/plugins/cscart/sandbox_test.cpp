// The CS-Cart plugin as the host runs it: built as a plugin library, loaded by the host's loader,
// given the host's real services (HTTP among them), and pointed at orderhub-sandbox, which speaks
// CS-Cart over HTTP. Each test checks what the plugin answered and what the sandbox received.
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

namespace orderhub::cscart {
namespace {

using loader::CallResult;
using loader::PluginInstance;
using nlohmann::json;
using orderhub::testing::SandboxProcess;
using services::StatusCode;

constexpr const char* sandbox_email = "admin@example.com";
constexpr const char* sandbox_api_key = "sandbox-api-key";

const orderhub::testing::LoadedSchema& schema(const std::string& name) {
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

  // Pages of 7: the tokens are CS-Cart page numbers, and null after the last page.
  std::vector<json> expected_tokens;
  const std::size_t pages = (expected_ids.size() + 6) / 7;
  for (std::size_t page = 2; page <= pages; ++page) {
    expected_tokens.push_back(std::to_string(page));
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

TEST_F(CscartSandboxTest, ShipmentIsPostedOnceAndARetryIsAlreadyApplied) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json document = shipment_document(order, "ship-" + order_id, all_lines(order));

  const json first =
      expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  ASSERT_TRUE(first.contains("channel_reference"));

  const json shipments = received_for("shipment", order_id);
  ASSERT_EQ(shipments.size(), 1u);
  const json& body = shipments[0]["body"];
  EXPECT_EQ(body["order_id"], order_id);
  EXPECT_EQ(body["carrier"], "UPS");  // code_to_send wins over the carrier's name
  EXPECT_EQ(body["tracking_number"], "1Z" + order_id);
  EXPECT_EQ(body["order_status"], "C");  // everything shipped
  EXPECT_EQ(body["shipping_id"], order["channel_data"]["shipping_id"]);
  EXPECT_EQ(body["shipping"], order["shipping_method"]);
  json expected_products = json::object();
  for (const json& line : order["lines"]) {
    expected_products[line["line_id"].get<std::string>()] = line["quantity"];
  }
  EXPECT_EQ(body["products"], expected_products);
  EXPECT_EQ(first["channel_reference"],
            std::to_string(shipments[0]["result"]["shipment_id"].get<int>()));

  const json retry =
      expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(retry["channel_reference"], first["channel_reference"]);
  EXPECT_EQ(received_for("shipment", order_id).size(), 1u);

  const json shipped = downloaded_order(order_id);
  EXPECT_EQ(shipped["shipping_status"], "fully_shipped");
  EXPECT_EQ(shipped["channel_status"], "C");
}

TEST_F(CscartSandboxTest, ShipmentRetriedAfterTheConnectionDroppedIsAppliedOnce) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json document = shipment_document(order, "ship-dropped-" + order_id, all_lines(order));

  admin("PUT", "/admin/faults", {{"fault-drop-after-apply", 1.0}});
  const CallResult dropped = instance_->upload_shipment(document.dump());
  EXPECT_EQ(dropped.status, StatusCode::unavailable) << dropped.message;
  EXPECT_EQ(received_for("shipment", order_id).size(), 1u);  // applied before the drop

  admin("PUT", "/admin/faults", {{"fault-drop-after-apply", 0.0}});
  const json retry =
      expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("shipment", order_id).size(), 1u);
}

TEST_F(CscartSandboxTest, PartialShipmentLeavesTheOrderOpen) {
  const json order = paid_unshipped_order(2);
  const std::string order_id = order["channel_order_id"];
  const json first_line = order["lines"][0];
  const json document =
      shipment_document(order, "ship-part-" + order_id,
                        json::array({{{"line_id", first_line["line_id"]}, {"quantity", 1}}}));

  expect_document(instance_->upload_shipment(document.dump()), "delivery_result");
  const json shipments = received_for("shipment", order_id);
  ASSERT_EQ(shipments.size(), 1u);
  EXPECT_FALSE(shipments[0]["body"].contains("order_status"));
  EXPECT_EQ(shipments[0]["body"]["products"],
            (json{{first_line["line_id"].get<std::string>(), 1}}));

  const json after = downloaded_order(order_id);
  EXPECT_EQ(after["shipping_status"], "partially_shipped");
  EXPECT_EQ(after["channel_status"], "P");
}

TEST_F(CscartSandboxTest, FullCancellationSetsStatusIOnce) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json document = {{"schema", "orderhub.cancellation/1"},
                         {"idempotency_key", "cancel-" + order_id},
                         {"order", stored(order)},
                         {"reason", "customer request"},
                         {"lines", json::array()},
                         {"full", true},
                         {"restock", true}};

  const json first = expect_document(instance_->cancel_order(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json changes = received_for("status_change", order_id);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0]["method"], "PUT");
  EXPECT_EQ(changes[0]["body"], (json{{"status", "I"}}));

  const json retry = expect_document(instance_->cancel_order(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("status_change", order_id).size(), 1u);

  const json cancelled = downloaded_order(order_id);
  EXPECT_EQ(cancelled["cancelled"], true);
  EXPECT_EQ(cancelled["channel_status"], "I");
}

TEST_F(CscartSandboxTest, PartialCancellationIsAStaffNoteOnce) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json& line = order["lines"][0];
  const json document = {{"schema", "orderhub.cancellation/1"},
                         {"idempotency_key", "cancel-part-" + order_id},
                         {"order", stored(order)},
                         {"reason", "out of stock"},
                         {"lines", json::array({{{"line_id", line["line_id"]}, {"quantity", 1}}})},
                         {"full", false},
                         {"restock", false}};

  const json first = expect_document(instance_->cancel_order(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json notes = received_for("note", order_id);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0]["body"]["details"], "Cancelled: 1 x " + line["sku"].get<std::string>() +
                                             ". Reason: out of stock. (orderhub cancel-part-" +
                                             order_id + ")");
  EXPECT_TRUE(received_for("status_change", order_id).empty());

  const json retry = expect_document(instance_->cancel_order(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("note", order_id).size(), 1u);
}

TEST_F(CscartSandboxTest, PartialRefundIsANoteNamingTheKeyOnce) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json& line = order["lines"][0];
  const json document = {
      {"schema", "orderhub.refund/1"},
      {"idempotency_key", "refund-" + order_id},
      {"order", stored(order)},
      {"reason", "damaged"},
      {"notes", "photo received"},
      {"lines",
       json::array(
           {{{"line_id", line["line_id"]}, {"quantity", 1}, {"amount", line["unit_price"]}}})},
      {"amount", line["unit_price"]},
      {"full", false},
      {"restock", false}};

  const json first = expect_document(instance_->refund_order(document.dump()), "delivery_result");
  EXPECT_EQ(first["already_applied"], false);
  const json notes = received_for("note", order_id);
  ASSERT_EQ(notes.size(), 1u);
  const std::string details = notes[0]["body"]["details"];
  EXPECT_EQ(details.rfind("Refund refund-" + order_id + ": ", 0), 0u) << details;
  EXPECT_NE(details.find(" USD. Lines: 1 x " + line["sku"].get<std::string>()), std::string::npos)
      << details;
  EXPECT_NE(details.find("Reason: damaged. Notes: photo received"), std::string::npos) << details;

  const json retry = expect_document(instance_->refund_order(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("note", order_id).size(), 1u);
}

TEST_F(CscartSandboxTest, FullRefundCancelsTheOrderOnce) {
  const json order = paid_unshipped_order();
  const std::string order_id = order["channel_order_id"];
  const json document = {{"schema", "orderhub.refund/1"},
                         {"idempotency_key", "refund-full-" + order_id},
                         {"order", stored(order)},
                         {"reason", "not delivered"},
                         {"lines", json::array()},
                         {"amount", order["paid"]},
                         {"full", true},
                         {"restock", false}};

  expect_document(instance_->refund_order(document.dump()), "delivery_result");
  const json changes = received_for("status_change", order_id);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0]["body"], (json{{"status", "I"}}));
  const json retry = expect_document(instance_->refund_order(document.dump()), "delivery_result");
  EXPECT_EQ(retry["already_applied"], true);
  EXPECT_EQ(received_for("status_change", order_id).size(), 1u);
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
}  // namespace orderhub::cscart
