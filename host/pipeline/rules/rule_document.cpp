// rule_document.cpp: reading a rule document.
#include "pipeline/rules/rule_document.h"

#include <nlohmann/json.hpp>

#include "pipeline/accounts/setting_values.h"
#include "pipeline/rules/json_reading.h"

namespace orderhub::pipeline::order_rules {
namespace {

using domain::Result;
using nlohmann::json;

Result<RuleScope> read_scope(const json& value, const std::string& path) {
  if (auto checked = check_object(value, path, {"include_unpaid", "include_shipped"}); !checked) {
    return checked.error();
  }
  RuleScope scope;
  for (auto [key, flag] : {std::pair{"include_unpaid", &RuleScope::include_unpaid},
                           std::pair{"include_shipped", &RuleScope::include_shipped}}) {
    if (value.contains(key)) {
      auto read = read_flag(value[key], member_path(path, key));
      if (!read) {
        return read.error();
      }
      scope.*flag = *read;
    }
  }
  return scope;
}

Result<std::vector<RuleAction>> read_actions(const json& value, const std::string& path) {
  if (!value.is_array()) {
    return error_at(path, "expected an array of actions");
  }
  if (value.empty()) {
    return error_at(path, "must hold at least one action");
  }
  std::vector<RuleAction> actions;
  for (std::size_t index = 0; index < value.size(); ++index) {
    auto action = parse_action(value[index], element_path(path, index));
    if (!action) {
      return action.error();
    }
    actions.push_back(std::move(action).value());
  }
  return actions;
}

}  // namespace

Result<RuleDocument> parse_rule_document(std::string_view json_text) {
  json document;
  try {
    document = json::parse(json_text);
  } catch (const json::parse_error& error) {
    return domain::Error{"$: not valid JSON (" + std::string(error.what()) + ")"};
  }
  const std::string root = "$";
  if (auto checked = check_object(
          document, root,
          {"name", "description", "enabled", "scope", "delay", "conditions", "actions"});
      !checked) {
    return checked.error();
  }
  for (const char* key : {"name", "conditions", "actions"}) {
    if (!document.contains(key)) {
      return error_at(member_path(root, key), "is required");
    }
  }
  RuleDocument rule;
  auto name = read_text(document["name"], "$.name");
  if (!name) {
    return name.error();
  }
  if (name->size() > 200) {
    return error_at("$.name", "is longer than 200 characters");
  }
  rule.name = *name;
  if (document.contains("description")) {
    auto description = read_text(document["description"], "$.description", EmptyText::allowed);
    if (!description) {
      return description.error();
    }
    rule.description = *description;
  }
  if (document.contains("enabled")) {
    auto enabled = read_flag(document["enabled"], "$.enabled");
    if (!enabled) {
      return enabled.error();
    }
    rule.enabled = *enabled;
  }
  if (document.contains("scope")) {
    auto scope = read_scope(document["scope"], "$.scope");
    if (!scope) {
      return scope.error();
    }
    rule.scope = *scope;
  }
  if (document.contains("delay")) {
    auto text = read_text(document["delay"], "$.delay");
    if (!text) {
      return text.error();
    }
    auto delay = parse_duration(*text);
    if (!delay) {
      return error_at("$.delay", delay.error().message);
    }
    rule.delay = *delay;
  }
  auto conditions = parse_condition(document["conditions"], "$.conditions");
  if (!conditions) {
    return conditions.error();
  }
  rule.conditions = std::move(conditions).value();
  auto actions = read_actions(document["actions"], "$.actions");
  if (!actions) {
    return actions.error();
  }
  rule.actions = std::move(actions).value();
  return rule;
}

}  // namespace orderhub::pipeline::order_rules
