// quarantine_repository.h: downloaded orders that could not be imported, with the reason.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/ids.h"
#include "domain/quarantine.h"

namespace orderhub::store {

class QuarantineRepository {
 public:
  virtual ~QuarantineRepository() = default;

  // Stores the entry (its id is ignored) and returns its new id.
  virtual std::int64_t add(const domain::QuarantinedOrder& order) = 0;
  // Entries of one account, or of all when account is unset; newest first.
  virtual std::vector<domain::QuarantinedOrder> list(
      const std::optional<domain::AccountId>& account) = 0;
};

}  // namespace orderhub::store
