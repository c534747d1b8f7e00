// store.h: the hub's durable state, behind one interface that each database backend implements
// (SQLite, embedded, today). Callers work through transactions (transaction.h); every store
// operation reports failure by throwing StoreError (store_error.h).
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "store/store_error.h"
#include "store/transaction.h"

namespace orderhub::store {

class Store {
 public:
  virtual ~Store() = default;

  // A snapshot for reading: sees what was committed when its first read ran.
  virtual std::unique_ptr<Transaction> begin_read() = 0;
  // A transaction for writing. Writers run one at a time across threads and processes: this waits
  // (up to the busy timeout, then throws StoreError busy) while another writer is active.
  virtual std::unique_ptr<Transaction> begin_write() = 0;

  // The database's own consistency checks; empty when everything is in order, else one line
  // per problem found.
  virtual std::vector<std::string> check_integrity() = 0;
  // The schema version of the open database.
  virtual int schema_version() = 0;
};

struct StoreOptions {
  // How long a writer waits for another writer to finish before giving up.
  std::chrono::milliseconds busy_timeout{10'000};
};

// Opens the database at location (a file path), creating it and its parent directories when
// missing and bringing its schema up to date. Throws StoreError cannot_open (with the path and the
// reason) when the path cannot be created or written, schema_too_new when the database comes from
// a newer orderhub. The Store is safe to share between threads.
std::unique_ptr<Store> open_store(const std::string& location, const StoreOptions& options = {});

// Runs work(Transaction&) in a write transaction and commits it when work returns; an exception
// from work rolls everything back and propagates. Returns what work returns.
template <class Work>
decltype(auto) in_write_transaction(Store& store, Work&& work) {
  std::unique_ptr<Transaction> transaction = store.begin_write();
  if constexpr (std::is_void_v<decltype(work(*transaction))>) {
    std::forward<Work>(work)(*transaction);
    transaction->commit();
  } else {
    auto result = std::forward<Work>(work)(*transaction);
    transaction->commit();
    return result;
  }
}

// Runs work(Transaction&) in a read transaction and returns what it returns.
template <class Work>
decltype(auto) in_read_transaction(Store& store, Work&& work) {
  std::unique_ptr<Transaction> transaction = store.begin_read();
  return std::forward<Work>(work)(*transaction);
}

}  // namespace orderhub::store
