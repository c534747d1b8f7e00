// rule_engine.h: running the enabled rules on orders, in their set order, once per order.
//
// After an order is first imported, every rule that was enabled at that moment is either
// evaluated at once (in the import's transaction) or, when the rule has a delay, scheduled; a
// scheduled evaluation runs on the next download, sync or `orderhub rules run` after it is due.
// Either way the (order, rule) pair is recorded, so re-downloading or updating the order never
// runs the rule again, and a rule enabled later never touches orders imported before.
// Each firing applies all of its actions or none (the draft is stored only when every action was
// accepted), and is written to the rule log; changes also go to the order's history.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/account.h"
#include "domain/ids.h"
#include "domain/order.h"
#include "domain/result.h"
#include "domain/time.h"
#include "pipeline/rules/rule_evaluation.h"
#include "store/store.h"

namespace orderhub::pipeline::order_rules {

struct RuleRunCounts {
  int evaluated = 0;  // rules looked at (matched or not)
  int applied = 0;    // firings whose actions were applied
  int skipped = 0;    // firings refused by the order state machine
  int scheduled = 0;  // evaluations put off by a rule's delay

  RuleRunCounts& operator+=(const RuleRunCounts& other);
};

// For a newly imported order, inside the import's write transaction.
RuleRunCounts run_rules_after_import(store::Transaction& transaction,
                                     const domain::Account& account, domain::OrderId order_id,
                                     domain::Timestamp now);

// The delayed evaluations that are due, one write transaction each.
RuleRunCounts run_due_rules(store::Store& store, domain::Timestamp now);

// Every enabled rule on each order now, in order, whatever ran before ("rules run --order").
domain::Result<RuleRunCounts> run_rules_by_hand(store::Store& store,
                                                const std::vector<domain::OrderId>& orders,
                                                domain::Timestamp now);

// What the rule would do to the order now; nothing is written.
struct RuleTestReport {
  domain::Order order{};               // as stored
  domain::OrderOverrides overrides{};  // as stored
  RuleEvaluation evaluation{};         // with the draft when it would apply
};
domain::Result<RuleTestReport> test_rule(store::Store& store, std::int64_t rule_id,
                                         domain::OrderId order_id, domain::Timestamp now);

}  // namespace orderhub::pipeline::order_rules
