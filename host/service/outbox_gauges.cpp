// outbox_gauges.cpp: outbox depth and age for /metrics.
#include "service/outbox_gauges.h"

#include <algorithm>

namespace orderhub::service {
namespace {

std::vector<domain::OutboxRow> rows_in(store::Store& store, domain::OutboxState state) {
  store::OutboxFilter filter;
  filter.state = state;
  filter.limit = -1;
  return store.begin_read()->outbox().list(filter);
}

}  // namespace

void add_outbox_gauges(http::Metrics& metrics, store::Store& store) {
  metrics.add_gauge("orderhub_outbox_rows", "Outbox rows not delivered yet, by state",
                    [&store](std::vector<std::pair<http::Labels, double>>& values) {
                      for (const domain::OutboxState state :
                           {domain::OutboxState::pending, domain::OutboxState::in_flight,
                            domain::OutboxState::failed}) {
                        values.push_back({{{"state", std::string(to_string(state))}},
                                          static_cast<double>(rows_in(store, state).size())});
                      }
                    });
  metrics.add_gauge(
      "orderhub_outbox_oldest_age_seconds",
      "Age of the oldest outbox row still to deliver (pending or in flight); 0 when none",
      [&store](std::vector<std::pair<http::Labels, double>>& values) {
        const auto now = std::chrono::system_clock::now();
        double oldest = 0;
        for (const domain::OutboxState state :
             {domain::OutboxState::pending, domain::OutboxState::in_flight}) {
          for (const domain::OutboxRow& row : rows_in(store, state)) {
            oldest = std::max(oldest, std::chrono::duration<double>(now - row.created_at).count());
          }
        }
        values.push_back({{}, oldest});
      });
}

}  // namespace orderhub::service
