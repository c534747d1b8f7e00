// outbox_delivery.cpp: claim in order, call the channel, record the outcome.
#include "pipeline/outbox/outbox_delivery.h"

#include <algorithm>
#include <set>

#include "pipeline/outbox/delivery_outcome.h"

namespace orderhub::pipeline {

namespace {

std::vector<domain::OutboxRow> unfinished_rows(store::Transaction& transaction,
                                               const domain::AccountId& account) {
  std::vector<domain::OutboxRow> rows;
  for (domain::OutboxState state : {domain::OutboxState::pending, domain::OutboxState::in_flight}) {
    store::OutboxFilter filter;
    filter.account = account;
    filter.state = state;
    filter.limit = -1;
    for (domain::OutboxRow& row : transaction.outbox().list(filter)) {
      rows.push_back(std::move(row));
    }
  }
  std::sort(rows.begin(), rows.end(),
            [](const domain::OutboxRow& left, const domain::OutboxRow& right) {
              return left.id < right.id;
            });
  return rows;
}

}  // namespace

OutboxDelivery::OutboxDelivery(store::Store& store, const services::Clock& clock, Jitter& jitter,
                               DeliveryOptions options)
    : store_(store), clock_(clock), jitter_(jitter), options_(std::move(options)) {}

domain::Timestamp OutboxDelivery::now_in_seconds() const {
  return std::chrono::floor<std::chrono::seconds>(clock_.now());
}

std::optional<domain::OutboxRow> OutboxDelivery::claim_next(const domain::AccountId& account,
                                                            DeliveryStep& why_not) {
  const domain::Timestamp now = now_in_seconds();
  std::unique_ptr<store::Transaction> transaction = store_.begin_write();
  const std::vector<domain::OutboxRow> rows = unfinished_rows(*transaction, account);

  std::set<std::int64_t> held_orders;  // orders with an earlier row whose first try is delayed
  std::optional<std::int64_t> next_id;
  for (const domain::OutboxRow& row : rows) {
    if (row.state == domain::OutboxState::in_flight && row.lease_until && *row.lease_until > now) {
      why_not = DeliveryStep::account_busy;
      return std::nullopt;
    }
  }
  for (const domain::OutboxRow& row : rows) {
    const bool due = row.state == domain::OutboxState::in_flight || row.next_attempt_at <= now;
    const std::int64_t order = row.order_id ? row.order_id->value : 0;
    if (!due) {
      if (row.attempts > 0) {
        why_not = DeliveryStep::waiting_for_retry;
        return std::nullopt;
      }
      if (row.order_id) {
        held_orders.insert(order);
      }
      continue;
    }
    if (row.order_id && held_orders.contains(order)) {
      why_not = DeliveryStep::waiting_for_retry;
      return std::nullopt;
    }
    next_id = row.id;
    break;
  }
  if (!next_id) {
    why_not = DeliveryStep::nothing_due;
    return std::nullopt;
  }
  // claim() takes the oldest due rows, which is the row chosen above: every older unfinished row
  // is not due.
  std::vector<domain::OutboxRow> claimed =
      transaction->outbox().claim(account, now, options_.lease, 1);
  if (claimed.empty() || claimed.front().id != *next_id) {
    why_not = DeliveryStep::nothing_due;
    return std::nullopt;
  }
  transaction->commit();
  return claimed.front();
}

DeliveryReport OutboxDelivery::deliver_next(const domain::AccountId& account,
                                            OutboxChannel& channel) {
  DeliveryStep why_not = DeliveryStep::nothing_due;
  std::optional<domain::OutboxRow> claimed = claim_next(account, why_not);
  if (!claimed) {
    return DeliveryReport{why_not, std::nullopt, ""};
  }
  const loader::CallResult result = channel.deliver(claimed->kind, claimed->payload_json);
  return result.ok() ? record_success(*claimed, result) : record_failure(*claimed, result);
}

DeliveryCounts OutboxDelivery::deliver_due(const domain::AccountId& account,
                                           OutboxChannel& channel) {
  DeliveryCounts counts;
  for (;;) {
    const DeliveryReport report = deliver_next(account, channel);
    switch (report.step) {
      case DeliveryStep::delivered:
        ++counts.delivered;
        break;
      case DeliveryStep::retry_scheduled:
        ++counts.retried;
        break;
      case DeliveryStep::failed:
        ++counts.failed;
        break;
      case DeliveryStep::claim_lost:
        ++counts.lost;
        break;
      case DeliveryStep::nothing_due:
      case DeliveryStep::account_busy:
      case DeliveryStep::waiting_for_retry:
        return counts;
    }
  }
}

DeliveryReport OutboxDelivery::record_success(const domain::OutboxRow& claimed,
                                              const loader::CallResult& result) {
  const DeliveryResult accepted = read_delivery_result(result.output);
  std::unique_ptr<store::Transaction> transaction = store_.begin_write();
  if (!transaction->outbox().mark_done(claimed, accepted.channel_reference, now_in_seconds())) {
    return DeliveryReport{DeliveryStep::claim_lost, claimed, ""};
  }
  record_acceptance(*transaction, claimed, accepted, options_.actor, now_in_seconds());
  transaction->commit();
  return DeliveryReport{DeliveryStep::delivered, claimed, accepted.message};
}

DeliveryReport OutboxDelivery::record_failure(const domain::OutboxRow& claimed,
                                              const loader::CallResult& result) {
  const std::string error = std::string(services::status_name(result.status)) +
                            (result.message.empty() ? "" : ": " + result.message);
  std::unique_ptr<store::Transaction> transaction = store_.begin_write();
  if (services::is_retryable(result.status) && claimed.attempts < options_.retry.max_attempts) {
    const std::chrono::milliseconds delay =
        retry_delay(options_.retry, claimed.attempts, result.retry_after, jitter_.fraction());
    if (!transaction->outbox().schedule_retry(claimed, retry_time(clock_.now(), delay), error)) {
      return DeliveryReport{DeliveryStep::claim_lost, claimed, error};
    }
    transaction->commit();
    return DeliveryReport{DeliveryStep::retry_scheduled, claimed, error};
  }
  const std::string final_error =
      services::is_retryable(result.status)
          ? "gave up after " + std::to_string(claimed.attempts) + " attempts: " + error
          : error;
  if (!transaction->outbox().mark_failed(claimed, final_error)) {
    return DeliveryReport{DeliveryStep::claim_lost, claimed, error};
  }
  record_refusal(*transaction, claimed, final_error, options_.actor, now_in_seconds());
  transaction->commit();
  return DeliveryReport{DeliveryStep::failed, claimed, final_error};
}

}  // namespace orderhub::pipeline
