// api_test.cpp: the admin API's gate and refusals against a running `orderhub serve`: no token or a
// wrong one is a 401 everywhere but /healthz; an action the rules refuse is a 409 with the rule; a
// malformed body is a 400 naming the field; oversize and deeply nested bodies are refused; and no
// refused request changes anything in the store.
#include <string>
#include <vector>

#include "service_checks.h"
#include "service_harness.h"

namespace orderhub::testing {
namespace {

// What a refused request must leave as it was.
struct StoreSnapshot {
  std::vector<domain::Order> orders;
  std::size_t outbox_rows = 0;
  std::size_t history_events = 0;

  bool operator==(const StoreSnapshot&) const = default;
};

class ApiTest : public ServiceFixture {
 protected:
  void SetUp() override {
    start_sandbox({"--orders", "20", "--channels", "cscart"});
    channel_ = every_channel(sandbox()).front();
    add_account(channel_, "1h");
    must({"download", channel_.account});
    start_service();
  }

  StoreSnapshot snapshot() const {
    const auto store = open_database();
    const auto transaction = store->begin_read();
    StoreSnapshot snapshot;
    store::OrderFilter every;
    every.limit = -1;
    snapshot.orders = transaction->orders().list(every);
    store::OutboxFilter rows;
    rows.limit = -1;
    snapshot.outbox_rows = transaction->outbox().list(rows).size();
    for (const domain::Order& order : snapshot.orders) {
      snapshot.history_events += transaction->history().list(order.id).size();
    }
    return snapshot;
  }

  // A paid, unshipped, open order's hub id.
  std::int64_t shippable_order() const {
    int status = 0;
    const nlohmann::json list = get(
        "/api/v1/orders?status=in_process&shipping_status=unshipped&payment_status=charged&limit=1",
        status);
    EXPECT_EQ(status, 200);
    return list.at("orders").at(0).at("id").get<std::int64_t>();
  }

  std::string message_of(const nlohmann::json& reply) const {
    return reply.is_object() && reply.contains("error") ? reply["error"].value("message", "")
                                                        : std::string();
  }

  HubChannel channel_;
};

TEST_F(ApiTest, EveryRouteButHealthzRefusesAMissingOrWrongToken) {
  const std::vector<std::pair<std::string, std::string>> routes = {
      {"GET", "/api/v1/orders"},
      {"GET", "/api/v1/orders/1"},
      {"POST", "/api/v1/orders/1/ship"},
      {"POST", "/api/v1/orders/1/cancel"},
      {"POST", "/api/v1/orders/1/void"},
      {"POST", "/api/v1/orders/1/refund"},
      {"POST", "/api/v1/orders/1/rma"},
      {"POST", "/api/v1/orders/1/invoice"},
      {"POST", "/api/v1/rmas/1/receive"},
      {"GET", "/api/v1/accounts"},
      {"GET", "/api/v1/accounts/cscart-shop"},
      {"POST", "/api/v1/accounts/cscart-shop/download"},
      {"GET", "/api/v1/plugins"},
      {"GET", "/api/v1/outbox"},
      {"GET", "/api/v1/shipments/failed"},
      {"POST", "/api/v1/outbox/1/resend"},
      {"GET", "/metrics"},
      {"GET", "/api/v1/no-such-route"},
  };
  const StoreSnapshot before = snapshot();
  const auto anonymous = api(false);
  httplib::Client wrong("127.0.0.1", service_port());
  wrong.set_default_headers({{"Authorization", "Bearer " + kServiceToken + "x"}});
  httplib::Client prefix("127.0.0.1", service_port());
  prefix.set_default_headers({{"Authorization", "Bearer " + kServiceToken.substr(0, 10)}});
  for (const auto& [method, path] : routes) {
    for (httplib::Client* client : {anonymous.get(), &wrong, &prefix}) {
      const auto reply = method == "GET" ? client->Get(path.c_str())
                                         : client->Post(path.c_str(), R"({"tracking_number":"1"})",
                                                        "application/json");
      ASSERT_TRUE(reply) << method << " " << path;
      EXPECT_EQ(reply->status, 401) << method << " " << path;
    }
  }
  const auto health = anonymous->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  const nlohmann::json body = nlohmann::json::parse(health->body);
  EXPECT_TRUE(body["store"]["reachable"].get<bool>());
  EXPECT_EQ(body["plugins"]["loaded"].get<int>(), 8);  // five channels, three invoice formats
  EXPECT_EQ(body["accounts"].at(0)["id"], "cscart-shop");
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(service().output().find(kServiceToken), std::string::npos)
      << "the token appeared in the service's output";
}

TEST_F(ApiTest, AnActionTheRulesRefuseGets409WithTheRuleAndChangesNothing) {
  const std::int64_t order = shippable_order();
  const std::string ship = "/api/v1/orders/" + std::to_string(order) + "/ship";
  int status = 0;
  post(ship, {{"tracking_number", "1Z999"}, {"carrier", "UPS"}, {"service", "Ground"}}, status);
  ASSERT_EQ(status, 200);
  // The accepted shipment reaches the channel in the background (a history event when it does):
  // the snapshot is taken once it has.
  ASSERT_TRUE(eventually(
      [&] {
        for (const domain::OutboxRow& row : outbox_rows(*open_database())) {
          if (row.state != domain::OutboxState::done) {
            return false;
          }
        }
        return true;
      },
      std::chrono::seconds(20), std::chrono::milliseconds(20)));
  const StoreSnapshot before = snapshot();

  const nlohmann::json again = post(
      ship, {{"tracking_number", "1Z1000"}, {"carrier", "UPS"}, {"service", "Ground"}}, status);
  EXPECT_EQ(status, 409);
  EXPECT_NE(message_of(again).find("nothing left to ship"), std::string::npos) << again.dump();
  const nlohmann::json cancel =
      post("/api/v1/orders/" + std::to_string(order) + "/cancel", {{"reason", "late"}}, status);
  EXPECT_EQ(status, 409) << cancel.dump();
  EXPECT_FALSE(message_of(cancel).empty());
  EXPECT_EQ(snapshot(), before);
}

TEST_F(ApiTest, MalformedBodiesGet400NamingTheFieldAndChangeNothing) {
  const std::string order = std::to_string(shippable_order());
  const StoreSnapshot before = snapshot();
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"ship", R"({"carrier":"UPS"})", "tracking_number"},
      {"ship", R"({"tracking_number":5})", "tracking_number"},
      {"ship", R"({"tracking_number":"1Z","lines":[{"line_id":"1","quantity":-2}]})", "quantity"},
      {"ship", R"({"tracking_number":"1Z","lines":"all"})", "lines"},
      {"ship", R"({"tracking_number":"1Z","ship_date":"yesterday"})", "ship_date"},
      {"ship", R"({"tracking_number":"1Z","colour":"blue"})", "colour"},
      {"ship", R"({"tracking_number":)", "body"},
      {"ship", R"([1,2])", "body"},
      {"refund", R"({"amount":"12,50"})", "amount"},
      {"refund", R"({"amount":12.5})", "amount"},
      {"refund", R"({"local":"yes"})", "local"},
      {"cancel", R"({"restock":1})", "restock"},
      {"rma", R"({"reason":"broken"})", "lines"},
  };
  for (const auto& [action, body, field] : cases) {
    const auto reply =
        api()->Post(("/api/v1/orders/" + order + "/" + action).c_str(), body, "application/json");
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 400) << action << " " << body << ": " << reply->body;
    EXPECT_NE(reply->body.find(field), std::string::npos)
        << action << " " << body << ": " << reply->body;
  }
  EXPECT_EQ(snapshot(), before);
}

TEST_F(ApiTest, OversizeAndDeeplyNestedBodiesAreRefused) {
  const std::string order = std::to_string(shippable_order());
  const StoreSnapshot before = snapshot();
  const std::string path = "/api/v1/orders/" + order + "/ship";

  std::string oversize =
      R"({"tracking_number":"1Z","notes":")" + std::string(2 * 1024 * 1024, 'x') + R"("})";
  const auto too_large = api()->Post(path.c_str(), oversize, "application/json");
  ASSERT_TRUE(too_large);
  EXPECT_EQ(too_large->status, 413);

  const std::string deep =
      R"({"tracking_number":"1Z","lines":)" + std::string(40, '[') + std::string(40, ']') + "}";
  const auto nested = api()->Post(path.c_str(), deep, "application/json");
  ASSERT_TRUE(nested);
  EXPECT_EQ(nested->status, 400);
  EXPECT_NE(nested->body.find("nested deeper than 32"), std::string::npos) << nested->body;

  // Brackets inside strings are text, not nesting.
  const std::string bracket_text =
      R"({"tracking_number":")" + std::string(40, '[') + R"(","carrier":"UPS","service":"G"})";
  const auto text = api()->Post(path.c_str(), bracket_text, "application/json");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->status, 200) << text->body;
  StoreSnapshot after = snapshot();
  EXPECT_EQ(after.outbox_rows, before.outbox_rows + 1);
}

TEST_F(ApiTest, InvoiceIsAPdfAndAReprintGivesTheSameBytes) {
  const std::string path = "/api/v1/orders/" + std::to_string(shippable_order()) + "/invoice";
  const auto first = api()->Post(path.c_str(), "", "application/json");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 200) << first->body;
  EXPECT_EQ(first->get_header_value("Content-Type"), "application/pdf");
  EXPECT_EQ(first->body.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(first->get_header_value("X-Orderhub-Invoice-Plugin"), "org.orderhub.invoice.standard");
  const auto reprint = api()->Post(path.c_str(), "", "application/json");
  ASSERT_TRUE(reprint);
  EXPECT_EQ(reprint->body, first->body);
}

TEST_F(ApiTest, InvoiceWithAnUnknownPluginIsRefusedNamingIt) {
  const std::string order = std::to_string(shippable_order());
  int status = 0;
  const nlohmann::json reply =
      post("/api/v1/orders/" + order + "/invoice?plugin=no-such-invoice", {}, status);
  EXPECT_EQ(status, 422);
  EXPECT_NE(message_of(reply).find("no-such-invoice"), std::string::npos) << reply.dump();
  post("/api/v1/orders/" + order + "/invoice?paper=a4", {}, status);
  EXPECT_EQ(status, 400);
}

TEST_F(ApiTest, OrdersArePagedAfterTheLastIdSeenAndCountedOnlyOnRequest) {
  int status = 0;
  const nlohmann::json all = get("/api/v1/orders?limit=500", status);
  ASSERT_EQ(status, 200);
  ASSERT_GE(all["orders"].size(), 3u);
  EXPECT_TRUE(all["next_after"].is_null()) << "a short page is the last one";

  // Page through two at a time: the same orders in the same order, without a total.
  std::vector<std::int64_t> paged;
  nlohmann::json after = 0;
  while (!after.is_null()) {
    const nlohmann::json page = get("/api/v1/orders?limit=2&after=" + after.dump(), status);
    ASSERT_EQ(status, 200);
    EXPECT_FALSE(page.contains("total"));
    for (const nlohmann::json& order : page["orders"]) {
      paged.push_back(order["id"].get<std::int64_t>());
    }
    after = page["next_after"];
  }
  std::vector<std::int64_t> listed;
  for (const nlohmann::json& order : all["orders"]) {
    listed.push_back(order["id"].get<std::int64_t>());
  }
  EXPECT_EQ(paged, listed);

  const nlohmann::json counted =
      get("/api/v1/orders?limit=1&after=" + std::to_string(listed[0]) + "&total=true", status);
  EXPECT_EQ(counted["total"], all["total"]) << "the total counts every match, not what is left";
  EXPECT_EQ(counted["orders"][0]["id"], listed[1]);

  const nlohmann::json both = get("/api/v1/orders?after=1&offset=2", status);
  EXPECT_EQ(status, 400);
  EXPECT_NE(message_of(both).find("after and offset"), std::string::npos) << both.dump();
  const nlohmann::json bad = get("/api/v1/orders?after=last", status);
  EXPECT_EQ(status, 400);
  EXPECT_NE(message_of(bad).find("after"), std::string::npos) << bad.dump();
  get("/api/v1/orders?total=maybe", status);
  EXPECT_EQ(status, 400);
}

TEST_F(ApiTest, OrdersAreListedWithFiltersAndShownWithTheirRecords) {
  int status = 0;
  const nlohmann::json all = get("/api/v1/orders?limit=500", status);
  ASSERT_EQ(status, 200);
  const auto total = all["total"].get<std::int64_t>();
  ASSERT_GT(total, 0);
  const nlohmann::json page = get("/api/v1/orders?limit=2&offset=1", status);
  ASSERT_EQ(page["orders"].size(), 2u);
  EXPECT_EQ(page["orders"][0]["id"], all["orders"][1]["id"]);

  const nlohmann::json first = all["orders"][0];
  const std::string channel_order_id = first["channel_order_id"];
  const nlohmann::json found = get("/api/v1/orders?search=" + channel_order_id, status);
  ASSERT_EQ(status, 200);
  EXPECT_GE(found["total"].get<int>(), 1);
  EXPECT_EQ(get("/api/v1/orders?channel=org.orderhub.channel.cscart", status)["total"], total);
  EXPECT_EQ(get("/api/v1/orders?channel=org.example.none", status)["total"], 0);
  EXPECT_EQ(get("/api/v1/orders?created_from=2999-01-01", status)["total"], 0);
  get("/api/v1/orders?status=shipped-ish", status);
  EXPECT_EQ(status, 400);
  get("/api/v1/orders?limit=0", status);
  EXPECT_EQ(status, 400);

  const nlohmann::json detail = get("/api/v1/orders/" + first["id"].dump(), status);
  ASSERT_EQ(status, 200);
  EXPECT_EQ(detail["order"]["channel_order_id"], channel_order_id);
  EXPECT_FALSE(detail["order"]["lines"].empty());
  EXPECT_TRUE(detail["history"].is_array());
  EXPECT_TRUE(detail["outbox"].is_array());
  get("/api/v1/orders/999999", status);
  EXPECT_EQ(status, 404);

  const nlohmann::json accounts = get("/api/v1/accounts", status);
  ASSERT_EQ(status, 200);
  EXPECT_EQ(accounts["accounts"][0]["settings"]["download.interval"], "1h");
  EXPECT_EQ(accounts.dump().find("sandbox-api-key"), std::string::npos) << "credentials shown";
  const nlohmann::json plugins = get("/api/v1/plugins", status);
  EXPECT_EQ(plugins["plugins"].size(), 8u);
}

}  // namespace
}  // namespace orderhub::testing
