// outbox.cpp: the outbox queue in SQLite: idempotent enqueue, leased claims, fenced outcome
// reports. Claims are safe across processes because they run in write transactions, which SQLite
// runs one at a time (BEGIN IMMEDIATE).
#include <algorithm>
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {
namespace {

constexpr std::string_view kSelectRows =
    "SELECT id, account, order_id, kind, idempotency_key, payload_json, state, attempts, "
    "next_attempt_at, lease_until, last_error, channel_reference, created_at, done_at FROM outbox ";

domain::OutboxRow read_row(const Statement& query) {
  domain::OutboxRow row;
  row.id = query.integer(0);
  row.account = read_account_id(query, 1);
  if (!query.is_null(2)) {
    row.order_id = domain::OrderId{query.integer(2)};
  }
  row.kind = parsed_column(query, 3, domain::parse_outbox_kind(query.text(3)));
  row.idempotency_key = query.text(4);
  row.payload_json = query.text(5);
  row.state = parsed_column(query, 6, domain::parse_outbox_state(query.text(6)));
  row.attempts = static_cast<int>(query.integer(7));
  row.next_attempt_at = query.timestamp(8);
  row.lease_until = query.optional_timestamp(9);
  row.last_error = query.text(10);
  row.channel_reference = query.text(11);
  row.created_at = query.timestamp(12);
  row.done_at = query.optional_timestamp(13);
  return row;
}

std::vector<domain::OutboxRow> read_rows(Statement& query) {
  std::vector<domain::OutboxRow> rows;
  while (query.step()) {
    rows.push_back(read_row(query));
  }
  return rows;
}

// The condition under which an outcome report applies: the row is still held by this claim.
constexpr std::string_view kStillClaimed = " WHERE id = ? AND state = 'in_flight' AND attempts = ?";

}  // namespace

EnqueueResult SqliteOutbox::enqueue(const domain::OutboxRequest& request) {
  Connection& connection = context_.writing("queueing an outbox row");
  require_known_account(connection, request.account, "queueing an outbox row");
  if (request.idempotency_key.empty()) {
    throw StoreError(StoreError::Kind::invalid_value, "queueing an outbox row for account \"" +
                                                          request.account.str() +
                                                          "\": the idempotency key is empty");
  }
  std::optional<std::int64_t> order_id;
  if (request.order_id) {
    require_known_order(connection, *request.order_id, "queueing an outbox row");
    order_id = request.order_id->value;
  }
  Statement insert = connection.prepare(
      "INSERT INTO outbox (account, order_id, kind, idempotency_key, payload_json, state, "
      "attempts, "
      "next_attempt_at, lease_until, last_error, channel_reference, created_at, done_at) "
      "VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, NULL, '', '', ?, NULL) "
      "ON CONFLICT (idempotency_key) DO NOTHING");
  insert.bind(request.account.str(), order_id, to_string(request.kind), request.idempotency_key,
              request.payload_json, request.not_before, request.created_at);
  insert.run("queueing outbox row \"" + request.idempotency_key + "\"");
  const bool inserted = connection.changes() > 0;
  std::optional<domain::OutboxRow> row = find_by_key(request.idempotency_key);
  if (!row) {
    throw StoreError(StoreError::Kind::database,
                     "queueing outbox row \"" + request.idempotency_key + "\": the row vanished");
  }
  return EnqueueResult{std::move(*row), inserted};
}

std::vector<domain::OutboxRow> SqliteOutbox::claim(const domain::AccountId& account,
                                                   domain::Timestamp now,
                                                   std::chrono::seconds lease, int limit) {
  Connection& connection = context_.writing("claiming outbox rows");
  Statement due =
      connection.prepare(std::string(kSelectRows) +
                         "WHERE account = ? AND ((state = 'pending' AND next_attempt_at <= ?) "
                         "OR (state = 'in_flight' AND lease_until <= ?)) ORDER BY id LIMIT ?");
  due.bind(account.str(), now, now, static_cast<std::int64_t>(limit));
  std::vector<domain::OutboxRow> rows = read_rows(due);

  const domain::Timestamp lease_until = now + lease;
  for (domain::OutboxRow& row : rows) {
    connection
        .prepare(
            "UPDATE outbox SET state = 'in_flight', lease_until = ?, attempts = attempts + 1 "
            "WHERE id = ?")
        .bind(lease_until, row.id)
        .run();
    row.state = domain::OutboxState::in_flight;
    row.lease_until = lease_until;
    row.attempts += 1;
  }
  return rows;
}

bool SqliteOutbox::mark_done(const domain::OutboxRow& claimed, std::string_view channel_reference,
                             domain::Timestamp now) {
  Connection& connection = context_.writing("marking an outbox row done");
  connection
      .prepare(
          "UPDATE outbox SET state = 'done', lease_until = NULL, done_at = ?, "
          "channel_reference = ?" +
          std::string(kStillClaimed))
      .bind(now, channel_reference, claimed.id, static_cast<std::int64_t>(claimed.attempts))
      .run();
  return connection.changes() > 0;
}

bool SqliteOutbox::schedule_retry(const domain::OutboxRow& claimed,
                                  domain::Timestamp next_attempt_at, std::string_view error) {
  Connection& connection = context_.writing("scheduling an outbox retry");
  connection
      .prepare(
          "UPDATE outbox SET state = 'pending', lease_until = NULL, next_attempt_at = ?, "
          "last_error = ?" +
          std::string(kStillClaimed))
      .bind(next_attempt_at, error, claimed.id, static_cast<std::int64_t>(claimed.attempts))
      .run();
  return connection.changes() > 0;
}

bool SqliteOutbox::mark_failed(const domain::OutboxRow& claimed, std::string_view error) {
  Connection& connection = context_.writing("marking an outbox row failed");
  connection
      .prepare("UPDATE outbox SET state = 'failed', lease_until = NULL, last_error = ?" +
               std::string(kStillClaimed))
      .bind(error, claimed.id, static_cast<std::int64_t>(claimed.attempts))
      .run();
  return connection.changes() > 0;
}

bool SqliteOutbox::resend(std::int64_t id, domain::Timestamp now) {
  Connection& connection = context_.writing("resending an outbox row");
  connection
      .prepare(
          "UPDATE outbox SET state = 'pending', next_attempt_at = ? "
          "WHERE id = ? AND state = 'failed'")
      .bind(now, id)
      .run();
  return connection.changes() > 0;
}

std::optional<domain::OutboxRow> SqliteOutbox::find(std::int64_t id) {
  Statement query = context_.reading().prepare(std::string(kSelectRows) + "WHERE id = ?");
  query.bind(id);
  if (!query.step()) {
    return std::nullopt;
  }
  return read_row(query);
}

std::optional<domain::OutboxRow> SqliteOutbox::find_by_key(std::string_view idempotency_key) {
  Statement query =
      context_.reading().prepare(std::string(kSelectRows) + "WHERE idempotency_key = ?");
  query.bind(idempotency_key);
  if (!query.step()) {
    return std::nullopt;
  }
  return read_row(query);
}

std::vector<domain::OutboxRow> SqliteOutbox::list(const OutboxFilter& filter) {
  std::string sql = std::string(kSelectRows) + "WHERE 1";
  if (filter.account) {
    sql += " AND account = ?";
  }
  if (filter.state) {
    sql += " AND state = ?";
  }
  if (filter.kind) {
    sql += " AND kind = ?";
  }
  if (filter.order_id) {
    sql += " AND order_id = ?";
  }
  sql += " ORDER BY id LIMIT ? OFFSET ?";
  Statement query = context_.reading().prepare(sql);
  int index = 0;
  if (filter.account) {
    query.bind_at(++index, filter.account->str());
  }
  if (filter.state) {
    query.bind_at(++index, to_string(*filter.state));
  }
  if (filter.kind) {
    query.bind_at(++index, to_string(*filter.kind));
  }
  if (filter.order_id) {
    query.bind_at(++index, filter.order_id->value);
  }
  query.bind_at(++index, static_cast<std::int64_t>(filter.limit));
  query.bind_at(++index, static_cast<std::int64_t>(filter.offset));
  return read_rows(query);
}

std::optional<domain::Timestamp> SqliteOutbox::next_due_at(const domain::AccountId& account) {
  Statement query = context_.reading().prepare(
      "SELECT min(CASE state WHEN 'pending' THEN next_attempt_at ELSE lease_until END) "
      "FROM outbox WHERE account = ? AND state IN ('pending', 'in_flight')");
  query.bind(account.str());
  query.step();
  return query.optional_timestamp(0);
}

}  // namespace orderhub::store::sqlite
