// outbox_delivery.h: delivering an account's outbox rows to its channel, one at a time and in
// order.
//
// One step claims the account's next row with a lease (in its own short write transaction,
// committed before the channel is called), calls the channel, and then, in one more transaction,
// either marks the row done and records what the channel's acceptance means for the order (a
// shipment makes it Ship Confirmed, an invoice sets invoice_sent_to_channel, each with a
// "channel_notified" history event), or schedules a retry (backoff with jitter, never before
// Retry-After), or marks it failed with the channel's message.
//
// Order: never two requests in flight per account, across processes too: while any row of the
// account is leased, nobody claims another. A row waiting for a retry holds back every later row
// of its account (a channel's rate limit or outage concerns the whole account, and effects on one
// order must land in the order they were made). A row whose first attempt is deliberately delayed
// (fulfillment.delay) holds back only later rows of the same order.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "domain/ids.h"
#include "domain/outbox.h"
#include "orderhub/services/clock.h"
#include "pipeline/outbox/outbox_channel.h"
#include "pipeline/outbox/retry_policy.h"
#include "store/store.h"

namespace orderhub::pipeline {

struct DeliveryOptions {
  RetryPolicy retry{};
  // How long a claim keeps other workers away; longer than any single channel call can take.
  std::chrono::seconds lease{120};
  std::string actor = "sync";  // for the history
};

enum class DeliveryStep {
  delivered,          // the channel accepted the row (or had it already): done
  retry_scheduled,    // a retryable failure: pending again, due later
  failed,             // a permanent failure, or too many attempts: listed until resent
  claim_lost,         // the lease ran out and another worker took the row over; nothing recorded
  nothing_due,        // no row of the account is due now
  account_busy,       // another worker holds a row of the account
  waiting_for_retry,  // the account's oldest unfinished row waits for its retry time
};

struct DeliveryReport {
  DeliveryStep step = DeliveryStep::nothing_due;
  std::optional<domain::OutboxRow> row{};  // the row claimed, for the steps that claimed one
  std::string message{};                   // the channel's message on failure
};

struct DeliveryCounts {
  int delivered = 0;
  int retried = 0;
  int failed = 0;
  int lost = 0;
};

class OutboxDelivery {
 public:
  OutboxDelivery(store::Store& store, const services::Clock& clock, Jitter& jitter,
                 DeliveryOptions options = {});

  // Claims and delivers the account's next row, if the ordering rules allow one now.
  DeliveryReport deliver_next(const domain::AccountId& account, OutboxChannel& channel);

  // deliver_next until nothing more can go now (nothing due, busy, or waiting for a retry).
  DeliveryCounts deliver_due(const domain::AccountId& account, OutboxChannel& channel);

  const DeliveryOptions& options() const { return options_; }

 private:
  std::optional<domain::OutboxRow> claim_next(const domain::AccountId& account,
                                              DeliveryStep& why_not);
  DeliveryReport record_success(const domain::OutboxRow& claimed, const loader::CallResult& result);
  DeliveryReport record_failure(const domain::OutboxRow& claimed, const loader::CallResult& result);
  domain::Timestamp now_in_seconds() const;

  store::Store& store_;
  const services::Clock& clock_;
  Jitter& jitter_;
  DeliveryOptions options_;
};

}  // namespace orderhub::pipeline
