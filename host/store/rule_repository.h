// rule_repository.h: the order rules in their running order, the rule log, and the bookkeeping
// that makes each rule run once per order (immediately, or later when the rule has a delay).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/ids.h"
#include "domain/rule.h"
#include "domain/time.h"

namespace orderhub::store {

struct RuleLogFilter {
  std::optional<domain::OrderId> order_id{};
  std::optional<std::int64_t> rule_id{};
};

// A rule's evaluation for one order that waits for its delay to pass.
struct PendingEvaluation {
  domain::OrderId order_id{};
  std::int64_t rule_id = 0;
  domain::Timestamp due_at{};

  friend bool operator==(const PendingEvaluation&, const PendingEvaluation&) = default;
};

class RuleRepository {
 public:
  virtual ~RuleRepository() = default;

  // Stores a new rule at the end of the running order; returns its id (rule.id and
  // rule.position are ignored).
  virtual std::int64_t add(const domain::StoredRule& rule) = 0;
  // Replaces the stored rule rule.id. Throws StoreError not_found when there is none.
  virtual void update(const domain::StoredRule& rule) = 0;
  virtual std::optional<domain::StoredRule> find(std::int64_t id) = 0;
  // Every rule in running order (ascending position, then id).
  virtual std::vector<domain::StoredRule> list() = 0;
  // Removes the rule and its pending evaluations; its log stays. False when there was none.
  virtual bool remove(std::int64_t id) = 0;

  virtual std::int64_t append_log(const domain::RuleLogEntry& entry) = 0;
  // Log entries, oldest first.
  virtual std::vector<domain::RuleLogEntry> list_log(const RuleLogFilter& filter) = 0;

  // Whether the rule was already evaluated for the order, or waits to be.
  virtual bool is_scheduled(domain::OrderId order_id, std::int64_t rule_id) = 0;
  // Records that the rule is evaluated for the order at due_at (now, or later for a delay).
  virtual void schedule(domain::OrderId order_id, std::int64_t rule_id,
                        domain::Timestamp due_at) = 0;
  // Records the evaluation as done.
  virtual void mark_evaluated(domain::OrderId order_id, std::int64_t rule_id,
                              domain::Timestamp at) = 0;
  // Evaluations not done yet whose time has come, by due time then order id.
  virtual std::vector<PendingEvaluation> due(domain::Timestamp now) = 0;
};

}  // namespace orderhub::store
