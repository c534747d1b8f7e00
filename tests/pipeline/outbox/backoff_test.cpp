// backoff_test.cpp: when a retry happens: capped exponential backoff with full jitter, never
// before the channel's Retry-After.
#include "outbox_test_support.h"

namespace orderhub::pipeline::testing {
namespace {

using namespace std::chrono_literals;
using loader::StatusCode;

TEST(RetryDelayTest, DoublesFromTheBaseWithFullJitterUpToTheCap) {
  const RetryPolicy policy;  // base 2 s, cap 15 min
  EXPECT_EQ(retry_delay(policy, 1, 0ms, 0.5), 1000ms);
  EXPECT_EQ(retry_delay(policy, 2, 0ms, 0.5), 2000ms);
  EXPECT_EQ(retry_delay(policy, 3, 0ms, 0.5), 4000ms);
  EXPECT_EQ(retry_delay(policy, 3, 0ms, 0.0), 0ms);
  EXPECT_EQ(retry_delay(policy, 3, 0ms, 0.999), 7992ms);
  EXPECT_EQ(retry_delay(policy, 12, 0ms, 0.5), 450'000ms);  // half of the 15 minute cap
  EXPECT_EQ(retry_delay(policy, 1000, 0ms, 1.0), 900'000ms);
}

TEST(RetryDelayTest, NeverShorterThanRetryAfter) {
  const RetryPolicy policy;
  EXPECT_EQ(retry_delay(policy, 1, 7000ms, 0.5), 7000ms);
  EXPECT_EQ(retry_delay(policy, 1, 7000ms, 0.0), 7000ms);
  EXPECT_EQ(retry_delay(policy, 12, 7000ms, 0.5), 450'000ms);
}

TEST(RetryDelayTest, RetryTimesRoundUpToTheNextWholeSecond) {
  const auto noon = std::chrono::system_clock::time_point(at("2026-11-23T12:00:00Z"));
  EXPECT_EQ(retry_time(noon + 500ms, 1000ms), at("2026-11-23T12:00:02Z"));
  EXPECT_EQ(retry_time(noon, 1000ms), at("2026-11-23T12:00:01Z"));
}

TEST_F(OutboxTest, BackoffHonoursRetryAfter) {
  const domain::OutboxRow queued = enqueue("ship:1:1");
  channel_.then(StatusCode::resource_exhausted, "429 Too Many Requests", 30s);

  OutboxDelivery worker = delivery();
  EXPECT_EQ(worker.deliver_next(shop_, channel_).step, DeliveryStep::retry_scheduled);
  // Called at 12:00:00.5 with Retry-After 30 s: not before 12:00:30.5, so 12:00:31 in seconds.
  const domain::OutboxRow waiting = row(queued.id);
  EXPECT_EQ(waiting.state, domain::OutboxState::pending);
  EXPECT_EQ(waiting.next_attempt_at, at("2026-11-23T12:00:31Z"));
  EXPECT_EQ(waiting.last_error, "RESOURCE_EXHAUSTED: 429 Too Many Requests");

  clock_.set(std::chrono::system_clock::time_point(at("2026-11-23T12:00:30Z")) + 900ms);
  EXPECT_EQ(worker.deliver_next(shop_, channel_).step, DeliveryStep::waiting_for_retry);
  EXPECT_EQ(channel_.sent().size(), 1u);

  clock_.set(std::chrono::system_clock::time_point(at("2026-11-23T12:00:31Z")));
  EXPECT_EQ(worker.deliver_next(shop_, channel_).step, DeliveryStep::delivered);
  EXPECT_EQ(channel_.sent().size(), 2u);
}

TEST_F(OutboxTest, ARetryHoldsBackTheAccountsLaterRowsAndOrderIsKept) {
  enqueue("ship:1:1");
  const domain::OrderId other = import(sample_order(shop_, "1002"));
  enqueue("ship:2:2", domain::OutboxKind::shipment, other);
  enqueue("refund:1:3", domain::OutboxKind::refund);
  channel_.then(StatusCode::unavailable, "503");

  OutboxDelivery worker = delivery();
  const DeliveryCounts first = worker.deliver_due(shop_, channel_);
  EXPECT_EQ(first.retried, 1);
  EXPECT_EQ(first.delivered, 0);
  EXPECT_EQ(keys_sent(channel_), (std::vector<std::string>{"ship:1:1"}));

  clock_.advance(10min);
  const DeliveryCounts second = worker.deliver_due(shop_, channel_);
  EXPECT_EQ(second.delivered, 3);
  EXPECT_EQ(keys_sent(channel_),
            (std::vector<std::string>{"ship:1:1", "ship:1:1", "ship:2:2", "refund:1:3"}));
}

TEST_F(OutboxTest, ADelayedUploadHoldsBackOnlyLaterRowsOfItsOwnOrder) {
  const domain::OrderId other = import(sample_order(shop_, "1002"));
  enqueue("ship:1:1", domain::OutboxKind::shipment, order_id_, at("2026-11-23T12:30:00Z"));
  enqueue("ship:2:2", domain::OutboxKind::shipment, other);
  enqueue("refund:1:3", domain::OutboxKind::refund);  // must not overtake the delayed shipment

  OutboxDelivery worker = delivery();
  worker.deliver_due(shop_, channel_);
  EXPECT_EQ(keys_sent(channel_), (std::vector<std::string>{"ship:2:2"}));

  clock_.set(std::chrono::system_clock::time_point(at("2026-11-23T12:30:00Z")));
  worker.deliver_due(shop_, channel_);
  EXPECT_EQ(keys_sent(channel_), (std::vector<std::string>{"ship:2:2", "ship:1:1", "refund:1:3"}));
}

}  // namespace
}  // namespace orderhub::pipeline::testing
