// store_error.h: the one exception every store operation may throw. Store failures are rare and
// not something a caller can fix locally, so they unwind to the boundary (CLI command, API
// request, worker loop) that reports them; kind() lets that boundary tell them apart.
#pragma once

#include <stdexcept>
#include <string>

namespace orderhub::store {

class StoreError : public std::runtime_error {
 public:
  enum class Kind {
    cannot_open,     // the database cannot be created or opened (path, permissions, not a database)
    schema_too_new,  // the database was written by a newer orderhub
    busy,            // another writer held the database longer than the busy timeout
    not_found,       // a record the call names does not exist (the order to update, the account
                     // of a new order, the order of a new shipment)
    conflict,        // a uniqueness or reference rule refused the write
    invalid_value,   // the record cannot be stored as given (e.g. mixed currencies, unset id)
    misuse,          // a write in a read transaction, or use after commit
    corrupt,         // a stored value cannot be read back
    database,        // any other failure of the database itself
  };

  StoreError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}

  [[nodiscard]] Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

}  // namespace orderhub::store
