// service_checks.cpp: reading back what the service did.
#include "service_checks.h"

#include <set>

namespace orderhub::testing {

std::map<std::string, int> received_counts(const nlohmann::json& received,
                                           const std::string& kind) {
  std::map<std::string, int> counts;
  for (const nlohmann::json& entry : received.at("received")) {
    if (entry.value("kind", "") == kind) {
      const nlohmann::json& id = entry.at("order_id");
      ++counts[id.is_string() ? id.get<std::string>() : id.dump()];
    }
  }
  return counts;
}

std::vector<domain::OutboxRow> outbox_rows(store::Store& store) {
  store::OutboxFilter every;
  every.limit = -1;
  return store.begin_read()->outbox().list(every);
}

std::vector<domain::Order> all_orders(store::Store& store) {
  store::OrderFilter every;
  every.limit = -1;
  return store.begin_read()->orders().list(every);
}

std::vector<std::string> store_problems(store::Store& store) {
  std::vector<std::string> problems = store.check_integrity();
  std::set<std::pair<std::string, std::string>> seen;
  for (const domain::Order& order : all_orders(store)) {
    if (!seen.insert({order.account.str(), order.channel_order_id.str()}).second) {
      problems.push_back("order " + order.channel_order_id.str() + " of " + order.account.str() +
                         " is stored twice");
    }
  }
  return problems;
}

}  // namespace orderhub::testing
