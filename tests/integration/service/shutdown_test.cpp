// shutdown_test.cpp: SIGTERM while downloads and deliveries run ends the service with exit 0,
// leaves no row in flight, and the next start delivers every pending row.
#include <csignal>

#include "service_checks.h"
#include "service_harness.h"

namespace orderhub::testing {
namespace {

class ShutdownTest : public ServiceFixture {};

TEST_F(ShutdownTest, SigtermDuringWorkExitsZeroAndTheNextStartFinishesEveryPendingRow) {
  start_sandbox(
      {"--orders", "30", "--channels", "cscart", "--fault-slow", "0.5", "--slow-ms", "150"});
  const HubChannel channel = every_channel(sandbox()).front();
  add_account(channel, "1s");
  must({"download", channel.account});
  start_service();

  int status = 0;
  const nlohmann::json orders =
      get("/api/v1/orders?status=in_process&shipping_status=unshipped&payment_status=charged"
          "&limit=10",
          status);
  ASSERT_EQ(status, 200);
  ASSERT_GE(orders["orders"].size(), 8u);
  std::vector<std::string> shipped;
  for (const nlohmann::json& order : orders["orders"]) {
    post("/api/v1/orders/" + order["id"].dump() + "/ship",
         {{"tracking_number", "1Z" + order["id"].dump()}, {"carrier", "UPS"}, {"service", "G"}},
         status);
    ASSERT_EQ(status, 200);
    shipped.push_back(order["channel_order_id"]);
  }
  // Deliveries are under way (each takes up to 150 ms): stop now.
  EXPECT_EQ(stop_service(), 0) << service().output();
  {
    const auto store = open_database();
    const std::vector<domain::OutboxRow> rows = outbox_rows(*store);
    ASSERT_EQ(rows.size(), shipped.size());
    for (const domain::OutboxRow& row : rows) {
      EXPECT_NE(row.state, domain::OutboxState::in_flight) << row.idempotency_key;
    }
    EXPECT_TRUE(store_problems(*store).empty());
  }

  start_service();
  ASSERT_TRUE(eventually([&] {
    const auto store = open_database();
    for (const domain::OutboxRow& row : outbox_rows(*store)) {
      if (row.state != domain::OutboxState::done) {
        return false;
      }
    }
    return true;
  })) << service().output();
  const auto counts = received_counts(sandbox_get("/admin/cscart/received"), "shipment");
  for (const std::string& id : shipped) {
    EXPECT_EQ(counts.count(id) ? counts.at(id) : 0, 1) << "order " << id;
  }
  EXPECT_EQ(stop_service(), 0);
}

}  // namespace
}  // namespace orderhub::testing
