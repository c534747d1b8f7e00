// faults_test.cpp: with the sandbox failing requests (503s, 429s with Retry-After, writes applied
// and then dropped), repeated `orderhub sync --wait` delivers every acknowledgement and shipment
// exactly once, thanks to the Idempotency-Key replay, and never calls again before a Retry-After
// has passed.
#include <map>

#include "smartbargains_channel.h"

namespace orderhub::testing {
namespace {

class SmartBargainsFaultsTest : public SmartBargainsFixture {
 protected:
  // Fewer orders than the default keep the acknowledgements (one per order) to a dozen, so the
  // run under faults stays short.
  void SetUp() override { start({"--orders", "12"}); }
};

TEST_F(SmartBargainsFaultsTest, RepeatedSyncWaitDeliversEveryEffectExactlyOnceAndNeverRetriesEarly) {
  const std::vector<domain::Order> orders = shippable_orders();
  ASSERT_GE(orders.size(), 5u);
  for (int count = 0; count < 4; ++count) {
    must({"ship", id_text(orders[static_cast<std::size_t>(count)]), "--carrier", "UPS",
          "--service", "Ground", "--tracking", "1Z" + std::to_string(count)});
  }
  const domain::Order& partly_shipped = orders[4];
  must({"ship", id_text(partly_shipped), "--carrier", "USPS", "--service", "Priority",
        "--tracking", "9400", "--line", partly_shipped.lines[0].line_id + ":1"});
  const std::vector<domain::OutboxRow> queued = outbox();
  const std::size_t acknowledgements = outbox_of(domain::OutboxKind::acknowledgement).size();
  ASSERT_EQ(queued.size(), acknowledgements + 5);

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
  ASSERT_EQ(rows.size(), queued.size());
  for (const domain::OutboxRow& row : rows) {
    EXPECT_EQ(row.state, domain::OutboxState::done)
        << row.idempotency_key << ": " << row.last_error;
  }
  // Every write the sandbox accepted carries the key of the outbox row it carries out.
  std::map<std::string, int> counts;
  for (const nlohmann::json& entry : received()) {
    ++counts[entry["body"]["idempotency_key"].get<std::string>()];
  }
  std::size_t acknowledged = 0;
  for (const domain::OutboxRow& row : rows) {
    const int count = counts[row.idempotency_key];
    if (row.kind == domain::OutboxKind::shipment) {
      EXPECT_EQ(count, 1) << row.idempotency_key << " was received " << count << " times";
    } else {
      // An order acknowledged at Smart Bargains before (or shipped first) has nothing to receive.
      EXPECT_LE(count, 1) << row.idempotency_key << " was received " << count << " times";
      acknowledged += static_cast<std::size_t>(count);
    }
  }
  EXPECT_GT(acknowledged, 0u);
  EXPECT_EQ(received().size(), acknowledged + 5) << received().dump(2);
  for (const nlohmann::json& order : sandbox_orders()) {
    EXPECT_NE(order["status"], "NEW") << order["po_number"] << " was never acknowledged";
  }

  const nlohmann::json statistics = stats();
  EXPECT_EQ(statistics["early_retries"], 0) << statistics["early_retry_requests"].dump(2);
  EXPECT_GT(statistics["faults"]["5xx"].get<int>() + statistics["faults"]["429"].get<int>(), 0);
}

}  // namespace
}  // namespace orderhub::testing
