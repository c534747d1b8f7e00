// The /admin API of the real orderhub-sandbox binary: health, stats, orders, changes and reset.
#include "sandbox_client.h"

#include <gtest/gtest.h>

#include <ctime>

namespace orderhub::sandbox::testing {
namespace {

using nlohmann::json;
using orderhub::testing::SandboxProcess;

std::vector<std::string> listed_ids(httplib::Client& client, const std::string& query) {
  const json reply =
      json_reply(client.Get("/cscart/api/orders?items_per_page=1000&sort_order=asc" + query), 200);
  std::vector<std::string> ids;
  for (const auto& summary : reply["orders"]) {
    ids.push_back(summary["order_id"]);
  }
  return ids;
}

TEST(Admin, HealthNamesTheServedChannels) {
  SandboxProcess sandbox({"--seed", "9", "--orders", "5"});
  auto admin = admin_client(sandbox);
  const json health = json_reply(admin.Get("/admin/health"), 200);
  EXPECT_EQ(health["status"], "ok");
  EXPECT_EQ(health["channels"], json::array({"cscart", "channeladvisor"}));
  EXPECT_EQ(health["seed"], 9);
  EXPECT_EQ(health["orders_per_channel"], 5);
  EXPECT_EQ(json_reply(admin.Get("/admin/cscart/orders"), 200)["orders"].size(), 5U);
}

TEST(Admin, PatchBumpsUpdatedAtAndIsVisibleThroughUpdatedAtFrom) {
  SandboxProcess sandbox;
  auto client = cscart_client(sandbox);
  auto admin = admin_client(sandbox);
  const std::string since = std::to_string(std::time(nullptr));
  // Generated orders lead up to a fixed past epoch, so nothing has changed since now.
  EXPECT_TRUE(listed_ids(client, "&updated_at_from=" + since).empty());

  const std::string order_id = listed_ids(client, "").front();
  const json patched = json_reply(admin.Patch("/admin/cscart/orders/" + order_id,
                                              json{{"status", "B"}}.dump(), "application/json"),
                                  200);
  EXPECT_EQ(patched["status"], "B");
  EXPECT_GE(std::stoll(patched["updated_at"].get<std::string>()), std::stoll(since));

  EXPECT_EQ(listed_ids(client, "&updated_at_from=" + since), std::vector<std::string>{order_id});
  const auto before = listed_ids(client, "&updated_at_to=" + since);
  EXPECT_EQ(std::find(before.begin(), before.end(), order_id), before.end());
  EXPECT_EQ(json_reply(client.Get("/cscart/api/orders/" + order_id), 200)["status"], "B");
  // Admin changes are not something the hub sent.
  EXPECT_TRUE(json_reply(admin.Get("/admin/cscart/received"), 200)["received"].empty());
}

TEST(Admin, PatchOfUnknownOrderIs404AndBadValueIs400NamingTheField) {
  SandboxProcess sandbox;
  auto admin = admin_client(sandbox);
  json_reply(admin.Patch("/admin/cscart/orders/999999", "{}", "application/json"), 404);
  const json refused = json_reply(
      admin.Patch("/admin/cscart/orders/1001", json{{"total", 12.5}}.dump(), "application/json"),
      400);
  EXPECT_NE(refused["message"].get<std::string>().find("total"), std::string::npos);
}

TEST(Admin, AddedOrderMergesTheOverrideIntoAGeneratedOrder) {
  SandboxProcess sandbox({"--orders", "3"});
  auto admin = admin_client(sandbox);
  const std::int64_t before = std::time(nullptr);
  const json override_fields = {
      {"status", "O"},
      {"b_firstname", "Małgorzata"},
      {"products", {{"777", {{"product_code", "SKU-777"}, {"price", "10.00"}, {"amount", "2"}}}}}};
  const json added = json_reply(
      admin.Post("/admin/cscart/orders", override_fields.dump(), "application/json"), 201);
  EXPECT_EQ(added["order_id"], "1004");
  EXPECT_EQ(added["status"], "O");
  EXPECT_EQ(added["b_firstname"], "Małgorzata");
  EXPECT_GE(std::stoll(added["timestamp"].get<std::string>()), before);
  ASSERT_EQ(added["products"].size(), 1U);
  EXPECT_EQ(added["products"]["777"]["shipped_amount"], "0");
  EXPECT_EQ(added["subtotal"], "20.00");
  EXPECT_EQ(cents(added["total"]), cents(added["subtotal"]) - cents(added["discount"]) +
                                       cents(added["shipping_cost"]) +
                                       cents(added["tax_subtotal"]));

  auto client = cscart_client(sandbox);
  EXPECT_EQ(json_reply(client.Get("/cscart/api/orders/1004"), 200), added);
  json_reply(
      admin.Post("/admin/cscart/orders", json{{"order_id", "1004"}}.dump(), "application/json"),
      409);
}

TEST(Admin, AddedOrderWithANumericPriceIsRefusedNamingTheField) {
  SandboxProcess sandbox;
  auto admin = admin_client(sandbox);
  const json override_fields = {
      {"products", {{"5", {{"product_code", "A"}, {"price", 10.5}, {"amount", "1"}}}}}};
  const json refused = json_reply(
      admin.Post("/admin/cscart/orders", override_fields.dump(), "application/json"), 400);
  EXPECT_NE(refused["message"].get<std::string>().find("products.5.price"), std::string::npos);
}

TEST(Admin, IncompleteOrdersAreNeverListedButCanBeFetched) {
  SandboxProcess sandbox({"--orders", "2"});
  auto admin = admin_client(sandbox);
  const json added = json_reply(
      admin.Post("/admin/cscart/orders", json{{"status", "N"}}.dump(), "application/json"), 201);
  auto client = cscart_client(sandbox);
  const auto ids = listed_ids(client, "");
  EXPECT_EQ(std::find(ids.begin(), ids.end(), added["order_id"]), ids.end());
  json_reply(client.Get("/cscart/api/orders/" + added["order_id"].get<std::string>()), 200);
}

TEST(Admin, StatsCountRequestsPerChannelAndRoute) {
  SandboxProcess sandbox;
  auto client = cscart_client(sandbox);
  json_reply(client.Get("/cscart/api/orders"), 200);
  json_reply(client.Get("/cscart/api/orders?page=2"), 200);
  json_reply(client.Get("/cscart/api/orders/1001"), 200);

  auto admin = admin_client(sandbox);
  const json stats = json_reply(admin.Get("/admin/stats"), 200);
  EXPECT_EQ(stats["requests"]["cscart"]["GET /api/orders"], 2);
  EXPECT_EQ(stats["requests"]["cscart"]["GET /api/orders/<id>"], 1);
  EXPECT_EQ(stats["requests_total"], 3);
  EXPECT_EQ(stats["faults"]["5xx"], 0);
  EXPECT_EQ(stats["early_retries"], 0);
}

TEST(Admin, ResetRestoresTheGeneratedStateAndClearsWhatWasReceived) {
  SandboxProcess sandbox({"--orders", "10"});
  auto admin = admin_client(sandbox);
  auto client = cscart_client(sandbox);
  const json initial = json_reply(admin.Get("/admin/cscart/orders"), 200);
  json_reply(
      client.Put("/cscart/api/orders/1001", json{{"status", "I"}}.dump(), "application/json"), 200);
  set_faults(sandbox, {{"fault-5xx", 0.5}});

  json_reply(admin.Post("/admin/reset", "", "application/json"), 200);
  EXPECT_EQ(json_reply(admin.Get("/admin/cscart/orders"), 200), initial);
  EXPECT_TRUE(json_reply(admin.Get("/admin/cscart/received"), 200)["received"].empty());
  EXPECT_EQ(json_reply(admin.Get("/admin/stats"), 200)["requests_total"], 0);
  EXPECT_EQ(json_reply(admin.Get("/admin/faults"), 200)["fault-5xx"], 0.0);

  const json reseeded = json_reply(
      admin.Post("/admin/reset", json{{"seed", 5}, {"orders", 4}}.dump(), "application/json"), 200);
  EXPECT_EQ(reseeded["seed"], 5);
  EXPECT_EQ(json_reply(admin.Get("/admin/cscart/orders"), 200)["orders"].size(), 4U);
}

TEST(Admin, FaultSettingsRejectUnknownNamesAndOutOfRangeRates) {
  SandboxProcess sandbox;
  auto admin = admin_client(sandbox);
  const json unknown = json_reply(
      admin.Put("/admin/faults", json{{"fault-teapot", 1}}.dump(), "application/json"), 400);
  EXPECT_NE(unknown["message"].get<std::string>().find("fault-teapot"), std::string::npos);
  json_reply(admin.Put("/admin/faults", json{{"fault-429", 1.5}}.dump(), "application/json"), 400);
  json_reply(
      admin.Put("/admin/faults", json{{"retry-after-form", "minutes"}}.dump(), "application/json"),
      400);
  const json settings =
      json_reply(admin.Put("/admin/faults",
                           json{{"fault-429", 0.25}, {"retry-after-form", "http-date"}}.dump(),
                           "application/json"),
                 200);
  EXPECT_EQ(settings["fault-429"], 0.25);
  EXPECT_EQ(settings["retry-after-form"], "http-date");
  EXPECT_EQ(settings["retry-after"], 1);
}

TEST(Admin, UnknownChannelAndUnknownRouteAnswer404WithJson) {
  SandboxProcess sandbox;
  auto admin = admin_client(sandbox);
  EXPECT_TRUE(json_reply(admin.Get("/admin/nosuch/orders"), 404)["message"].is_string());
  EXPECT_TRUE(json_reply(admin.Get("/cscart/api/nothing"), 404)["message"].is_string());
}

}  // namespace
}  // namespace orderhub::sandbox::testing
