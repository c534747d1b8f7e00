// orders.cpp: orders and their lines in SQLite, including the idempotent import upsert.
#include <algorithm>
#include <string>

#include "store/sqlite/order_columns.h"
#include "store/sqlite/repositories.h"

namespace orderhub::store::sqlite {
namespace {

const ColumnNames& order_column_names() {
  static const ColumnNames names = [] {
    ColumnNames collected;
    const domain::Order order;
    visit_order_columns(order, collected);
    return collected;
  }();
  return names;
}

const ColumnNames& line_column_names() {
  static const ColumnNames names = [] {
    ColumnNames collected;
    const domain::OrderLine line;
    visit_line_columns(line, collected);
    return collected;
  }();
  return names;
}

// "SELECT id, <columns> FROM orders " to which a WHERE clause is appended.
const std::string& select_orders() {
  static const std::string sql = "SELECT id, " + order_column_names().joined() + " FROM orders ";
  return sql;
}

std::string describe(const domain::Order& order) {
  return "order \"" + order.channel_order_id.str() + "\" of account \"" + order.account.str() +
         "\"";
}

// Refuses an order the schema cannot hold faithfully.
void check_storable(Connection& connection, const domain::Order& order, std::string_view doing) {
  require_known_account(connection, order.account, doing);
  if (order.channel_order_id.empty()) {
    throw StoreError(StoreError::Kind::invalid_value,
                     std::string(doing) + ": the channel order id is empty");
  }
  if (std::optional<domain::Error> error = domain::check_currencies(order)) {
    throw StoreError(StoreError::Kind::invalid_value, std::string(doing) + ": " + error->message);
  }
}

std::vector<domain::OrderLine> read_lines(Connection& connection, domain::OrderId id,
                                          domain::Currency currency) {
  static const std::string sql = "SELECT " + line_column_names().joined() +
                                 " FROM order_lines WHERE order_id = ? ORDER BY position";
  Statement query = connection.prepare(sql);
  query.bind(id.value);
  std::vector<domain::OrderLine> lines;
  while (query.step()) {
    domain::OrderLine line;
    visit_line_columns(line, ColumnReader(query, 0, currency));
    lines.push_back(std::move(line));
  }
  return lines;
}

void write_lines(Connection& connection, domain::OrderId id, const domain::Order& order) {
  connection.prepare("DELETE FROM order_lines WHERE order_id = ?").bind(id.value).run();
  static const std::string sql = "INSERT INTO order_lines (order_id, position, " +
                                 line_column_names().joined() + ") VALUES (?, ?, " +
                                 line_column_names().placeholders() + ")";
  for (std::size_t position = 0; position < order.lines.size(); ++position) {
    Statement insert = connection.prepare(sql);
    insert.bind(id.value, static_cast<std::int64_t>(position));
    visit_line_columns(order.lines[position], ColumnBinder(insert, 2));
    insert.run("storing line \"" + order.lines[position].line_id + "\" of " + describe(order));
  }
}

// The lines of several orders in one query (a page of the list would otherwise cost a query per
// order); orders is sorted by id.
void read_lines_of(Connection& connection, std::vector<domain::Order>& orders) {
  static const std::string sql =
      "SELECT order_id, " + line_column_names().joined() +
      " FROM order_lines WHERE order_id IN (SELECT value FROM json_each(?))"
      " ORDER BY order_id, position";
  std::string ids = "[";
  for (const domain::Order& order : orders) {
    ids += (ids.size() > 1 ? "," : "") + std::to_string(order.id.value);
  }
  ids += "]";
  Statement query = connection.prepare(sql);
  query.bind(ids);
  auto order = orders.begin();
  while (query.step()) {
    const std::int64_t order_id = query.integer(0);
    while (order != orders.end() && order->id.value < order_id) {
      ++order;
    }
    if (order == orders.end()) {
      break;
    }
    if (order->id.value != order_id) {
      continue;
    }
    domain::OrderLine line;
    visit_line_columns(line, ColumnReader(query, 1, order->currency));
    order->lines.push_back(std::move(line));
  }
}

// Reads the orders a query returns, each with its lines.
std::vector<domain::Order> read_orders(Connection& connection, Statement& query) {
  std::vector<domain::Order> orders;
  while (query.step()) {
    domain::Order order;
    order.id = domain::OrderId{query.integer(0)};
    visit_order_columns(order, ColumnReader(query, 1));
    orders.push_back(std::move(order));
  }
  const bool sorted_by_id = std::is_sorted(
      orders.begin(), orders.end(), [](const domain::Order& left, const domain::Order& right) {
        return left.id.value < right.id.value;
      });
  if (orders.size() > 1 && sorted_by_id) {
    read_lines_of(connection, orders);
    return orders;
  }
  for (domain::Order& order : orders) {
    order.lines = read_lines(connection, order.id, order.currency);
  }
  return orders;
}

std::optional<domain::Order> single(std::vector<domain::Order> orders) {
  if (orders.empty()) {
    return std::nullopt;
  }
  return std::move(orders.front());
}

domain::OrderId insert(Connection& connection, const domain::Order& order) {
  static const std::string sql = "INSERT INTO orders (" + order_column_names().joined() +
                                 ") VALUES (" + order_column_names().placeholders() + ")";
  Statement statement = connection.prepare(sql);
  visit_order_columns(order, ColumnBinder(statement, 0));
  statement.run("storing " + describe(order));
  const domain::OrderId id{connection.last_insert_id()};
  write_lines(connection, id, order);
  return id;
}

void replace(Connection& connection, domain::OrderId id, const domain::Order& order) {
  static const std::string sql = "UPDATE orders SET (" + order_column_names().joined() + ") = (" +
                                 order_column_names().placeholders() + ") WHERE id = ?";
  Statement statement = connection.prepare(sql);
  ColumnBinder binder(statement, 0);
  visit_order_columns(order, binder);
  statement.bind_at(binder.last_index() + 1, id.value);
  statement.run("updating " + describe(order));
  if (connection.changes() == 0) {
    throw StoreError(StoreError::Kind::not_found,
                     "updating order " + std::to_string(id.value) + ": there is no such order");
  }
  write_lines(connection, id, order);
}

// " WHERE ..." for a filter, and binding its values in the same order.
std::string where_clause(const OrderFilter& filter) {
  std::string clause = "WHERE 1";
  if (filter.account) {
    clause += " AND account = ?";
  }
  if (filter.status) {
    clause += " AND status = ?";
  }
  if (filter.plugin_id) {
    clause += " AND account IN (SELECT id FROM accounts WHERE plugin_id = ?)";
  }
  if (filter.shipping_status) {
    clause += " AND shipping_status = ?";
  }
  if (filter.payment_status) {
    clause += " AND payment_status = ?";
  }
  if (filter.created_from) {
    clause += " AND created_at >= ?";
  }
  if (filter.created_until) {
    clause += " AND created_at < ?";
  }
  if (filter.after_id) {
    clause += " AND id > ?";
  }
  if (!filter.search.empty()) {
    clause +=
        " AND (channel_order_id = ? OR instr(lower(buyer_name), lower(?)) > 0"
        " OR instr(lower(buyer_email), lower(?)) > 0"
        " OR id IN (SELECT order_id FROM order_lines WHERE sku = ?))";
  }
  return clause;
}

int bind_filter(Statement& statement, const OrderFilter& filter) {
  int index = 0;
  if (filter.account) {
    statement.bind_at(++index, filter.account->str());
  }
  if (filter.status) {
    statement.bind_at(++index, to_string(*filter.status));
  }
  if (filter.plugin_id) {
    statement.bind_at(++index, *filter.plugin_id);
  }
  if (filter.shipping_status) {
    statement.bind_at(++index, to_string(*filter.shipping_status));
  }
  if (filter.payment_status) {
    statement.bind_at(++index, to_string(*filter.payment_status));
  }
  if (filter.created_from) {
    statement.bind_at(++index, *filter.created_from);
  }
  if (filter.created_until) {
    statement.bind_at(++index, *filter.created_until);
  }
  if (filter.after_id) {
    statement.bind_at(++index, *filter.after_id);
  }
  if (!filter.search.empty()) {
    for (int repeat = 0; repeat < 4; ++repeat) {
      statement.bind_at(++index, filter.search);
    }
  }
  return index;
}

}  // namespace

std::optional<domain::Order> SqliteOrders::find(domain::OrderId id) {
  Connection& connection = context_.reading();
  Statement query = connection.prepare(select_orders() + "WHERE id = ?");
  query.bind(id.value);
  return single(read_orders(connection, query));
}

std::optional<domain::Order> SqliteOrders::find(const domain::AccountId& account,
                                                const domain::ChannelOrderId& channel_order_id) {
  Connection& connection = context_.reading();
  Statement query =
      connection.prepare(select_orders() + "WHERE account = ? AND channel_order_id = ?");
  query.bind(account.str(), channel_order_id.str());
  return single(read_orders(connection, query));
}

UpsertResult SqliteOrders::upsert_imported(const domain::Order& order) {
  Connection& connection = context_.writing("importing an order");
  check_storable(connection, order, "importing " + describe(order));

  std::optional<domain::Order> stored = find(order.account, order.channel_order_id);
  if (!stored) {
    return UpsertResult{insert(connection, order), UpsertOutcome::inserted, std::nullopt};
  }

  domain::Order incoming = order;
  incoming.id = stored->id;
  incoming.imported_at = stored->imported_at;
  if (incoming == *stored) {
    return UpsertResult{stored->id, UpsertOutcome::unchanged, std::move(stored)};
  }
  replace(connection, stored->id, incoming);
  return UpsertResult{stored->id, UpsertOutcome::updated, std::move(stored)};
}

void SqliteOrders::update(const domain::Order& order) {
  Connection& connection = context_.writing("updating an order");
  check_storable(connection, order, "updating " + describe(order));
  replace(connection, order.id, order);
}

std::vector<domain::Order> SqliteOrders::list(const OrderFilter& filter) {
  Connection& connection = context_.reading();
  // With an offset, the rows skipped are counted in the filter's index where it has one rather
  // than stepped over in the table, whose rows are whole orders.
  Statement query = connection.prepare(
      filter.offset > 0 ? select_orders() + "WHERE id IN (SELECT id FROM orders " +
                              where_clause(filter) + " ORDER BY id LIMIT ? OFFSET ?) ORDER BY id"
                        : select_orders() + where_clause(filter) + " ORDER BY id LIMIT ? OFFSET ?");
  const int index = bind_filter(query, filter);
  query.bind_at(index + 1, static_cast<std::int64_t>(filter.limit));
  query.bind_at(index + 2, static_cast<std::int64_t>(filter.offset));
  return read_orders(connection, query);
}

std::int64_t SqliteOrders::count(const OrderFilter& filter) {
  Statement query =
      context_.reading().prepare("SELECT count(*) FROM orders " + where_clause(filter));
  bind_filter(query, filter);
  query.step();
  return query.integer(0);
}

}  // namespace orderhub::store::sqlite
