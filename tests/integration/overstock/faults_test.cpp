// faults_test.cpp: with the Overstock sandbox failing requests (503s, 429s with Retry-After, writes
// applied and then dropped), repeated `orderhub sync --wait` delivers every ship confirmation,
// short ship and return exactly once, and never calls again before a Retry-After has passed.
#include "overstock_channel.h"

namespace orderhub::testing {
namespace {

class OverstockFaultsTest : public OverstockFixture {};

TEST_F(OverstockFaultsTest, RepeatedSyncWaitDeliversEveryEffectExactlyOnceAndNeverRetriesEarly) {
  must({"sync"});  // the acknowledgements, before the faults
  const std::size_t acknowledgements = received().size();
  const std::vector<domain::Order> orders = shippable_orders();
  ASSERT_GE(orders.size(), 11u);
  std::size_t next = 0;
  for (int count = 0; count < 4; ++count) {
    must({"ship", id_text(orders[next++]), "--carrier", "UPS", "--service", "Ground", "--tracking",
          "1Z" + std::to_string(count)});
  }
  const domain::Order& partly_shipped = orders[next++];
  must({"ship", id_text(partly_shipped), "--carrier", "USPS", "--service", "Priority",
        "--tracking", "9400", "--line", partly_shipped.lines[0].line_id + ":1"});
  for (int count = 0; count < 3; ++count) {
    must({"cancel", id_text(orders[next++]), "--reason", "out of stock"});
  }
  for (int count = 0; count < 2; ++count) {
    must({"refund", id_text(orders[next++]), "--amount", "1.25", "--reason", "goodwill"});
  }
  must({"refund", id_text(orders[next++]), "--reason", "never arrived"});
  std::vector<std::string> keys;
  for (const domain::OutboxRow& row : outbox()) {
    if (row.kind != domain::OutboxKind::acknowledgement) {
      keys.push_back(row.idempotency_key);
    }
  }
  ASSERT_EQ(keys.size(), 11u);

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

  for (const domain::OutboxRow& row : outbox()) {
    EXPECT_EQ(row.state, domain::OutboxState::done)
        << row.idempotency_key << ": " << row.last_error;
  }
  for (const std::string& key : keys) {
    EXPECT_EQ(received_with_key(key).size(), 1u) << key;
  }
  EXPECT_EQ(received().size(), acknowledgements + keys.size()) << received().dump(2);

  const nlohmann::json statistics = stats();
  EXPECT_EQ(statistics["early_retries"], 0) << statistics["early_retry_requests"].dump(2);
  EXPECT_GT(statistics["faults"]["5xx"].get<int>() + statistics["faults"]["429"].get<int>(), 0);
}

}  // namespace
}  // namespace orderhub::testing
