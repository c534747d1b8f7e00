// rule_catalog.cpp: the rule commands' effects on the store.
#include "pipeline/rules/rule_catalog.h"

#include <algorithm>
#include <set>

#include "pipeline/rules/rule_document.h"

namespace orderhub::pipeline::order_rules {
namespace {

domain::Error no_rule(std::int64_t rule_id) {
  return domain::Error{"there is no rule " + std::to_string(rule_id)};
}

}  // namespace

domain::Result<domain::StoredRule> add_rule(store::Store& store, std::string_view document_json,
                                            domain::Timestamp now) {
  auto document = parse_rule_document(document_json);
  if (!document) {
    return document.error();
  }
  domain::StoredRule rule;
  rule.name = document->name;
  rule.version = 1;
  rule.enabled = document->enabled;
  if (rule.enabled) {
    rule.enabled_at = now;
  }
  rule.document_json = std::string(document_json);
  rule.created_at = now;
  rule.updated_at = now;
  return store::in_write_transaction(store, [&](store::Transaction& transaction) {
    const std::int64_t id = transaction.rules().add(rule);
    return *transaction.rules().find(id);
  });
}

domain::Result<domain::StoredRule> update_rule(store::Store& store, std::int64_t rule_id,
                                               std::string_view document_json,
                                               domain::Timestamp now) {
  auto document = parse_rule_document(document_json);
  if (!document) {
    return document.error();
  }
  std::unique_ptr<store::Transaction> transaction = store.begin_write();
  std::optional<domain::StoredRule> rule = transaction->rules().find(rule_id);
  if (!rule) {
    return no_rule(rule_id);
  }
  rule->name = document->name;
  rule->version += 1;
  rule->document_json = std::string(document_json);
  rule->updated_at = now;
  transaction->rules().update(*rule);
  transaction->commit();
  return *rule;
}

domain::Result<domain::StoredRule> set_rule_enabled(store::Store& store, std::int64_t rule_id,
                                                    bool enabled, domain::Timestamp now) {
  std::unique_ptr<store::Transaction> transaction = store.begin_write();
  std::optional<domain::StoredRule> rule = transaction->rules().find(rule_id);
  if (!rule) {
    return no_rule(rule_id);
  }
  if (rule->enabled == enabled) {
    return *rule;
  }
  rule->enabled = enabled;
  if (enabled) {
    rule->enabled_at = now;
  }
  rule->updated_at = now;
  transaction->rules().update(*rule);
  transaction->commit();
  return *rule;
}

domain::Result<bool> remove_rule(store::Store& store, std::int64_t rule_id) {
  std::unique_ptr<store::Transaction> transaction = store.begin_write();
  if (!transaction->rules().remove(rule_id)) {
    return no_rule(rule_id);
  }
  transaction->commit();
  return true;
}

domain::Result<std::vector<domain::StoredRule>> set_rule_order(store::Store& store,
                                                               const std::vector<std::int64_t>& ids,
                                                               domain::Timestamp now) {
  std::unique_ptr<store::Transaction> transaction = store.begin_write();
  std::vector<domain::StoredRule> current = transaction->rules().list();
  std::set<std::int64_t> seen;
  std::vector<domain::StoredRule> ordered;
  for (std::int64_t id : ids) {
    if (!seen.insert(id).second) {
      return domain::Error{"rule " + std::to_string(id) + " is named twice"};
    }
    const auto found = std::find_if(current.begin(), current.end(),
                                    [&](const domain::StoredRule& rule) { return rule.id == id; });
    if (found == current.end()) {
      return no_rule(id);
    }
    ordered.push_back(*found);
  }
  for (const domain::StoredRule& rule : current) {
    if (!seen.contains(rule.id)) {
      ordered.push_back(rule);
    }
  }
  for (std::size_t index = 0; index < ordered.size(); ++index) {
    const auto position = static_cast<std::int64_t>(index + 1);
    if (ordered[index].position != position) {
      ordered[index].position = position;
      ordered[index].updated_at = now;
      transaction->rules().update(ordered[index]);
    }
  }
  transaction->commit();
  return ordered;
}

}  // namespace orderhub::pipeline::order_rules
