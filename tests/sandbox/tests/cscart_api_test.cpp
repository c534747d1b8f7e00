// The CS-Cart wire contract served by the real orderhub-sandbox binary: listing, orders, auth,
// shipments, status changes and notes.
#include "sandbox_client.h"

#include <gtest/gtest.h>

#include <set>

namespace orderhub::sandbox::testing {
namespace {

using nlohmann::json;
using orderhub::testing::SandboxProcess;

json admin_orders(const SandboxProcess& sandbox) {
  auto client = admin_client(sandbox);
  return json_reply(client.Get("/admin/cscart/orders"), 200)["orders"];
}

// The first generated order with the given status letter.
json first_order_with_status(const SandboxProcess& sandbox, const std::string& status) {
  for (const auto& order : admin_orders(sandbox)) {
    if (order["status"] == status) {
      return order;
    }
  }
  throw std::runtime_error("no generated order with status " + status);
}

TEST(CscartApi, ListingPagesAddUpToAllListedOrdersWithNumbersAsStrings) {
  SandboxProcess sandbox({"--orders", "50"});
  std::set<std::string> expected_ids;
  for (const auto& order : admin_orders(sandbox)) {
    if (order["status"] != "N") {
      expected_ids.insert(order["order_id"].get<std::string>());
    }
  }

  auto client = cscart_client(sandbox);
  std::vector<std::string> listed_ids;
  std::int64_t previous_timestamp = 0;
  for (int page = 1;; ++page) {
    const json reply = json_reply(client.Get("/cscart/api/orders?page=" + std::to_string(page) +
                                             "&items_per_page=7&sort_by=date&sort_order=asc"),
                                  200);
    EXPECT_EQ(reply["params"]["page"], std::to_string(page));
    EXPECT_EQ(reply["params"]["items_per_page"], "7");
    EXPECT_EQ(reply["params"]["total_items"], std::to_string(expected_ids.size()));
    for (const auto& summary : reply["orders"]) {
      for (const char* field : {"order_id", "timestamp", "status", "total", "email", "firstname",
                                "lastname", "updated_at"}) {
        ASSERT_TRUE(summary.contains(field)) << field;
        EXPECT_TRUE(summary[field].is_string()) << field << " is " << summary[field];
      }
      const std::int64_t timestamp = std::stoll(summary["timestamp"].get<std::string>());
      EXPECT_GE(timestamp, previous_timestamp);
      previous_timestamp = timestamp;
      listed_ids.push_back(summary["order_id"]);
    }
    if (page * 7 >= std::stoi(reply["params"]["total_items"].get<std::string>())) {
      break;
    }
  }
  EXPECT_EQ(listed_ids.size(), expected_ids.size());
  EXPECT_EQ(std::set<std::string>(listed_ids.begin(), listed_ids.end()), expected_ids);
}

TEST(CscartApi, FullOrderHasTheWireFieldsAndExactTotals) {
  SandboxProcess sandbox({"--orders", "30"});
  auto client = cscart_client(sandbox);
  const std::set<std::string> shipping_names{"UPS Ground", "USPS Priority", "FedEx 2Day",
                                             "Express Overnight"};
  for (const auto& listed : admin_orders(sandbox)) {
    const json order =
        json_reply(client.Get("/cscart/api/orders/" + listed["order_id"].get<std::string>()), 200);
    for (const char* field :
         {"order_id", "timestamp",   "updated_at",    "status",       "total",
          "subtotal", "discount",    "shipping_cost", "tax_subtotal", "email",
          "phone",    "b_firstname", "b_lastname",    "b_address",    "b_address_2",
          "b_city",   "b_county",    "b_state",       "b_country",    "b_zipcode",
          "b_phone",  "s_firstname", "s_lastname",    "s_address",    "s_address_2",
          "s_city",   "s_county",    "s_state",       "s_country",    "s_zipcode",
          "s_phone"}) {
      ASSERT_TRUE(order.contains(field)) << field;
      EXPECT_TRUE(order[field].is_string()) << field;
    }
    EXPECT_EQ(cents(order["total"]), cents(order["subtotal"]) - cents(order["discount"]) +
                                         cents(order["shipping_cost"]) +
                                         cents(order["tax_subtotal"]));
    ASSERT_TRUE(order["shipping"].is_array());
    EXPECT_TRUE(order["shipping"][0]["shipping_id"].is_string());
    EXPECT_EQ(shipping_names.count(order["shipping"][0]["shipping"].get<std::string>()), 1U);
    EXPECT_TRUE(order["payment_method"]["payment"].is_string());

    ASSERT_TRUE(order["products"].is_object());
    std::int64_t subtotal = 0;
    for (const auto& [item_id, item] : order["products"].items()) {
      EXPECT_EQ(item["item_id"], item_id);
      for (const char* field :
           {"product_id", "product_code", "product", "price", "amount", "shipped_amount"}) {
        EXPECT_TRUE(item[field].is_string()) << field;
      }
      subtotal += cents(item["price"]) * std::stoll(item["amount"].get<std::string>());
    }
    EXPECT_EQ(cents(order["subtotal"]), subtotal);
  }
}

TEST(CscartApi, UnknownOrderIs404WithMessage) {
  SandboxProcess sandbox;
  auto client = cscart_client(sandbox);
  const json reply = json_reply(client.Get("/cscart/api/orders/999999"), 404);
  EXPECT_TRUE(reply["message"].is_string());
}

TEST(CscartApi, RequestsWithoutOrWithWrongCredentialsAreRefused) {
  SandboxProcess sandbox;
  auto anonymous = admin_client(sandbox);
  EXPECT_TRUE(json_reply(anonymous.Get("/cscart/api/orders"), 401)["message"].is_string());

  auto wrong_key = admin_client(sandbox);
  wrong_key.set_basic_auth(cscart_email, "not-the-key");
  const json refused = json_reply(wrong_key.Get("/cscart/api/orders"), 401);
  EXPECT_EQ(refused["message"].get<std::string>().find("not-the-key"), std::string::npos);

  auto wrong_user = admin_client(sandbox);
  wrong_user.set_basic_auth("someone@example.com", cscart_api_key);
  json_reply(wrong_user.Post("/cscart/api/shipments", "{}", "application/json"), 401);

  auto client = cscart_client(sandbox);
  json_reply(client.Get("/cscart/api/orders"), 200);
}

TEST(CscartApi, ShipmentUpdatesTheOrderAndAppearsInReceived) {
  SandboxProcess sandbox;
  const json order = first_order_with_status(sandbox, "P");
  const std::string order_id = order["order_id"];
  json products = json::object();
  for (const auto& [item_id, item] : order["products"].items()) {
    products[item_id] = std::stoi(item["amount"].get<std::string>());
  }
  const json shipment = {{"order_id", order_id},
                         {"shipping_id", "1"},
                         {"shipping", "UPS Ground"},
                         {"carrier", "ups"},
                         {"tracking_number", "1Z999AA10123456784"},
                         {"products", products},
                         {"order_status", "C"}};
  const std::int64_t before = std::time(nullptr);

  auto client = cscart_client(sandbox);
  const json created =
      json_reply(client.Post("/cscart/api/shipments", shipment.dump(), "application/json"), 201);
  ASSERT_TRUE(created["shipment_id"].is_number_integer());

  const json shipped = json_reply(client.Get("/cscart/api/orders/" + order_id), 200);
  EXPECT_EQ(shipped["status"], "C");
  EXPECT_GE(std::stoll(shipped["updated_at"].get<std::string>()), before);
  for (const auto& [item_id, item] : shipped["products"].items()) {
    EXPECT_EQ(item["shipped_amount"], item["amount"]) << item_id;
  }

  const json listed = json_reply(client.Get("/cscart/api/shipments?order_id=" + order_id), 200);
  ASSERT_EQ(listed["shipments"].size(), 1U);
  EXPECT_EQ(listed["shipments"][0]["tracking_number"], "1Z999AA10123456784");
  EXPECT_EQ(listed["shipments"][0]["shipment_id"],
            std::to_string(created["shipment_id"].get<int>()));

  auto admin = admin_client(sandbox);
  const json received = json_reply(admin.Get("/admin/cscart/received?kind=shipment"), 200);
  ASSERT_EQ(received["received"].size(), 1U);
  const json& entry = received["received"][0];
  EXPECT_EQ(entry["kind"], "shipment");
  EXPECT_EQ(entry["order_id"], order_id);
  EXPECT_EQ(entry["body"], shipment);
  EXPECT_EQ(entry["result"]["shipment_id"], created["shipment_id"]);
  EXPECT_GE(entry["time_ms"].get<std::int64_t>(), before * 1000);
}

TEST(CscartApi, ShipmentBeyondWhatRemainsIsRefusedAndChangesNothing) {
  SandboxProcess sandbox;
  const json order = first_order_with_status(sandbox, "P");
  const std::string order_id = order["order_id"];
  const auto first_line = order["products"].begin();
  const std::string item_id = first_line.key();
  const json item = first_line.value();
  const int amount = std::stoi(item["amount"].get<std::string>());
  auto client = cscart_client(sandbox);

  const json too_many = {{"order_id", order_id}, {"products", {{item_id, amount + 1}}}};
  const json refused =
      json_reply(client.Post("/cscart/api/shipments", too_many.dump(), "application/json"), 400);
  EXPECT_NE(refused["message"].get<std::string>().find(item_id), std::string::npos);

  const json unknown_item = {{"order_id", order_id}, {"products", {{"12345", 1}}}};
  json_reply(client.Post("/cscart/api/shipments", unknown_item.dump(), "application/json"), 400);

  const json unknown_order = {{"order_id", "999999"}, {"products", {{item_id, 1}}}};
  json_reply(client.Post("/cscart/api/shipments", unknown_order.dump(), "application/json"), 404);

  EXPECT_EQ(json_reply(client.Get("/cscart/api/orders/" + order_id), 200), order);
  auto admin = admin_client(sandbox);
  EXPECT_TRUE(json_reply(admin.Get("/admin/cscart/received"), 200)["received"].empty());
}

TEST(CscartApi, StatusChangeAndNoteAreAppliedAndRecordedInOrder) {
  SandboxProcess sandbox;
  const std::string order_id = first_order_with_status(sandbox, "P")["order_id"];
  auto client = cscart_client(sandbox);

  const json note = {{"details", "Refunded 5.00 for a scratched mug"}};
  EXPECT_EQ(
      json_reply(client.Put("/cscart/api/orders/" + order_id, note.dump(), "application/json"),
                 200)["order_id"],
      std::stoll(order_id));
  json_reply(client.Put("/cscart/api/orders/" + order_id, json{{"status", "I"}}.dump(),
                        "application/json"),
             200);
  json_reply(client.Put("/cscart/api/orders/" + order_id, json{{"status", "X"}}.dump(),
                        "application/json"),
             400);

  const json order = json_reply(client.Get("/cscart/api/orders/" + order_id), 200);
  EXPECT_EQ(order["status"], "I");
  EXPECT_NE(order["details"].get<std::string>().find("scratched mug"), std::string::npos);

  auto admin = admin_client(sandbox);
  const json received = json_reply(admin.Get("/admin/cscart/received"), 200)["received"];
  ASSERT_EQ(received.size(), 2U);
  EXPECT_EQ(received[0]["kind"], "note");
  EXPECT_EQ(received[0]["body"], note);
  EXPECT_EQ(received[1]["kind"], "status_change");
  EXPECT_EQ(received[1]["body"]["status"], "I");
  EXPECT_EQ(json_reply(admin.Get("/admin/cscart/received?kind=note"), 200)["received"].size(), 1U);
}

TEST(CscartApi, TheSameSeedGivesTheSameOrdersAndVariedContent) {
  SandboxProcess first({"--seed", "42", "--orders", "60"});
  SandboxProcess second({"--seed", "42", "--orders", "60"});
  SandboxProcess other({"--seed", "43", "--orders", "60"});
  const json orders = admin_orders(first);
  EXPECT_EQ(orders, admin_orders(second));
  EXPECT_NE(orders, admin_orders(other));

  std::set<std::string> statuses;
  bool has_non_ascii_name = false;
  for (const auto& order : orders) {
    statuses.insert(order["status"].get<std::string>());
    for (const char* field : {"b_firstname", "b_lastname", "s_city", "b_city"}) {
      const std::string text = order[field];
      has_non_ascii_name |= std::any_of(text.begin(), text.end(),
                                        [](char c) { return static_cast<unsigned char>(c) > 127; });
    }
  }
  for (const char* status : {"P", "O", "C"}) {
    EXPECT_EQ(statuses.count(status), 1U) << status;
  }
  EXPECT_TRUE(has_non_ascii_name);
}

}  // namespace
}  // namespace orderhub::sandbox::testing
