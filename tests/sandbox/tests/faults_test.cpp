// Fault injection on channel routes of the real orderhub-sandbox binary, and the early-retry
// detection that goes with 429 replies.
#include "sandbox_client.h"

#include <gtest/gtest.h>

#include <ctime>
#include <regex>
#include <thread>

namespace orderhub::sandbox::testing {
namespace {

using nlohmann::json;
using orderhub::testing::SandboxProcess;

json stats_of(const SandboxProcess& sandbox) {
  auto admin = admin_client(sandbox);
  return json_reply(admin.Get("/admin/stats"), 200);
}

TEST(Faults, ServerErrorFaultAnswers503WithAJsonBodyButLeavesAdminRoutesAlone) {
  SandboxProcess sandbox({"--fault-5xx", "1"});
  auto client = cscart_client(sandbox);
  const json reply = json_reply(client.Get("/cscart/api/orders"), 503);
  EXPECT_TRUE(reply["message"].is_string());

  auto admin = admin_client(sandbox);
  json_reply(admin.Get("/admin/health"), 200);
  json_reply(admin.Get("/admin/cscart/orders"), 200);
  EXPECT_EQ(stats_of(sandbox)["faults"]["5xx"], 1);
  EXPECT_EQ(stats_of(sandbox)["faults_by_channel"]["cscart"]["5xx"], 1);
}

TEST(Faults, TooManyRequestsFaultSendsRetryAfterInSeconds) {
  SandboxProcess sandbox;
  set_faults(sandbox, {{"fault-429", 1.0}, {"retry-after", 7}});
  auto client = cscart_client(sandbox);
  const auto result = client.Get("/cscart/api/orders");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 429);
  EXPECT_EQ(result->get_header_value("Retry-After"), "7");
  EXPECT_TRUE(json::parse(result->body)["message"].is_string());
}

TEST(Faults, TooManyRequestsFaultSendsRetryAfterAsAnHttpDate) {
  SandboxProcess sandbox(
      {"--fault-429", "1", "--retry-after", "30", "--retry-after-form", "http-date"});
  auto client = cscart_client(sandbox);
  const std::time_t before = std::time(nullptr);
  const auto result = client.Get("/cscart/api/orders");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 429);
  const std::string header = result->get_header_value("Retry-After");
  ASSERT_TRUE(std::regex_match(
      header,
      std::regex(
          R"((Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT)")))
      << header;
  std::tm fields{};
  ASSERT_NE(strptime(header.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &fields), nullptr);
  const std::time_t retry_at = timegm(&fields);
  EXPECT_GE(retry_at, before + 30);
  EXPECT_LE(retry_at, std::time(nullptr) + 31);
}

TEST(Faults, DroppedConnectionAfterApplyStillRecordsTheShipment) {
  SandboxProcess sandbox({"--fault-drop-after-apply", "1"});
  auto admin = admin_client(sandbox);
  auto client = cscart_client(sandbox);
  // Reads are never dropped, so the order can be fetched with the fault on.
  const json order = json_reply(client.Get("/cscart/api/orders/1001"), 200);
  json products = json::object();
  for (const auto& [item_id, item] : order["products"].items()) {
    products[item_id] = item["amount"];
  }
  const json shipment = {{"order_id", "1001"},
                         {"tracking_number", "TRACK-1"},
                         {"carrier", "ups"},
                         {"products", products}};

  const auto result = client.Post("/cscart/api/shipments", shipment.dump(), "application/json");
  EXPECT_FALSE(result) << "expected a dropped connection, got status " << result->status;

  const json received = json_reply(admin.Get("/admin/cscart/received?kind=shipment"), 200);
  ASSERT_EQ(received["received"].size(), 1U);
  EXPECT_EQ(received["received"][0]["body"], shipment);
  const json after = json_reply(client.Get("/cscart/api/orders/1001"), 200);
  for (const auto& [item_id, item] : after["products"].items()) {
    EXPECT_EQ(item["shipped_amount"], item["amount"]) << item_id;
  }
  EXPECT_EQ(stats_of(sandbox)["faults"]["drop_after_apply"], 1);
}

TEST(Faults, MalformedFaultTruncatesJsonOnReadsOnly) {
  SandboxProcess sandbox;
  set_faults(sandbox, {{"fault-malformed", 1.0}});
  auto client = cscart_client(sandbox);
  const auto result = client.Get("/cscart/api/orders");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_FALSE(result->body.empty());
  EXPECT_TRUE(json::parse(result->body, nullptr, false).is_discarded()) << result->body;

  // Writes keep their well-formed answers.
  json_reply(
      client.Put("/cscart/api/orders/1001", json{{"details", "note"}}.dump(), "application/json"),
      200);
  EXPECT_EQ(stats_of(sandbox)["faults"]["malformed"], 1);
}

TEST(Faults, SlowFaultStillAnswersNormally) {
  SandboxProcess sandbox({"--fault-slow", "1", "--slow-ms", "50"});
  auto client = cscart_client(sandbox);
  EXPECT_TRUE(json_reply(client.Get("/cscart/api/orders"), 200)["orders"].is_array());
  EXPECT_EQ(stats_of(sandbox)["faults"]["slow"], 1);
}

TEST(Faults, TheSameFaultSeedGivesTheSameFaultSequence) {
  const std::vector<std::string> arguments{"--fault-5xx", "0.5", "--fault-seed", "7"};
  SandboxProcess first(arguments);
  SandboxProcess second(arguments);
  auto first_client = cscart_client(first);
  auto second_client = cscart_client(second);
  std::vector<int> first_statuses;
  std::vector<int> second_statuses;
  for (int request = 0; request < 20; ++request) {
    first_statuses.push_back(first_client.Get("/cscart/api/orders")->status);
    second_statuses.push_back(second_client.Get("/cscart/api/orders")->status);
  }
  EXPECT_EQ(first_statuses, second_statuses);
  EXPECT_NE(std::count(first_statuses.begin(), first_statuses.end(), 503), 0);
  EXPECT_NE(std::count(first_statuses.begin(), first_statuses.end(), 200), 0);
}

TEST(Faults, RequestBeforeRetryAfterElapsedCountsAsEarlyRetry) {
  SandboxProcess sandbox;
  set_faults(sandbox, {{"fault-429", 1.0}, {"retry-after", 60}});
  auto client = cscart_client(sandbox);
  EXPECT_EQ(client.Get("/cscart/api/orders")->status, 429);
  set_faults(sandbox, {{"fault-429", 0.0}});
  json_reply(client.Get("/cscart/api/orders/1001"), 200);

  const json stats = stats_of(sandbox);
  EXPECT_EQ(stats["early_retries"], 1);
  EXPECT_EQ(stats["early_retries_by_channel"]["cscart"], 1);
  ASSERT_EQ(stats["early_retry_requests"].size(), 1U);
  EXPECT_EQ(stats["early_retry_requests"][0]["client"], "basic:admin@example.com");
  EXPECT_EQ(stats["early_retry_requests"][0]["route"], "GET /api/orders/<id>");
  ASSERT_EQ(stats["throttles"].size(), 1U);
  EXPECT_EQ(stats["throttles"][0]["retry_after_seconds"], 60);
}

TEST(Faults, RequestAfterRetryAfterElapsedIsNotEarly) {
  SandboxProcess sandbox;
  set_faults(sandbox, {{"fault-429", 1.0}, {"retry-after", 1}});
  auto client = cscart_client(sandbox);
  EXPECT_EQ(client.Get("/cscart/api/orders")->status, 429);
  set_faults(sandbox, {{"fault-429", 0.0}});
  // A client honouring Retry-After waits the full second after the reply before retrying.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  json_reply(client.Get("/cscart/api/orders"), 200);
  EXPECT_EQ(stats_of(sandbox)["early_retries"], 0);
}

TEST(Faults, RequestsFromAnotherClientAreNotEarly) {
  SandboxProcess sandbox;
  set_faults(sandbox, {{"fault-429", 1.0}, {"retry-after", 60}});
  auto client = cscart_client(sandbox);
  EXPECT_EQ(client.Get("/cscart/api/orders")->status, 429);
  set_faults(sandbox, {{"fault-429", 0.0}});
  auto other = admin_client(sandbox);
  other.set_basic_auth("other@example.com", "other-key");
  EXPECT_EQ(other.Get("/cscart/api/orders")->status, 401);
  EXPECT_EQ(stats_of(sandbox)["early_retries"], 0);
}

}  // namespace
}  // namespace orderhub::sandbox::testing
