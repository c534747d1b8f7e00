// kill_test.cpp: `orderhub sync` killed with SIGKILL at random moments while actions keep adding
// work never loses an outbox row, and after a final run every effect landed exactly once.
// 50 trials when CI=true, 10 otherwise; ORDERHUB_KILL_TRIALS overrides both.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

#include "channel_fixture.h"
#include "effect_count.h"

namespace orderhub::testing {
namespace {

int trial_count() {
  if (const char* trials = std::getenv("ORDERHUB_KILL_TRIALS")) {
    return std::max(1, std::atoi(trials));
  }
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true" ? 50 : 10;
}

class KillTest : public ActionsFixture {
 protected:
  void SetUp() override { start({"--orders", "80"}); }
};

TEST_F(KillTest, KilledSyncNeverLosesARowAndEveryEffectLandsOnce) {
  const int trials = trial_count();
  const std::vector<domain::Order> orders = shippable_orders();
  ASSERT_GE(orders.size(), static_cast<std::size_t>(4 * (trials / 5 + 1)));
  // Slow replies stretch each delivery so that kills land in the middle of them.
  set_faults({{"fault-slow", 0.5}, {"slow-ms", 40}});

  const unsigned seed = std::random_device{}();
  RecordProperty("random_seed", std::to_string(seed));
  std::mt19937 random(seed);
  // A sync starts in a few milliseconds and delivers a row every few tens of milliseconds: kills
  // within 300 ms land before, during and between deliveries alike.
  std::uniform_int_distribution<int> kill_after_ms(0, 300);

  std::size_t next = 0;
  std::vector<std::string> refundable;  // shipped orders, refunded a cent at a time
  std::size_t actions = 0;
  int killed_in_flight = 0;  // trials whose kill left a row in flight
  for (int trial = 0; trial < trials; ++trial) {
    SCOPED_TRACE("trial " + std::to_string(trial) + ", seed " + std::to_string(seed));
    // Two new effects per trial, so that a sync has more than one row to deliver.
    for (int step = 0; step < 2; ++step) {
      switch ((2 * trial + step) % 5) {
        case 0:
          must({"ship", id_text(orders[next]), "--carrier", "UPS", "--service", "Ground",
                "--tracking", "1Z" + std::to_string(trial)});
          refundable.push_back(id_text(orders[next++]));
          break;
        case 2:
          must({"cancel", id_text(orders[next++]), "--reason", "trial " + std::to_string(trial)});
          break;
        default:
          must({"refund", refundable.back(), "--amount", "0.01", "--reason",
                "trial " + std::to_string(trial)});
          break;
      }
      ++actions;
    }
    BackgroundOrderhub sync(command({"sync", "--wait", "--timeout", "30", "--lease", "1"}));
    std::this_thread::sleep_for(std::chrono::milliseconds(kill_after_ms(random)));
    sync.kill_now();
    sync.wait();
    ASSERT_EQ(outbox().size(), actions);  // nothing lost, nothing doubled
    // A row the killed run left in flight waits out its lease (1 s, ending on a whole second)
    // before anyone takes it over; let most of it pass so that the next run delivers.
    const std::vector<domain::OutboxRow> rows = outbox();
    if (std::any_of(rows.begin(), rows.end(), [](const domain::OutboxRow& row) {
          return row.state == domain::OutboxState::in_flight;
        })) {
      ++killed_in_flight;
      std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    }
  }

  RecordProperty("killed_in_flight", killed_in_flight);
  const OrderhubRun final_run = orderhub({"sync", "--wait", "--timeout", "120", "--lease", "1"});
  ASSERT_EQ(final_run.exit_code, 0) << final_run.out << final_run.err;
  const std::vector<domain::OutboxRow> rows = outbox();
  ASSERT_EQ(rows.size(), actions);
  for (const domain::OutboxRow& row : rows) {
    EXPECT_EQ(row.state, domain::OutboxState::done)
        << row.idempotency_key << ": " << row.last_error;
  }
  const nlohmann::json all = received();
  for (const auto& [key, count] : effect_counts(rows, stored_orders(), all)) {
    EXPECT_EQ(count, 1) << key << " was received " << count << " times";
  }
  EXPECT_EQ(all.size(), actions);
}

}  // namespace
}  // namespace orderhub::testing
