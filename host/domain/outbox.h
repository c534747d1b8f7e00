// outbox.h: something the hub must send to a channel, written in the same transaction as the
// change that caused it and delivered later by the outbox worker, at least once, with an
// idempotency key that makes repeats harmless.
//
// Life of a row: pending -> (claimed) in_flight -> done, or back to pending with a later
// next_attempt_at (retry), or failed (permanent; can be resent, which makes it pending again).
// A claim holds a lease: until lease_until no other worker can claim the row; after it the row
// is claimable again, which covers a worker that died mid-delivery.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/ids.h"
#include "domain/result.h"
#include "domain/time.h"

namespace orderhub::domain {

enum class OutboxKind {
  shipment,         // "shipment"
  cancellation,     // "cancellation"
  refund,           // "refund"
  invoice,          // "invoice"
  inventory,        // "inventory"
  acknowledgement,  // "acknowledgement"
};

enum class OutboxState {
  pending,    // "pending": waiting for next_attempt_at
  in_flight,  // "in_flight": claimed by a worker until lease_until
  done,       // "done": delivered
  failed,     // "failed": given up; listed with last_error until resent
};

std::string_view to_string(OutboxKind kind);
std::string_view to_string(OutboxState state);
Result<OutboxKind> parse_outbox_kind(std::string_view text);
Result<OutboxState> parse_outbox_state(std::string_view text);

// What the pipeline asks to send.
struct OutboxRequest {
  AccountId account{};
  std::optional<OrderId> order_id{};  // unset for account-wide rows (inventory)
  OutboxKind kind = OutboxKind::shipment;
  std::string idempotency_key{};  // unique across the outbox; the same for every retry
  std::string payload_json{};     // the document for the plugin
  Timestamp not_before{};         // first attempt time; later than now for delayed uploads
  Timestamp created_at{};
};

struct OutboxRow {
  std::int64_t id = 0;
  AccountId account{};
  std::optional<OrderId> order_id{};
  OutboxKind kind = OutboxKind::shipment;
  std::string idempotency_key{};
  std::string payload_json{};
  OutboxState state = OutboxState::pending;
  int attempts = 0;  // claims so far; also the fencing token of the current claim
  Timestamp next_attempt_at{};
  std::optional<Timestamp> lease_until{};  // set while in_flight
  std::string last_error{};
  std::string channel_reference{};  // the channel's id for what was created, once done
  Timestamp created_at{};
  std::optional<Timestamp> done_at{};

  friend bool operator==(const OutboxRow&, const OutboxRow&) = default;
};

}  // namespace orderhub::domain
