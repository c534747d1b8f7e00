// rules.cpp: order rules, their log and their once-per-order bookkeeping in SQLite.
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {
namespace {

constexpr std::string_view kSelectRules =
    "SELECT id, name, version, position, enabled, enabled_at, document, created_at, updated_at "
    "FROM rules ";

domain::StoredRule read_rule(const Statement& query) {
  return domain::StoredRule{
      .id = query.integer(0),
      .name = query.text(1),
      .version = query.integer(2),
      .position = query.integer(3),
      .enabled = query.boolean(4),
      .enabled_at = query.optional_timestamp(5),
      .document_json = query.text(6),
      .created_at = query.timestamp(7),
      .updated_at = query.timestamp(8),
  };
}

std::string_view outcome_text(domain::RuleOutcome outcome) {
  return outcome == domain::RuleOutcome::applied ? "applied" : "skipped";
}

domain::RuleOutcome read_outcome(const Statement& query, int column) {
  const std::string text = query.text(column);
  if (text == "applied") {
    return domain::RuleOutcome::applied;
  }
  if (text == "skipped") {
    return domain::RuleOutcome::skipped;
  }
  throw StoreError(StoreError::Kind::corrupt, "stored value " + query.column_label(column) + ": " +
                                                  domain::quoted(text) + " is not a rule outcome");
}

}  // namespace

std::int64_t SqliteRules::add(const domain::StoredRule& rule) {
  Connection& connection = context_.writing("adding a rule");
  Statement insert = connection.prepare(
      "INSERT INTO rules (name, version, position, enabled, enabled_at, document, created_at, "
      "updated_at) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM rules), ?, ?, ?, ?, "
      "?)");
  insert.bind(rule.name, rule.version, rule.enabled, rule.enabled_at, rule.document_json,
              rule.created_at, rule.updated_at);
  insert.run("adding rule " + domain::quoted(rule.name));
  return connection.last_insert_id();
}

void SqliteRules::update(const domain::StoredRule& rule) {
  Connection& connection = context_.writing("updating a rule");
  Statement change = connection.prepare(
      "UPDATE rules SET name = ?, version = ?, position = ?, enabled = ?, enabled_at = ?, "
      "document = ?, updated_at = ? WHERE id = ? RETURNING id");
  change.bind(rule.name, rule.version, rule.position, rule.enabled, rule.enabled_at,
              rule.document_json, rule.updated_at, rule.id);
  const std::string doing = "updating rule " + std::to_string(rule.id);
  if (!change.step(doing)) {
    throw StoreError(StoreError::Kind::not_found, doing + ": there is no such rule");
  }
  change.run(doing);
}

std::optional<domain::StoredRule> SqliteRules::find(std::int64_t id) {
  Statement query = context_.reading().prepare(std::string(kSelectRules) + "WHERE id = ?");
  query.bind(id);
  if (!query.step()) {
    return std::nullopt;
  }
  return read_rule(query);
}

std::vector<domain::StoredRule> SqliteRules::list() {
  Statement query = context_.reading().prepare(std::string(kSelectRules) + "ORDER BY position, id");
  std::vector<domain::StoredRule> rules;
  while (query.step()) {
    rules.push_back(read_rule(query));
  }
  return rules;
}

bool SqliteRules::remove(std::int64_t id) {
  Connection& connection = context_.writing("removing a rule");
  connection.prepare("DELETE FROM rule_evaluations WHERE rule_id = ? AND evaluated_at IS NULL")
      .bind(id)
      .run();
  Statement erase = connection.prepare("DELETE FROM rules WHERE id = ? RETURNING id");
  erase.bind(id);
  const bool found = erase.step();
  if (found) {
    erase.run();
  }
  return found;
}

std::int64_t SqliteRules::append_log(const domain::RuleLogEntry& entry) {
  Connection& connection = context_.writing("logging a rule firing");
  Statement insert = connection.prepare(
      "INSERT INTO rule_log (rule_id, rule_version, rule_name, order_id, at, trigger, outcome, "
      "conditions_json, actions_json, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(entry.rule_id, entry.rule_version, entry.rule_name, entry.order_id.value, entry.at,
              entry.trigger, outcome_text(entry.outcome), entry.conditions_json, entry.actions_json,
              entry.reason);
  insert.run("logging rule " + std::to_string(entry.rule_id) + " on order " +
             std::to_string(entry.order_id.value));
  return connection.last_insert_id();
}

std::vector<domain::RuleLogEntry> SqliteRules::list_log(const RuleLogFilter& filter) {
  Statement query = context_.reading().prepare(
      "SELECT id, rule_id, rule_version, rule_name, order_id, at, trigger, outcome, "
      "conditions_json, actions_json, reason FROM rule_log "
      "WHERE (?1 IS NULL OR order_id = ?1) AND (?2 IS NULL OR rule_id = ?2) ORDER BY id");
  std::optional<std::int64_t> order_id;
  if (filter.order_id) {
    order_id = filter.order_id->value;
  }
  query.bind(order_id, filter.rule_id);
  std::vector<domain::RuleLogEntry> entries;
  while (query.step()) {
    entries.push_back(domain::RuleLogEntry{
        .id = query.integer(0),
        .rule_id = query.integer(1),
        .rule_version = query.integer(2),
        .rule_name = query.text(3),
        .order_id = domain::OrderId{query.integer(4)},
        .at = query.timestamp(5),
        .trigger = query.text(6),
        .outcome = read_outcome(query, 7),
        .conditions_json = query.text(8),
        .actions_json = query.text(9),
        .reason = query.text(10),
    });
  }
  return entries;
}

bool SqliteRules::is_scheduled(domain::OrderId order_id, std::int64_t rule_id) {
  Statement query = context_.reading().prepare(
      "SELECT 1 FROM rule_evaluations WHERE order_id = ? AND rule_id = ?");
  query.bind(order_id.value, rule_id);
  return query.step();
}

void SqliteRules::schedule(domain::OrderId order_id, std::int64_t rule_id,
                           domain::Timestamp due_at) {
  Connection& connection = context_.writing("scheduling a rule");
  connection
      .prepare(
          "INSERT INTO rule_evaluations (order_id, rule_id, due_at) VALUES (?, ?, ?) "
          "ON CONFLICT (order_id, rule_id) DO NOTHING")
      .bind(order_id.value, rule_id, due_at)
      .run("scheduling rule " + std::to_string(rule_id) + " for order " +
           std::to_string(order_id.value));
}

void SqliteRules::mark_evaluated(domain::OrderId order_id, std::int64_t rule_id,
                                 domain::Timestamp at) {
  Connection& connection = context_.writing("recording a rule evaluation");
  connection
      .prepare(
          "INSERT INTO rule_evaluations (order_id, rule_id, due_at, evaluated_at) "
          "VALUES (?1, ?2, ?3, ?3) ON CONFLICT (order_id, rule_id) DO UPDATE SET evaluated_at = ?3")
      .bind(order_id.value, rule_id, at)
      .run("recording rule " + std::to_string(rule_id) + " as evaluated for order " +
           std::to_string(order_id.value));
}

std::vector<PendingEvaluation> SqliteRules::due(domain::Timestamp now) {
  Statement query = context_.reading().prepare(
      "SELECT order_id, rule_id, due_at FROM rule_evaluations "
      "WHERE evaluated_at IS NULL AND due_at <= ? ORDER BY due_at, order_id, rule_id");
  query.bind(now);
  std::vector<PendingEvaluation> pending;
  while (query.step()) {
    pending.push_back(
        PendingEvaluation{domain::OrderId{query.integer(0)}, query.integer(1), query.timestamp(2)});
  }
  return pending;
}

}  // namespace orderhub::store::sqlite
