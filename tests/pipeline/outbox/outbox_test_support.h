// outbox_test_support.h: the outbox tests' fixture: the action tests' store and sample order, a
// clock that moves only when told, fixed jitter, and a scripted channel.
#pragma once

#include <memory>
#include <string>

#include "action_test_support.h"
#include "orderhub/services/clock.h"
#include "pipeline/outbox/outbox_delivery.h"
#include "scripted_channel.h"

namespace orderhub::pipeline::testing {

class OutboxTest : public ActionTest {
 protected:
  OutboxTest();

  OutboxDelivery delivery(DeliveryOptions options = {});
  // Queues a row for the sample order (or another order) directly.
  domain::OutboxRow enqueue(const std::string& key,
                            domain::OutboxKind kind = domain::OutboxKind::shipment,
                            std::optional<domain::OrderId> order = std::nullopt,
                            std::optional<domain::Timestamp> not_before = std::nullopt);
  domain::OutboxRow row(std::int64_t id);
  std::vector<domain::OutboxRow> rows_in(domain::OutboxState state);
  // The idempotency keys the channel received, in order.
  static std::vector<std::string> keys_sent(const ScriptedChannel& channel);

  // Half a second past the action tests' "now", so rounding to whole seconds shows.
  services::ManualClock clock_{std::chrono::system_clock::time_point(now_) +
                               std::chrono::milliseconds(500)};
  FixedJitter jitter_{0.5};
  ScriptedChannel channel_;
};

}  // namespace orderhub::pipeline::testing
