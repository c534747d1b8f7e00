// sqlite_transaction.cpp: beginning, committing and rolling back an SQLite transaction.
#include "store/sqlite/sqlite_transaction.h"

namespace orderhub::store::sqlite {

SqliteTransaction::SqliteTransaction(SqliteStore& store, std::unique_ptr<Connection> connection,
                                     bool writable)
    : store_(store), connection_(std::move(connection)), context_(*connection_, writable) {
  try {
    connection_->execute(writable ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED",
                         writable ? "starting a write transaction" : "starting a read transaction");
  } catch (...) {
    store_.release(std::move(connection_));
    throw;
  }
}

SqliteTransaction::~SqliteTransaction() {
  if (!connection_) {
    return;
  }
  // Not committed: everything done in this transaction is undone.
  connection_->rollback_quietly();
  store_.release(std::move(connection_));
}

void SqliteTransaction::commit() {
  if (context_.finished()) {
    throw StoreError(StoreError::Kind::misuse, "the transaction was already committed");
  }
  connection_->execute("COMMIT", "committing");
  context_.finish();
}

}  // namespace orderhub::store::sqlite
