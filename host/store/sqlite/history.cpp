// history.cpp: the order audit trail in SQLite.
#include <string>

#include "store/sqlite/repositories.h"

namespace orderhub::store::sqlite {

std::int64_t SqliteHistory::append(const domain::HistoryEvent& event) {
  Connection& connection = context_.writing("recording order history");
  Statement insert = connection.prepare(
      "INSERT INTO order_history (order_id, at, actor, kind, summary, before_json, after_json) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(event.order_id.value, event.at, event.actor, event.kind, event.summary,
              event.before_json, event.after_json);
  insert.run("recording a \"" + event.kind + "\" event of order " +
             std::to_string(event.order_id.value));
  return connection.last_insert_id();
}

std::vector<domain::HistoryEvent> SqliteHistory::list(domain::OrderId order_id) {
  Statement query = context_.reading().prepare(
      "SELECT id, order_id, at, actor, kind, summary, before_json, after_json FROM order_history "
      "WHERE order_id = ? ORDER BY id");
  query.bind(order_id.value);
  std::vector<domain::HistoryEvent> events;
  while (query.step()) {
    events.push_back(domain::HistoryEvent{
        .id = query.integer(0),
        .order_id = domain::OrderId{query.integer(1)},
        .at = query.timestamp(2),
        .actor = query.text(3),
        .kind = query.text(4),
        .summary = query.text(5),
        .before_json = query.text(6),
        .after_json = query.text(7),
    });
  }
  return events;
}

}  // namespace orderhub::store::sqlite
