// connection.cpp: the SQLite C API behind Connection and Statement.
#include "store/sqlite/connection.h"

#include <sqlite3.h>

#include <thread>

namespace orderhub::store::sqlite {

struct Connection::CachedStatement {
  sqlite3_stmt* statement = nullptr;
  bool in_use = false;
};

StoreError::Kind error_kind(int result) {
  switch (result & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return StoreError::Kind::busy;
    case SQLITE_CONSTRAINT:
      return StoreError::Kind::conflict;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return StoreError::Kind::corrupt;
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return StoreError::Kind::cannot_open;
    default:
      return StoreError::Kind::database;
  }
}

// ---- Statement ----

Statement::Statement(Connection& connection, sqlite3_stmt* statement, bool* in_use)
    : connection_(&connection), statement_(statement), in_use_(in_use) {}

Statement::Statement(Statement&& other) noexcept
    : connection_(other.connection_), statement_(other.statement_), in_use_(other.in_use_) {
  other.statement_ = nullptr;
  other.in_use_ = nullptr;
}

Statement::~Statement() {
  if (statement_ == nullptr) {
    return;
  }
  if (in_use_ != nullptr) {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
    *in_use_ = false;
  } else {
    sqlite3_finalize(statement_);
  }
}

void Statement::check_bind(int result, int index) {
  if (result != SQLITE_OK) {
    connection_->fail(result, "binding parameter " + std::to_string(index) + " of \"" +
                                  std::string(sqlite3_sql(statement_)) + "\"");
  }
}

void Statement::bind_one(int index, std::int64_t value) {
  check_bind(sqlite3_bind_int64(statement_, index, value), index);
}

void Statement::bind_one(int index, std::string_view value) {
  // A default string_view has no data pointer, which SQLite would bind as NULL, not as "".
  const char* characters = value.data() != nullptr ? value.data() : "";
  check_bind(sqlite3_bind_text64(statement_, index, characters, value.size(), SQLITE_TRANSIENT,
                                 SQLITE_UTF8),
             index);
}

void Statement::bind_one(int index, Blob value) {
  // As for text: an empty value is an empty blob, never NULL.
  const char* bytes = value.bytes.data() != nullptr ? value.bytes.data() : "";
  check_bind(sqlite3_bind_blob64(statement_, index, bytes, value.bytes.size(), SQLITE_TRANSIENT),
             index);
}

void Statement::bind_one(int index, std::nullopt_t) {
  check_bind(sqlite3_bind_null(statement_, index), index);
}

void Statement::bind_one(int index, domain::Timestamp value) {
  bind_one(index, domain::format_timestamp(value));
}

void Statement::bind_one(int index, domain::Date value) {
  bind_one(index, domain::format_date(value));
}

bool Statement::step() {
  return step("running \"" + std::string(sqlite3_sql(statement_)) + "\"");
}

void Statement::run() {
  while (step()) {
  }
}

bool Statement::step(std::string_view doing) {
  const int result = sqlite3_step(statement_);
  if (result == SQLITE_ROW) {
    return true;
  }
  if (result == SQLITE_DONE) {
    return false;
  }
  connection_->fail(result, doing);
}

void Statement::run(std::string_view doing) {
  while (step(doing)) {
  }
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(statement_, column);
}

bool Statement::boolean(int column) const {
  return integer(column) != 0;
}

std::string Statement::text(int column) const {
  const auto* characters = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
  const int size = sqlite3_column_bytes(statement_, column);
  return characters == nullptr ? std::string()
                               : std::string(characters, static_cast<std::size_t>(size));
}

std::string Statement::blob(int column) const {
  const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement_, column));
  const int size = sqlite3_column_bytes(statement_, column);
  return bytes == nullptr ? std::string() : std::string(bytes, static_cast<std::size_t>(size));
}

std::optional<std::string> Statement::optional_text(int column) const {
  if (is_null(column)) {
    return std::nullopt;
  }
  return text(column);
}

std::string Statement::column_label(int column) const {
  const char* table = sqlite3_column_table_name(statement_, column);
  const char* name = sqlite3_column_name(statement_, column);
  std::string label = table == nullptr ? std::string() : std::string(table) + ".";
  return label + (name == nullptr ? "?" : name);
}

domain::Timestamp Statement::timestamp(int column) const {
  domain::Result<domain::Timestamp> parsed = domain::parse_timestamp(text(column));
  if (!parsed) {
    throw StoreError(StoreError::Kind::corrupt,
                     "stored value " + column_label(column) + ": " + parsed.error().message);
  }
  return *parsed;
}

std::optional<domain::Timestamp> Statement::optional_timestamp(int column) const {
  if (is_null(column)) {
    return std::nullopt;
  }
  return timestamp(column);
}

domain::Date Statement::date(int column) const {
  domain::Result<domain::Date> parsed = domain::parse_date(text(column));
  if (!parsed) {
    throw StoreError(StoreError::Kind::corrupt,
                     "stored value " + column_label(column) + ": " + parsed.error().message);
  }
  return *parsed;
}

std::optional<domain::Date> Statement::optional_date(int column) const {
  if (is_null(column)) {
    return std::nullopt;
  }
  return date(column);
}

// ---- Connection ----

Connection::Connection(const std::string& path, std::chrono::milliseconds busy_timeout)
    : path_(path), busy_timeout_(busy_timeout) {
  // NOMUTEX: a connection is used by one thread at a time (the store hands each transaction its
  // own), so SQLite's per-connection mutex would only cost time.
  const int result =
      sqlite3_open_v2(path.c_str(), &database_,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (result != SQLITE_OK) {
    const std::string reason =
        database_ != nullptr ? sqlite3_errmsg(database_) : sqlite3_errstr(result);
    sqlite3_close(database_);
    database_ = nullptr;
    throw StoreError(StoreError::Kind::cannot_open,
                     "cannot open the database \"" + path + "\": " + reason);
  }
  try {
    configure(busy_timeout);
  } catch (const StoreError& error) {
    sqlite3_close(database_);
    database_ = nullptr;
    if (error.kind() == StoreError::Kind::busy) {
      throw;
    }
    throw StoreError(StoreError::Kind::cannot_open,
                     "cannot open the database \"" + path + "\": " + error.what());
  }
}

Connection::~Connection() {
  for (auto& [sql, cached] : statements_) {
    sqlite3_finalize(cached->statement);
  }
  sqlite3_close(database_);
}

void Connection::configure(std::chrono::milliseconds busy_timeout) {
  sqlite3_busy_timeout(database_, static_cast<int>(busy_timeout.count()));
  if (sqlite3_db_readonly(database_, "main") == 1) {
    throw StoreError(StoreError::Kind::cannot_open, "the file is not writable");
  }

  // Switching to WAL takes an exclusive lock for a moment and is not covered by the busy handler,
  // so a process that opens the file while another one does retries here until the busy timeout.
  const auto deadline = std::chrono::steady_clock::now() + busy_timeout;
  while (true) {
    Statement mode = prepare("PRAGMA journal_mode = WAL");
    const int result = sqlite3_step(mode.statement_);
    if (result == SQLITE_ROW) {
      if (mode.text(0) != "wal") {
        throw StoreError(
            StoreError::Kind::cannot_open,
            "the database cannot use write-ahead logging (journal mode is " + mode.text(0) + ")");
      }
      break;
    }
    if ((result & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline) {
      fail(result, "switching to write-ahead logging");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  // FULL: a committed transaction survives power loss, not only a crash of the process.
  execute("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", "setting pragmas");
}

void Connection::execute(std::string_view sql, std::string_view doing) {
  const std::string text(sql);
  char* message = nullptr;
  const int result = sqlite3_exec(database_, text.c_str(), nullptr, nullptr, &message);
  sqlite3_free(message);
  if (result != SQLITE_OK) {
    fail(result, doing);
  }
}

bool Connection::rollback_quietly() noexcept {
  if (!is_idle()) {
    sqlite3_exec(database_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  return is_idle();
}

Statement Connection::prepare(std::string_view sql) {
  auto found = statements_.find(std::string(sql));
  if (found != statements_.end() && !found->second->in_use) {
    found->second->in_use = true;
    return Statement(*this, found->second->statement, &found->second->in_use);
  }
  sqlite3_stmt* statement = nullptr;
  const bool cache = found == statements_.end();
  const int result = sqlite3_prepare_v3(database_, sql.data(), static_cast<int>(sql.size()),
                                        cache ? SQLITE_PREPARE_PERSISTENT : 0, &statement, nullptr);
  if (result != SQLITE_OK) {
    fail(result, "preparing \"" + std::string(sql) + "\"");
  }
  if (!cache) {
    // The cached copy is busy (a statement used while another use of it is open): a one-off.
    return Statement(*this, statement, nullptr);
  }
  auto cached = std::make_unique<CachedStatement>();
  cached->statement = statement;
  cached->in_use = true;
  bool* in_use = &cached->in_use;
  statements_.emplace(std::string(sql), std::move(cached));
  return Statement(*this, statement, in_use);
}

std::int64_t Connection::last_insert_id() const {
  return sqlite3_last_insert_rowid(database_);
}

int Connection::changes() const {
  return sqlite3_changes(database_);
}

bool Connection::is_idle() const {
  return sqlite3_get_autocommit(database_) != 0;
}

void Connection::fail(int result, std::string_view doing) const {
  const std::string reason =
      database_ != nullptr ? sqlite3_errmsg(database_) : sqlite3_errstr(result);
  std::string message = std::string(doing) + ": " + reason;
  if ((result & 0xff) == SQLITE_BUSY) {
    message += " (another writer held the database longer than the busy timeout of " +
               std::to_string(busy_timeout_.count()) + " ms)";
  }
  throw StoreError(error_kind(result), message + " [database " + path_ + "]");
}

}  // namespace orderhub::store::sqlite
