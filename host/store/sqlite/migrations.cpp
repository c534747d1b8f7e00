// migrations.cpp: applying the migrations and checking a database's schema version.
#include "store/sqlite/migrations.h"

#include <string>

#include "store/sqlite/connection.h"
#include "store/sqlite/schema_v1.h"
#include "store/sqlite/schema_v2.h"
#include "store/sqlite/schema_v3.h"

namespace orderhub::store::sqlite {
namespace {

constexpr Migration kMigrations[] = {
    {1,
     "orders, lines, fulfilment records, history, accounts, mappings, quarantine, outbox, "
     "cursors, inventory, plugin state",
     kSchemaVersion1},
    {2, "order rules, rule log, per-order overrides and custom fields, order costs",
     kSchemaVersion2},
    {3, "host settings, invoice numbers, rendered invoices", kSchemaVersion3},
};

bool has_version_table(Connection& connection) {
  Statement query = connection.prepare(
      "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'");
  return query.step();
}

void refuse_if_newer(Connection& connection, int version) {
  if (version > latest_schema_version()) {
    throw StoreError(StoreError::Kind::schema_too_new,
                     "the database \"" + connection.path() + "\" has schema version " +
                         std::to_string(version) + " but this orderhub knows versions up to " +
                         std::to_string(latest_schema_version()) +
                         ": it was written by a newer orderhub; run that version or a later one");
  }
}

}  // namespace

std::span<const Migration> migrations() {
  return kMigrations;
}

int latest_schema_version() {
  return migrations().back().version;
}

int read_schema_version(Connection& connection) {
  if (!has_version_table(connection)) {
    return 0;
  }
  Statement query = connection.prepare("SELECT version FROM schema_version");
  if (!query.step()) {
    return 0;
  }
  const auto version = static_cast<int>(query.integer(0));
  if (query.step()) {
    throw StoreError(StoreError::Kind::corrupt, "the database \"" + connection.path() +
                                                    "\" has more than one schema_version row");
  }
  return version;
}

void migrate(Connection& connection) {
  // Most opens find the schema current: check without taking the write lock first.
  const int seen = read_schema_version(connection);
  refuse_if_newer(connection, seen);
  if (seen == latest_schema_version()) {
    return;
  }

  connection.execute("BEGIN IMMEDIATE", "starting the schema migration");
  try {
    // Another process may have migrated between the check and the lock.
    const int current = read_schema_version(connection);
    refuse_if_newer(connection, current);
    if (current == 0) {
      connection.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL) STRICT",
          "creating schema_version");
    }
    for (const Migration& migration : migrations()) {
      if (migration.version > current) {
        connection.execute(migration.sql, "applying schema migration " +
                                              std::to_string(migration.version) + " (" +
                                              std::string(migration.summary) + ")");
      }
    }
    connection.execute("DELETE FROM schema_version", "recording the schema version");
    connection.prepare("INSERT INTO schema_version (version) VALUES (?)")
        .bind(latest_schema_version())
        .run();
    connection.execute("COMMIT", "committing the schema migration");
  } catch (...) {
    connection.rollback_quietly();
    throw;
  }
}

}  // namespace orderhub::store::sqlite
