// transaction_context.h: what the SQLite repositories share within one transaction: the
// connection, and the rules that a read transaction never writes and a finished one is not used.
#pragma once

#include <string>
#include <string_view>

#include "store/sqlite/connection.h"

namespace orderhub::store::sqlite {

class TransactionContext {
 public:
  TransactionContext(Connection& connection, bool writable)
      : connection_(connection), writable_(writable) {}

  // The connection for a read. Throws StoreError misuse after commit.
  Connection& reading() {
    require_open();
    return connection_;
  }
  // The connection for a write described by operation. Throws StoreError misuse in a read
  // transaction or after commit.
  Connection& writing(std::string_view operation) {
    require_open();
    if (!writable_) {
      throw StoreError(StoreError::Kind::misuse,
                       std::string(operation) + " needs a write transaction (Store::begin_write)");
    }
    return connection_;
  }

  [[nodiscard]] bool writable() const { return writable_; }
  [[nodiscard]] bool finished() const { return finished_; }
  void finish() { finished_ = true; }

 private:
  void require_open() const {
    if (finished_) {
      throw StoreError(StoreError::Kind::misuse, "the transaction was already committed");
    }
  }

  Connection& connection_;
  bool writable_;
  bool finished_ = false;
};

}  // namespace orderhub::store::sqlite
