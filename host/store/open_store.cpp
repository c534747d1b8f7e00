// open_store.cpp: the factory behind open_store(). A file path selects the SQLite backend, the
// only one so far; a PostgreSQL location would be recognised here.
#include <memory>

#include "store/sqlite/sqlite_store.h"
#include "store/store.h"

namespace orderhub::store {

std::unique_ptr<Store> open_store(const std::string& location, const StoreOptions& options) {
  return std::make_unique<sqlite::SqliteStore>(location, options);
}

}  // namespace orderhub::store
