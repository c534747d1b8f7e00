// faults_test.cpp: with the emulated Cdiscount failing requests (503s, 429s with Retry-After,
// validations applied and then dropped), repeated `orderhub sync --wait` delivers every shipment
// exactly once (a repeat finds the order Shipped with its tracking number and answers
// already_applied), and never calls again before a Retry-After has passed.
#include "cdiscount_channel.h"

namespace orderhub::testing {
namespace {

class CdiscountFaultsTest : public ChannelFixture {
 protected:
  CdiscountFaultsTest() : ChannelFixture(cdiscount_channel()) {}
};

TEST_F(CdiscountFaultsTest, RepeatedSyncWaitDeliversEveryShipmentExactlyOnceAndNeverRetriesEarly) {
  const std::vector<domain::Order> orders = shippable_orders();
  ASSERT_GE(orders.size(), 8u);
  std::vector<std::pair<std::string, std::string>> shipped;  // order number, tracking
  for (std::size_t index = 0; index < 8; ++index) {
    const std::string tracking = "6A" + std::to_string(1000 + index);
    must({"ship", id_text(orders[index]), "--carrier", "Colissimo", "--service", "Expert",
          "--tracking", tracking});
    shipped.emplace_back(orders[index].channel_order_id.str(), tracking);
  }
  const std::size_t effects = outbox().size();

  set_faults({{"fault-5xx", 0.2},
              {"fault-429", 0.1},
              {"fault-drop-after-apply", 0.05},
              {"retry-after", 1},
              {"fault-seed", 7}});
  bool all_done = false;
  for (int round = 0; round < 10 && !all_done; ++round) {
    const OrderhubRun run = orderhub({"sync", "--wait", "--timeout", "120"});
    all_done = run.exit_code == 0;
    if (!all_done) {
      std::cerr << "sync round " << round << " exit " << run.exit_code << "\n"
                << run.out << run.err;
    }
  }
  ASSERT_TRUE(all_done);

  const std::vector<domain::OutboxRow> rows = outbox();
  ASSERT_EQ(rows.size(), effects);
  for (const domain::OutboxRow& row : rows) {
    EXPECT_EQ(row.state, domain::OutboxState::done)
        << row.idempotency_key << ": " << row.last_error;
  }
  const nlohmann::json all = received();
  for (const auto& [number, tracking] : shipped) {
    const auto entries = received_for(all, "shipment", number);
    ASSERT_EQ(entries.size(), 1u) << number << " was received " << entries.size() << " times";
    EXPECT_EQ(entries[0]["body"]["TrackingNumber"], tracking);
  }
  // Nothing else was written: acknowledgements of paid orders found them past acceptance.
  EXPECT_EQ(all.size(), shipped.size()) << all.dump(2);

  const nlohmann::json statistics = stats();
  EXPECT_EQ(statistics["early_retries"], 0) << statistics["early_retry_requests"].dump(2);
  EXPECT_GT(statistics["faults"]["5xx"].get<int>() + statistics["faults"]["429"].get<int>(), 0);
}

}  // namespace
}  // namespace orderhub::testing
