// rule_log.cpp: logging rule firings and recording their changes in the order history.
#include "pipeline/rules/rule_log.h"

namespace orderhub::pipeline::order_rules {
namespace {

using nlohmann::json;

// The fields a rule can change, as JSON, for the history's before/after.
json changeable_fields(const domain::Order& order, const domain::OrderOverrides& overrides) {
  json custom = json::object();
  for (const auto& [name, value] : overrides.custom_fields) {
    custom[name] = value;
  }
  return {{"status", std::string(domain::to_string(order.status))},
          {"hold_reason", order.hold_reason},
          {"notes", order.notes},
          {"carrier", order.shipping.carrier},
          {"service", order.shipping.service},
          {"rush", order.shipping.rush},
          {"invoice_plugin", overrides.invoice_plugin},
          {"invoice_template", overrides.invoice_template},
          {"skip_fulfilment_upload", overrides.skip_fulfilment_upload},
          {"custom_fields", custom}};
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string text;
  for (const std::string& item : items) {
    text += (text.empty() ? "" : separator) + item;
  }
  return text;
}

json text_array(const std::string& stored) {
  json parsed = json::parse(stored, nullptr, false);
  return parsed.is_discarded() ? json::array() : parsed;
}

}  // namespace

void record_firing(store::Transaction& transaction, const domain::StoredRule& rule,
                   const domain::Order& before, const domain::OrderOverrides& overrides_before,
                   const RuleEvaluation& evaluation, const std::string& trigger,
                   domain::Timestamp now) {
  const bool applied = evaluation.result == EvaluationResult::applied;
  domain::RuleLogEntry entry;
  entry.rule_id = rule.id;
  entry.rule_version = rule.version;
  entry.rule_name = rule.name;
  entry.order_id = before.id;
  entry.at = now;
  entry.trigger = trigger;
  entry.outcome = applied ? domain::RuleOutcome::applied : domain::RuleOutcome::skipped;
  entry.conditions_json = json(evaluation.conditions_matched).dump();
  entry.actions_json = json(evaluation.actions).dump();
  entry.reason = evaluation.reason;
  transaction.rules().append_log(entry);
  if (!applied) {
    return;
  }

  const json changes = changed_fields(before, overrides_before, evaluation.draft);
  domain::HistoryEvent event;
  event.order_id = before.id;
  event.at = now;
  event.actor = "rules";
  event.kind = "rule_applied";
  event.summary = "rule " + std::to_string(rule.id) + " " + domain::quoted(rule.name) + " (v" +
                  std::to_string(rule.version) + "): " + joined(evaluation.actions, "; ");
  event.before_json = changes["before"].dump();
  event.after_json = changes["after"].dump();
  transaction.history().append(event);
}

nlohmann::json changed_fields(const domain::Order& before,
                              const domain::OrderOverrides& overrides_before,
                              const OrderDraft& after) {
  json before_fields = changeable_fields(before, overrides_before);
  const json after_fields = changeable_fields(after.order, after.overrides);
  json changes = {{"before", json::object()}, {"after", json::object()}};
  for (const auto& [key, value] : after_fields.items()) {
    if (before_fields[key] != value) {
      changes["before"][key] = before_fields[key];
      changes["after"][key] = value;
    }
  }
  return changes;
}

nlohmann::ordered_json log_entry_to_json(const domain::RuleLogEntry& entry) {
  nlohmann::ordered_json json;
  json["id"] = entry.id;
  json["rule_id"] = entry.rule_id;
  json["rule_version"] = entry.rule_version;
  json["rule_name"] = entry.rule_name;
  json["order_id"] = entry.order_id.value;
  json["at"] = domain::format_timestamp(entry.at);
  json["trigger"] = entry.trigger;
  json["outcome"] = entry.outcome == domain::RuleOutcome::applied ? "applied" : "skipped";
  json["conditions_matched"] = text_array(entry.conditions_json);
  json["actions"] = text_array(entry.actions_json);
  json["reason"] = entry.reason;
  return json;
}

nlohmann::ordered_json rule_to_json(const domain::StoredRule& rule) {
  nlohmann::ordered_json json;
  json["id"] = rule.id;
  json["name"] = rule.name;
  json["version"] = rule.version;
  json["position"] = rule.position;
  json["enabled"] = rule.enabled;
  json["enabled_at"] = rule.enabled_at
                           ? nlohmann::ordered_json(domain::format_timestamp(*rule.enabled_at))
                           : nlohmann::ordered_json(nullptr);
  json["created_at"] = domain::format_timestamp(rule.created_at);
  json["updated_at"] = domain::format_timestamp(rule.updated_at);
  json["document"] = nlohmann::ordered_json::parse(rule.document_json, nullptr, false);
  return json;
}

}  // namespace orderhub::pipeline::order_rules
