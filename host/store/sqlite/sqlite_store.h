// sqlite_store.h: the SQLite backend of Store. One database file; a pool of connections so that
// threads can hold transactions at the same time (readers run concurrently under WAL, writers one
// at a time); each transaction borrows a connection and gives it back when it ends.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/sqlite/connection.h"
#include "store/store.h"

namespace orderhub::store::sqlite {

class SqliteStore final : public Store {
 public:
  // Creates parent directories, opens the file, migrates it. See open_store().
  SqliteStore(std::string path, const StoreOptions& options);

  std::unique_ptr<Transaction> begin_read() override;
  std::unique_ptr<Transaction> begin_write() override;
  std::vector<std::string> check_integrity() override;
  int schema_version() override;

  // Pool: a connection for one transaction, and its return.
  std::unique_ptr<Connection> acquire();
  void release(std::unique_ptr<Connection> connection) noexcept;

 private:
  std::unique_ptr<Transaction> begin(bool writable);

  std::string path_;
  StoreOptions options_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

}  // namespace orderhub::store::sqlite
