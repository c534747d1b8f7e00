// query_indexes.cpp: the order list's indexes; see query_indexes.h.
#include "store/sqlite/query_indexes.h"

#include <string>
#include <vector>

#include "store/sqlite/connection.h"

namespace orderhub::store::sqlite {
namespace {

struct QueryIndex {
  const char* name;
  const char* definition;
};

// Each one lets a filter of GET /api/v1/orders walk its matches in id order (SQLite keeps an
// index's equal keys in rowid order), so that a page stops after `limit` rows instead of sorting
// every match.
constexpr QueryIndex kQueryIndexes[] = {
    {"orders_by_account", "orders (account)"},
    {"orders_by_shipping_status", "orders (shipping_status)"},
    {"orders_by_payment_status", "orders (payment_status)"},
    {"orders_by_statuses", "orders (status, shipping_status, payment_status)"},
    {"orders_by_created_at", "orders (created_at)"},
    {"order_lines_by_sku", "order_lines (sku)"},
};

std::vector<const QueryIndex*> missing_indexes(Connection& connection) {
  std::vector<const QueryIndex*> missing;
  for (const QueryIndex& index : kQueryIndexes) {
    Statement query =
        connection.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?");
    query.bind(index.name);
    if (!query.step()) {
      missing.push_back(&index);
    }
  }
  return missing;
}

}  // namespace

void ensure_query_indexes(Connection& connection) {
  if (missing_indexes(connection).empty()) {
    return;
  }
  connection.execute("BEGIN IMMEDIATE", "starting to create the query indexes");
  try {
    for (const QueryIndex* index : missing_indexes(connection)) {
      connection.execute(
          std::string("CREATE INDEX IF NOT EXISTS ") + index->name + " ON " + index->definition,
          std::string("creating the index ") + index->name);
    }
    connection.execute("COMMIT", "committing the query indexes");
  } catch (...) {
    connection.rollback_quietly();
    throw;
  }
}

}  // namespace orderhub::store::sqlite
