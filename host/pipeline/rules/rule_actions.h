// rule_actions.h: the actions of a rule, read from the rule document and applied, in the rule's
// order, to a draft of the order and its overrides. Applying is pure: the engine stores the
// draft only when every action of the rule was accepted. Every key is described in docs/rules.md.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "domain/order.h"
#include "domain/order_overrides.h"
#include "domain/result.h"
#include "domain/time.h"

namespace orderhub::pipeline::order_rules {

enum class ActionKind {
  set_shipping,
  set_rush,
  hold,
  mark_problem,
  add_note,
  set_custom_field,
  set_invoice,
  skip_fulfilment_upload,
};

struct RuleAction {
  ActionKind kind = ActionKind::add_note;
  std::string carrier{};        // set_shipping
  std::string service{};        // set_shipping (may be empty)
  bool flag = false;            // set_rush
  std::string text{};           // hold / mark_problem reason, add_note text, set_custom_field value
  std::string name{};           // set_custom_field
  std::string plugin{};         // set_invoice
  std::string template_path{};  // set_invoice
};

// The action at path (e.g. "$.actions[0]"), or an error naming the path of the first problem.
domain::Result<RuleAction> parse_action(const nlohmann::json& value, const std::string& path);

// The order and its overrides as they will be stored if the whole rule applies.
struct OrderDraft {
  domain::Order order{};
  domain::OrderOverrides overrides{};
};

// Applies the action to the draft and returns what it did ("put on hold: Texas orders"), or the
// refusal of the order state machine (e.g. "order 12 is cancelled: no further action is
// possible"), leaving the draft as the caller must then discard it.
domain::Result<std::string> apply_action(const RuleAction& action, OrderDraft& draft,
                                         domain::Timestamp now);

}  // namespace orderhub::pipeline::order_rules
