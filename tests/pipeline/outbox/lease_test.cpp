// lease_test.cpp: a claimed row is nobody else's until its lease runs out, an account never has
// two requests in flight, and a worker that lost its claim cannot overwrite the newer outcome.
#include <algorithm>
#include <thread>

#include "outbox_test_support.h"

namespace orderhub::pipeline::testing {
namespace {

using namespace std::chrono_literals;

TEST_F(OutboxTest, LeasePreventsDoubleDelivery) {
  enqueue("ship:1:1");
  enqueue("refund:1:2", domain::OutboxKind::refund);
  OutboxDelivery first = delivery();
  OutboxDelivery second = delivery();
  ScriptedChannel second_channel;
  std::optional<DeliveryReport> meanwhile;
  // While the first worker is on the wire, a second one finds the account busy.
  channel_.during_call = [&] { meanwhile = second.deliver_next(shop_, second_channel); };

  EXPECT_EQ(first.deliver_next(shop_, channel_).step, DeliveryStep::delivered);
  ASSERT_TRUE(meanwhile.has_value());
  EXPECT_EQ(meanwhile->step, DeliveryStep::account_busy);
  EXPECT_TRUE(second_channel.sent().empty());
  EXPECT_EQ(keys_sent(channel_), (std::vector<std::string>{"ship:1:1"}));
}

TEST_F(OutboxTest, AnExpiredLeaseLetsAnotherWorkerTakeOverAndTheStaleOutcomeIsIgnored) {
  const domain::OutboxRow queued = enqueue("ship:1:1");
  DeliveryOptions options;
  options.lease = 60s;
  OutboxDelivery stalled = delivery(options);
  OutboxDelivery rescuer = delivery(options);
  ScriptedChannel rescuer_channel;
  std::optional<DeliveryReport> rescued;
  // The first worker hangs past its lease; the second takes the row over and delivers it.
  channel_.during_call = [&] {
    clock_.advance(61s);
    rescued = rescuer.deliver_next(shop_, rescuer_channel);
  };
  channel_.then(loader::StatusCode::unavailable, "timed out");

  EXPECT_EQ(stalled.deliver_next(shop_, channel_).step, DeliveryStep::claim_lost);
  ASSERT_TRUE(rescued.has_value());
  EXPECT_EQ(rescued->step, DeliveryStep::delivered);
  // The stale worker's failure did not turn the delivered row back into a retry.
  EXPECT_EQ(row(queued.id).state, domain::OutboxState::done);
  EXPECT_EQ(row(queued.id).attempts, 2);
}

// Counts calls in flight and remembers the most ever seen at once.
class OverlapCounter {
 public:
  void enter() {
    const int now = ++in_flight_;
    int seen = most_;
    while (now > seen && !most_.compare_exchange_weak(seen, now)) {
    }
  }
  void leave() { --in_flight_; }
  int most() const { return most_; }

 private:
  std::atomic<int> in_flight_{0};
  std::atomic<int> most_{0};
};

TEST_F(OutboxTest, OneInFlightPerAccount) {
  std::vector<std::string> keys;
  for (int number = 1; number <= 12; ++number) {
    keys.push_back("ship:1:" + std::to_string(number));
    enqueue(keys.back());
  }
  // Real time: two workers (threads, each with its own delivery and store access) race for the
  // same account's rows.
  services::SystemClock real_clock;
  OverlapCounter overlap;
  ScriptedChannel shared_channel;
  shared_channel.during_call = [&] {
    overlap.enter();
    std::this_thread::sleep_for(2ms);  // widen the window in which a second call could start
    overlap.leave();
  };
  const auto work = [&] {
    OutboxDelivery worker(*store_, real_clock, jitter_, DeliveryOptions{});
    for (int round = 0; round < 400 && !rows_in(domain::OutboxState::pending).empty(); ++round) {
      worker.deliver_due(shop_, shared_channel);
    }
  };
  std::thread first(work);
  std::thread second(work);
  first.join();
  second.join();

  EXPECT_EQ(overlap.most(), 1);
  EXPECT_EQ(keys_sent(shared_channel), keys);  // each exactly once, in order
  EXPECT_EQ(rows_in(domain::OutboxState::done).size(), keys.size());
}

}  // namespace
}  // namespace orderhub::pipeline::testing
