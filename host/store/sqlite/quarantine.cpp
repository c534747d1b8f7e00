// quarantine.cpp: orders that could not be imported, in SQLite.
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {

std::int64_t SqliteQuarantine::add(const domain::QuarantinedOrder& order) {
  Connection& connection = context_.writing("quarantining an order");
  require_known_account(connection, order.account, "quarantining an order");
  Statement insert = connection.prepare(
      "INSERT INTO quarantined_orders (account, channel_order_id, field, message, raw, at) "
      "VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(order.account.str(), order.channel_order_id, order.field, order.message, order.raw,
              order.at);
  insert.run("quarantining an order of account \"" + order.account.str() + "\"");
  return connection.last_insert_id();
}

std::vector<domain::QuarantinedOrder> SqliteQuarantine::list(
    const std::optional<domain::AccountId>& account) {
  const std::string sql = std::string(
                              "SELECT id, account, channel_order_id, field, message, raw, at "
                              "FROM quarantined_orders ") +
                          (account ? "WHERE account = ? " : "") + "ORDER BY id DESC";
  Statement query = context_.reading().prepare(sql);
  if (account) {
    query.bind(account->str());
  }
  std::vector<domain::QuarantinedOrder> orders;
  while (query.step()) {
    orders.push_back(domain::QuarantinedOrder{
        .id = query.integer(0),
        .account = read_account_id(query, 1),
        .channel_order_id = query.optional_text(2),
        .field = query.text(3),
        .message = query.text(4),
        .raw = query.text(5),
        .at = query.timestamp(6),
    });
  }
  return orders;
}

}  // namespace orderhub::store::sqlite
