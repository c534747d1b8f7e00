// rule_engine.cpp: choosing which rules run on which order and storing what they do.
#include "pipeline/rules/rule_engine.h"

#include <spdlog/spdlog.h>

#include "pipeline/rules/rule_document.h"
#include "pipeline/rules/rule_log.h"

namespace orderhub::pipeline::order_rules {
namespace {

constexpr const char* kImportTrigger = "import";
constexpr const char* kDelayedTrigger = "delayed";
constexpr const char* kManualTrigger = "manual";

// Evaluates one stored rule on one order in the transaction, stores what it did and counts it.
RuleRunCounts evaluate_and_store(store::Transaction& transaction, const domain::StoredRule& rule,
                                 const domain::Account& account, domain::OrderId order_id,
                                 const std::string& trigger, domain::Timestamp now) {
  RuleRunCounts counts;
  transaction.rules().mark_evaluated(order_id, rule.id, now);
  auto document = parse_rule_document(rule.document_json);
  if (!document) {
    // Documents are checked when added; one that no longer reads is reported, never half-run.
    spdlog::error("rule {} cannot be read and was not run on order {}: {}", rule.id, order_id.value,
                  document.error().message);
    return counts;
  }
  const std::optional<domain::Order> order = transaction.orders().find(order_id);
  if (!order) {
    return counts;
  }
  const domain::OrderOverrides overrides = transaction.order_overrides().find(order_id);
  ++counts.evaluated;
  const RuleEvaluation evaluation =
      evaluate_rule(*document, OrderFacts{*order, account, overrides}, now);
  if (evaluation.result == EvaluationResult::applied) {
    if (evaluation.draft.order != *order) {
      transaction.orders().update(evaluation.draft.order);
    }
    if (evaluation.draft.overrides != overrides) {
      transaction.order_overrides().put(evaluation.draft.overrides);
    }
    record_firing(transaction, rule, *order, overrides, evaluation, trigger, now);
    ++counts.applied;
  } else if (evaluation.result == EvaluationResult::refused) {
    record_firing(transaction, rule, *order, overrides, evaluation, trigger, now);
    ++counts.skipped;
  }
  return counts;
}

std::optional<domain::Account> account_of(store::Transaction& transaction,
                                          domain::OrderId order_id) {
  const std::optional<domain::Order> order = transaction.orders().find(order_id);
  if (!order) {
    return std::nullopt;
  }
  return transaction.accounts().find(order->account);
}

}  // namespace

RuleRunCounts& RuleRunCounts::operator+=(const RuleRunCounts& other) {
  evaluated += other.evaluated;
  applied += other.applied;
  skipped += other.skipped;
  scheduled += other.scheduled;
  return *this;
}

RuleRunCounts run_rules_after_import(store::Transaction& transaction,
                                     const domain::Account& account, domain::OrderId order_id,
                                     domain::Timestamp now) {
  RuleRunCounts counts;
  const std::optional<domain::Order> order = transaction.orders().find(order_id);
  if (!order) {
    return counts;
  }
  for (const domain::StoredRule& rule : transaction.rules().list()) {
    // Only rules enabled when the order arrived; and each rule once per order.
    if (!rule.enabled || !rule.enabled_at || order->imported_at < *rule.enabled_at ||
        transaction.rules().is_scheduled(order_id, rule.id)) {
      continue;
    }
    auto document = parse_rule_document(rule.document_json);
    if (document && document->delay.count() > 0) {
      transaction.rules().schedule(order_id, rule.id, now + document->delay);
      ++counts.scheduled;
      continue;
    }
    counts += evaluate_and_store(transaction, rule, account, order_id, kImportTrigger, now);
  }
  return counts;
}

RuleRunCounts run_due_rules(store::Store& store, domain::Timestamp now) {
  RuleRunCounts counts;
  const std::vector<store::PendingEvaluation> due = store::in_read_transaction(
      store, [&](store::Transaction& transaction) { return transaction.rules().due(now); });
  for (const store::PendingEvaluation& pending : due) {
    store::in_write_transaction(store, [&](store::Transaction& transaction) {
      const std::optional<domain::StoredRule> rule = transaction.rules().find(pending.rule_id);
      const std::optional<domain::Account> account = account_of(transaction, pending.order_id);
      if (!rule || !rule->enabled || !account) {
        // Removed or disabled since: the evaluation is dropped, not kept for later.
        transaction.rules().mark_evaluated(pending.order_id, pending.rule_id, now);
        return;
      }
      counts +=
          evaluate_and_store(transaction, *rule, *account, pending.order_id, kDelayedTrigger, now);
    });
  }
  return counts;
}

domain::Result<RuleRunCounts> run_rules_by_hand(store::Store& store,
                                                const std::vector<domain::OrderId>& orders,
                                                domain::Timestamp now) {
  RuleRunCounts counts;
  for (domain::OrderId order_id : orders) {
    const bool known = store::in_read_transaction(store, [&](store::Transaction& transaction) {
      return transaction.orders().find(order_id).has_value();
    });
    if (!known) {
      return domain::Error{"there is no order " + std::to_string(order_id.value)};
    }
  }
  for (domain::OrderId order_id : orders) {
    const std::vector<domain::StoredRule> rules = store::in_read_transaction(
        store, [](store::Transaction& transaction) { return transaction.rules().list(); });
    for (const domain::StoredRule& rule : rules) {
      if (!rule.enabled) {
        continue;
      }
      store::in_write_transaction(store, [&](store::Transaction& transaction) {
        const std::optional<domain::Account> account = account_of(transaction, order_id);
        if (account) {
          counts += evaluate_and_store(transaction, rule, *account, order_id, kManualTrigger, now);
        }
      });
    }
  }
  return counts;
}

domain::Result<RuleTestReport> test_rule(store::Store& store, std::int64_t rule_id,
                                         domain::OrderId order_id, domain::Timestamp now) {
  std::unique_ptr<store::Transaction> transaction = store.begin_read();
  const std::optional<domain::StoredRule> rule = transaction->rules().find(rule_id);
  if (!rule) {
    return domain::Error{"there is no rule " + std::to_string(rule_id)};
  }
  std::optional<domain::Order> order = transaction->orders().find(order_id);
  if (!order) {
    return domain::Error{"there is no order " + std::to_string(order_id.value)};
  }
  const std::optional<domain::Account> account = transaction->accounts().find(order->account);
  if (!account) {
    return domain::Error{"the account of order " + std::to_string(order_id.value) + " is missing"};
  }
  auto document = parse_rule_document(rule->document_json);
  if (!document) {
    return document.error();
  }
  RuleTestReport report;
  report.order = std::move(*order);
  report.overrides = transaction->order_overrides().find(order_id);
  report.evaluation =
      evaluate_rule(*document, OrderFacts{report.order, *account, report.overrides}, now);
  return report;
}

}  // namespace orderhub::pipeline::order_rules
