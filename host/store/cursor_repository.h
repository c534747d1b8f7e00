// cursor_repository.h: the download cursor of each account. Save it in the transaction that
// stores the orders it covers.
#pragma once

#include <optional>

#include "domain/download_cursor.h"
#include "domain/ids.h"

namespace orderhub::store {

class CursorRepository {
 public:
  virtual ~CursorRepository() = default;

  // Unset before the account's first download.
  virtual std::optional<domain::DownloadCursor> find(const domain::AccountId& account) = 0;
  // Creates or replaces the cursor of cursor.account.
  virtual void save(const domain::DownloadCursor& cursor) = 0;
};

}  // namespace orderhub::store
