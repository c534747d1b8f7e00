// sqlite_store.cpp: opening the database file, the connection pool, and the store-wide checks.
#include "store/sqlite/sqlite_store.h"

#include <filesystem>
#include <system_error>

#include "store/sqlite/migrations.h"
#include "store/sqlite/query_indexes.h"
#include "store/sqlite/sqlite_transaction.h"

namespace orderhub::store::sqlite {
namespace {

void create_parent_directory(const std::string& path) {
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (parent.empty()) {
    return;
  }
  std::error_code error;
  std::filesystem::create_directories(parent, error);
  if (error) {
    throw StoreError(StoreError::Kind::cannot_open, "cannot create the directory \"" +
                                                        parent.string() + "\" for the database \"" +
                                                        path + "\": " + error.message());
  }
}

}  // namespace

SqliteStore::SqliteStore(std::string path, const StoreOptions& options)
    : path_(std::move(path)), options_(options) {
  if (path_.empty() || path_ == ":memory:" || path_.starts_with("file:")) {
    throw StoreError(StoreError::Kind::cannot_open,
                     "the database location \"" + path_ + "\" is not a file path");
  }
  create_parent_directory(path_);
  auto connection = std::make_unique<Connection>(path_, options_.busy_timeout);
  migrate(*connection);
  ensure_query_indexes(*connection);
  release(std::move(connection));
}

std::unique_ptr<Connection> SqliteStore::acquire() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<Connection> connection = std::move(idle_.back());
      idle_.pop_back();
      return connection;
    }
  }
  return std::make_unique<Connection>(path_, options_.busy_timeout);
}

void SqliteStore::release(std::unique_ptr<Connection> connection) noexcept {
  // A connection still inside a transaction (its rollback failed) is not reused; closing it ends
  // the transaction.
  if (!connection || !connection->is_idle()) {
    return;
  }
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(connection));
}

std::unique_ptr<Transaction> SqliteStore::begin(bool writable) {
  return std::make_unique<SqliteTransaction>(*this, acquire(), writable);
}

std::unique_ptr<Transaction> SqliteStore::begin_read() {
  return begin(false);
}

std::unique_ptr<Transaction> SqliteStore::begin_write() {
  return begin(true);
}

std::vector<std::string> SqliteStore::check_integrity() {
  std::unique_ptr<Connection> connection = acquire();
  std::vector<std::string> problems;
  {
    Statement integrity = connection->prepare("PRAGMA integrity_check");
    while (integrity.step()) {
      if (integrity.text(0) != "ok") {
        problems.push_back(integrity.text(0));
      }
    }
    Statement references = connection->prepare("PRAGMA foreign_key_check");
    while (references.step()) {
      problems.push_back("row " + references.text(1) + " of table " + references.text(0) +
                         " refers to a missing row of table " + references.text(2));
    }
  }
  release(std::move(connection));
  return problems;
}

int SqliteStore::schema_version() {
  std::unique_ptr<Connection> connection = acquire();
  const int version = read_schema_version(*connection);
  release(std::move(connection));
  return version;
}

}  // namespace orderhub::store::sqlite
