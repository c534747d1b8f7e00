// history_repository.h: the audit trail of each order; entries are only ever appended.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/history.h"
#include "domain/ids.h"

namespace orderhub::store {

class HistoryRepository {
 public:
  virtual ~HistoryRepository() = default;

  // Stores the event (its id is ignored) and returns its new id.
  virtual std::int64_t append(const domain::HistoryEvent& event) = 0;
  // The order's events, oldest first.
  virtual std::vector<domain::HistoryEvent> list(domain::OrderId order_id) = 0;
};

}  // namespace orderhub::store
