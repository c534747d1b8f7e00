// end_to_end_test.cpp: `orderhub serve` with every channel of the sandbox and short intervals: the
// scheduler downloads every account, shipments made through the API reach each channel exactly
// once, and "download now" through the API runs at once.
#include <thread>

#include "service_checks.h"
#include "service_harness.h"

namespace orderhub::testing {
namespace {

class EndToEndTest : public ServiceFixture {};

TEST_F(EndToEndTest, EveryChannelDownloadsOnScheduleAndReceivesTheApisShipmentsOnce) {
  start_sandbox({"--orders", "12"});
  const std::vector<HubChannel> channels = every_channel(sandbox());
  for (const HubChannel& channel : channels) {
    add_account(channel, "2s");
  }
  start_service();

  // The scheduler downloads every account without being asked.
  ASSERT_TRUE(eventually([&] {
    int status = 0;
    const nlohmann::json health = get("/healthz", status);
    if (status != 200) {
      return false;
    }
    for (const nlohmann::json& account : health["accounts"]) {
      if (account["last_success_at"].is_null()) {
        return false;
      }
    }
    return health["accounts"].size() == channels.size();
  })) << service().output();

  std::map<std::string, std::vector<std::string>> shipped;  // sandbox channel -> channel order ids
  for (const HubChannel& channel : channels) {
    int status = 0;
    const nlohmann::json download =
        post("/api/v1/accounts/" + channel.account + "/download?wait=true", {}, status);
    ASSERT_EQ(status, 200) << download.dump();
    EXPECT_TRUE(download["error"].is_null()) << download.dump();

    const nlohmann::json orders =
        get("/api/v1/orders?account=" + channel.account +
                "&status=in_process&shipping_status=unshipped&payment_status=charged&limit=2",
            status);
    ASSERT_EQ(status, 200);
    ASSERT_EQ(orders["orders"].size(), 2u) << channel.account << ": " << orders.dump();
    for (const nlohmann::json& order : orders["orders"]) {
      const nlohmann::json reply = post("/api/v1/orders/" + order["id"].dump() + "/ship",
                                        {{"tracking_number", "1Z" + order["id"].dump()},
                                         {"carrier", "UPS"},
                                         {"service", "Ground"}},
                                        status);
      ASSERT_EQ(status, 200) << channel.account << ": " << reply.dump();
      ASSERT_FALSE(reply["channel"]["outbox_row"].is_null()) << reply.dump();
      shipped[channel.sandbox_channel].push_back(order["channel_order_id"]);
    }
  }

  // Every shipment lands at its channel, and the outbox ends empty.
  const auto delivered = [&] {
    for (const auto& [channel, order_ids] : shipped) {
      const auto counts =
          received_counts(sandbox_get("/admin/" + channel + "/received"), "shipment");
      for (const std::string& id : order_ids) {
        if (counts.count(id) == 0) {
          return false;
        }
      }
    }
    const auto store = open_database();
    for (const domain::OutboxRow& row : outbox_rows(*store)) {
      if (row.state != domain::OutboxState::done) {
        return false;
      }
    }
    return true;
  };
  ASSERT_TRUE(eventually(delivered, std::chrono::seconds(40))) << service().output();
  for (const auto& [channel, order_ids] : shipped) {
    const auto counts = received_counts(sandbox_get("/admin/" + channel + "/received"), "shipment");
    for (const std::string& id : order_ids) {
      EXPECT_EQ(counts.at(id), 1) << channel << " order " << id;
    }
  }
  int status = 0;
  const nlohmann::json failed = get("/api/v1/shipments/failed", status);
  EXPECT_TRUE(failed["rows"].empty()) << failed.dump();
  const auto store = open_database();
  for (const domain::Order& order : all_orders(*store)) {
    if (order.shipping_status == domain::ShippingStatus::fully_shipped &&
        order.status == domain::OrderStatus::completed) {
      EXPECT_TRUE(order.channel_notified_for_shipping) << order.channel_order_id.str();
    }
  }
  EXPECT_EQ(stop_service(), 0) << service().output();
}

}  // namespace
}  // namespace orderhub::testing
