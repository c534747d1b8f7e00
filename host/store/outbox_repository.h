// outbox_repository.h: the durable queue of everything the hub sends to channels.
//
// Enqueue in the same write transaction as the change that causes the send. The worker claims due
// rows in a short write transaction of its own and commits it BEFORE calling the plugin; the lease
// keeps every other claimer away from those rows until it expires. After the call it reports the
// outcome, in another short transaction, passing back the row it claimed: the report only applies
// while that claim is still the current one (same attempts count, still in flight), so a worker
// whose lease ran out and whose row was claimed again cannot overwrite the newer claim's outcome.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ids.h"
#include "domain/outbox.h"
#include "domain/time.h"

namespace orderhub::store {

struct EnqueueResult {
  domain::OutboxRow row{};  // the new row, or the one already holding the idempotency key
  bool inserted = false;    // false: the key was already queued and nothing was written
};

struct OutboxFilter {
  std::optional<domain::AccountId> account{};
  std::optional<domain::OutboxState> state{};
  std::optional<domain::OutboxKind> kind{};
  std::optional<domain::OrderId> order_id{};
  int limit = 100;  // a negative limit means no limit
  int offset = 0;
};

class OutboxRepository {
 public:
  virtual ~OutboxRepository() = default;

  // Queues a pending row due at request.not_before. A request whose idempotency_key is already
  // queued (in any state) changes nothing and returns the existing row. Throws StoreError
  // not_found when the account or the order does not exist.
  virtual EnqueueResult enqueue(const domain::OutboxRequest& request) = 0;

  // Claims up to limit of the account's rows that are due at now (pending with
  // next_attempt_at <= now, or in flight with an expired lease), oldest first: each becomes
  // in_flight with lease_until = now + lease and attempts + 1. Returns them as claimed.
  virtual std::vector<domain::OutboxRow> claim(const domain::AccountId& account,
                                               domain::Timestamp now, std::chrono::seconds lease,
                                               int limit) = 0;

  // Outcome reports for a claimed row. Each returns false, changing nothing, when the claim is no
  // longer current (the lease expired and the row was claimed again, or it was already reported).
  // done: delivered; channel_reference is the channel's id for what was created (may be empty).
  virtual bool mark_done(const domain::OutboxRow& claimed, std::string_view channel_reference,
                         domain::Timestamp now) = 0;
  // Back to pending, due at next_attempt_at, keeping error as last_error.
  virtual bool schedule_retry(const domain::OutboxRow& claimed, domain::Timestamp next_attempt_at,
                              std::string_view error) = 0;
  // failed: given up on, listed with error until resent.
  virtual bool mark_failed(const domain::OutboxRow& claimed, std::string_view error) = 0;

  // Makes a failed row pending again, due at now. attempts keeps counting (it is the claim's
  // fencing token) and last_error is kept for reference. False when the row is not failed.
  virtual bool resend(std::int64_t id, domain::Timestamp now) = 0;

  virtual std::optional<domain::OutboxRow> find(std::int64_t id) = 0;
  virtual std::optional<domain::OutboxRow> find_by_key(std::string_view idempotency_key) = 0;
  // Rows matching the filter, by ascending id.
  virtual std::vector<domain::OutboxRow> list(const OutboxFilter& filter) = 0;
  // When the account's next row becomes claimable (earliest next_attempt_at of pending rows or
  // lease_until of in-flight rows); unset when nothing is waiting. Lets the worker sleep until
  // then.
  virtual std::optional<domain::Timestamp> next_due_at(const domain::AccountId& account) = 0;
};

}  // namespace orderhub::store
