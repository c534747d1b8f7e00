// rule_log.h: what a rule firing leaves behind: a rule log entry (rule, version, order,
// conditions matched, actions applied or the refusal, time, trigger) and, when the rule changed
// the order, a "rule_applied" event in the order's history. Also the JSON views of rules and log
// entries for the command line.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "domain/rule.h"
#include "pipeline/rules/rule_evaluation.h"
#include "store/transaction.h"

namespace orderhub::pipeline::order_rules {

// Writes the log entry and, for an applied rule, the history event. Only for firings (applied or
// refused evaluations).
void record_firing(store::Transaction& transaction, const domain::StoredRule& rule,
                   const domain::Order& before, const domain::OrderOverrides& overrides_before,
                   const RuleEvaluation& evaluation, const std::string& trigger,
                   domain::Timestamp now);

// The fields a rule changes (status, hold_reason, notes, carrier, service, rush, invoice_plugin,
// invoice_template, skip_fulfilment_upload, custom_fields), only those that differ:
// {"before": {...}, "after": {...}}.
nlohmann::json changed_fields(const domain::Order& before,
                              const domain::OrderOverrides& overrides_before,
                              const OrderDraft& after);

// {"id", "rule_id", "rule_version", "rule_name", "order_id", "at", "trigger", "outcome",
//  "conditions_matched": [...], "actions": [...], "reason"}
nlohmann::ordered_json log_entry_to_json(const domain::RuleLogEntry& entry);

// {"id", "name", "version", "position", "enabled", "enabled_at", "created_at", "updated_at",
//  "document": {...}}
nlohmann::ordered_json rule_to_json(const domain::StoredRule& rule);

}  // namespace orderhub::pipeline::order_rules
