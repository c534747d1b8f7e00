// connection.h: RAII ownership of one SQLite connection and its prepared statements, and the
// translation of SQLite result codes into StoreError. Nothing outside host/store/sqlite/ sees
// these types.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "domain/time.h"
#include "store/store_error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace orderhub::store::sqlite {

class Connection;

// Bytes to bind as a BLOB rather than TEXT.
struct Blob {
  std::string_view bytes;
};

// A prepared statement in use. Binds parameters in order, steps through rows and reads columns;
// on destruction it is reset for the next use (cached) or finalized (one-off).
class Statement {
 public:
  Statement(Connection& connection, sqlite3_stmt* statement, bool* in_use);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;

  // Binds values to parameters 1, 2, ... in order.
  template <class... Values>
  Statement& bind(const Values&... values) {
    int index = 0;
    (bind_one(++index, values), ...);
    return *this;
  }

  // Binds one value to parameter index (from 1).
  template <class Value>
  Statement& bind_at(int index, const Value& value) {
    bind_one(index, value);
    return *this;
  }

  // Advances to the next row: true when there is one, false when the statement is done.
  bool step();
  // Runs a statement that returns no rows.
  void run();
  // The same, where a failure's message says what was being done (`storing order "1001" of
  // account "shop"`) instead of quoting the SQL.
  bool step(std::string_view doing);
  void run(std::string_view doing);

  // Columns of the current row, counted from 0. Reading a value that does not parse (a timestamp,
  // a date) throws StoreError corrupt naming the column.
  [[nodiscard]] bool is_null(int column) const;
  [[nodiscard]] std::int64_t integer(int column) const;
  [[nodiscard]] bool boolean(int column) const;
  [[nodiscard]] std::string text(int column) const;
  [[nodiscard]] std::string blob(int column) const;
  [[nodiscard]] std::optional<std::string> optional_text(int column) const;
  [[nodiscard]] domain::Timestamp timestamp(int column) const;
  [[nodiscard]] std::optional<domain::Timestamp> optional_timestamp(int column) const;
  [[nodiscard]] domain::Date date(int column) const;
  [[nodiscard]] std::optional<domain::Date> optional_date(int column) const;
  // "orders.status": for messages about a bad stored value.
  [[nodiscard]] std::string column_label(int column) const;

 private:
  friend class Connection;

  void bind_one(int index, std::int64_t value);
  void bind_one(int index, int value) { bind_one(index, static_cast<std::int64_t>(value)); }
  void bind_one(int index, bool value) {
    bind_one(index, static_cast<std::int64_t>(value ? 1 : 0));
  }
  void bind_one(int index, std::string_view value);
  void bind_one(int index, const std::string& value) { bind_one(index, std::string_view(value)); }
  void bind_one(int index, const char* value) { bind_one(index, std::string_view(value)); }
  void bind_one(int index, Blob value);
  void bind_one(int index, std::nullopt_t);
  void bind_one(int index, domain::Timestamp value);
  void bind_one(int index, domain::Date value);
  template <class Value>
  void bind_one(int index, const std::optional<Value>& value) {
    if (value) {
      bind_one(index, *value);
    } else {
      bind_one(index, std::nullopt);
    }
  }
  void check_bind(int result, int index);

  Connection* connection_;
  sqlite3_stmt* statement_;
  bool* in_use_;  // the cache slot's flag, or nullptr for a one-off statement
};

class Connection {
 public:
  // Opens (creating if needed) the database file and sets the pragmas every connection needs.
  // Throws StoreError cannot_open with the path and SQLite's reason.
  Connection(const std::string& path, std::chrono::milliseconds busy_timeout);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs SQL text that may hold several statements and returns no rows.
  void execute(std::string_view sql, std::string_view doing);
  // Rolls back the open transaction, if any, ignoring failure: used while unwinding, when the
  // first error is the one worth reporting. False when the connection is still in a transaction.
  bool rollback_quietly() noexcept;
  // A statement for sql, prepared once per connection and reused.
  Statement prepare(std::string_view sql);

  [[nodiscard]] std::int64_t last_insert_id() const;
  // Rows changed by the most recent INSERT, UPDATE or DELETE.
  [[nodiscard]] int changes() const;
  // False while a transaction is open.
  [[nodiscard]] bool is_idle() const;
  [[nodiscard]] const std::string& path() const { return path_; }

  // Throws the StoreError matching result, saying what was being done and SQLite's message.
  [[noreturn]] void fail(int result, std::string_view doing) const;

 private:
  struct CachedStatement;
  void configure(std::chrono::milliseconds busy_timeout);

  std::string path_;
  sqlite3* database_ = nullptr;
  std::chrono::milliseconds busy_timeout_;
  std::unordered_map<std::string, std::unique_ptr<CachedStatement>> statements_;
};

// The StoreError kind for an SQLite result code.
StoreError::Kind error_kind(int result);

}  // namespace orderhub::store::sqlite
